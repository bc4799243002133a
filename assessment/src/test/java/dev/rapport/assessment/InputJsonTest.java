package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputJsonTest {

  @Test
  void read_theDesignShape_givesTheInput() {
    String json =
        """
        { "answers": { "lonely-together-1": 3, "safety-fear": 0 },
          "signs": { "surface-level-conversations": 4 },
          "context": [ "work-stress", "major-life-change" ],
          "partnerEngagement": "WILLING",
          "region": "UK" }
        """;

    AssessmentInput input = InputJson.read(json);

    assertEquals(
        new AssessmentInput(
            Map.of("lonely-together-1", 3, "safety-fear", 0),
            Map.of("surface-level-conversations", 4),
            List.of("work-stress", "major-life-change"),
            Optional.of("WILLING"),
            Optional.of("UK")),
        input);
  }

  @Test
  void read_reader_givesTheSameInput() {
    String json = "{\"signs\": {\"lonely-together\": 2}}";

    assertEquals(InputJson.read(json), InputJson.read(new StringReader(json)));
  }

  @Test
  void read_malformedJson_saysWhereWithLineAndColumn() {
    var e = assertThrows(InvalidInputException.class, () -> InputJson.read("{\n  \"answers\": {\"a\" 3}\n}"));

    assertEquals(1, e.problems().size());
    assertEquals("/ (line 2, column 19)", e.problems().get(0).where());
    assertEquals(
        "malformed JSON: Unexpected character ('3' (code 51)): was expecting a colon to separate"
            + " field name and value",
        e.problems().get(0).message());
  }

  @Test
  void read_wrongTypesAndUnknownFields_areAllReportedWithLineAndColumn() {
    String json =
        """
        { "answers": { "lonely-together-1": "often", "dismissed-bids-1": 2.5 },
          "signs": [ 1 ],
          "context": [ "work-stress", 7 ],
          "partnerEngagement": true,
          "mood": "low" }""";

    var e = assertThrows(InvalidInputException.class, () -> InputJson.read(json));

    assertEquals(
        """
        input has 6 problems
        - /answers/lonely-together-1 (line 1, column 37): value of answers lonely-together-1 must \
        be a whole number but was a string
        - /answers/dismissed-bids-1 (line 1, column 66): value of answers dismissed-bids-1 must be \
        a whole number but was 2.5
        - /signs (line 2, column 12): signs must be an object of ids to whole numbers but was an \
        array
        - /context/1 (line 3, column 31): context must hold cause ids as strings but item 1 was a \
        number
        - /partnerEngagement (line 4, column 24): partnerEngagement must be a string but was a \
        boolean
        - /mood (line 5, column 11): unknown field 'mood'; expected answers, signs, context, \
        partnerEngagement or region""",
        e.getMessage());
  }

  @Test
  void read_hugeNumber_isTooLarge() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> InputJson.read("{\"signs\": {\"lonely-together\": 99999999999999999999}}"));

    assertEquals(
        "value of signs lonely-together is too large: 99999999999999999999",
        e.problems().get(0).message());
    assertEquals(Optional.of("99999999999999999999"), e.problems().get(0).value());
  }

  @Test
  void read_duplicateKey_isMalformed() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> InputJson.read("{\"signs\": {\"a\": 1, \"a\": 2}}"));

    assertEquals("malformed JSON: Duplicate field 'a'", e.problems().get(0).message());
  }

  @Test
  void read_notAnObject_isRejected() {
    var e = assertThrows(InvalidInputException.class, () -> InputJson.read("[1, 2]"));

    assertEquals("input must be a JSON object but was an array", e.problems().get(0).message());
  }

  @Test
  void read_empty_isRejected() {
    var e = assertThrows(InvalidInputException.class, () -> InputJson.read("  "));

    assertEquals("input is empty; expected a JSON object", e.problems().get(0).message());
  }

  @Test
  void read_trailingContent_isRejected() {
    var e = assertThrows(InvalidInputException.class, () -> InputJson.read("{} {}"));

    assertEquals("unexpected an object after the input", e.problems().get(0).message());
  }

  @Test
  void read_nulls_countAsNotGiven() {
    AssessmentInput input =
        InputJson.read("{\"answers\": null, \"signs\": {\"a\": 1}, \"context\": null, \"region\": null}");

    assertEquals(AssessmentInput.builder().sign("a", 1).build(), input);
  }
}
