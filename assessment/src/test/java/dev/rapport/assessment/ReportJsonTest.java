package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportJsonTest {
  private final Assessment assessment = Fixtures.assessment();

  private Report sample() {
    return assessment.assess(
        AssessmentInput.builder()
            .answer("lonely-together-1", 3)
            .answer("dismissed-bids-1", 2)
            .answer("safety-control", 1)
            .context("work-stress")
            .region("UK")
            .build());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void toJson_report_usesTheDesignFieldNamesInOrder() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(sample()));

    assertEquals(
        List.of("safety", "scenario", "connectionIndex", "band", "signs", "needs", "strengths",
            "growthAreas", "causes", "recommendations", "plan", "contentVersion", "disclaimer"),
        fields(json));
    assertEquals(List.of("level", "reasons", "resources"), fields(json.get("safety")));
    assertEquals(List.of("id", "likelihood", "evidence"), fields(json.get("causes").get(0)));
    assertEquals(
        List.of("id", "who", "kind", "cadence", "stage", "week", "score", "because", "sources"),
        fields(json.get("recommendations").get(0)));
    assertEquals(List.of("week", "daily", "weekly", "once"), fields(json.get("plan").get(0)));
    assertEquals("safety-concern", json.get("scenario").asText());
    assertEquals("safety-support", json.get("recommendations").get(0).get("id").asText());
  }

  @Test
  void toJson_numbers_useAPointWhateverTheDefaultLocale() {
    String json = ReportJson.toJson(sample());

    assertTrue(json.contains("\"score\": 0.75"), json);
    assertTrue(!json.contains("0,75"), json);
  }

  @Test
  void toJson_sameReport_isByteIdenticalWithUnixLineEnds() {
    String first = ReportJson.toJson(sample());
    String second = ReportJson.toJson(sample());

    assertEquals(first, second);
    assertTrue(!first.contains("\r"));
  }

  @Test
  void fromJson_output_roundTripsToAnEqualReport() {
    Report report = sample();

    Report read = ReportJson.fromJson(ReportJson.toJson(report));

    assertEquals(report, read);
  }

  @Test
  void fromJson_malformedJson_saysWhereWithLineAndColumn() {
    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson("{\n  \"safety\": {,\n}"));

    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).where().contains("(line 2, column 14)"), e.getMessage());
    assertTrue(e.problems().get(0).message().startsWith("malformed JSON: "), e.getMessage());
  }

  @Test
  void fromJson_unknownField_isNamed() {
    String json = ReportJson.toJson(sample()).replaceFirst("\\{", "{\"grade\": 1,");

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertTrue(e.getMessage().contains("unknown field 'grade'"), e.getMessage());
    assertTrue(e.problems().get(0).where().startsWith("/grade (line "), e.getMessage());
  }

  @Test
  void fromJson_wrongType_namesTheFieldAndWhatWasExpected() {
    String json =
        ReportJson.toJson(sample()).replaceFirst("\"connectionIndex\": \\d+", "\"connectionIndex\": \"high\"");

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertTrue(e.problems().get(0).where().startsWith("/connectionIndex (line "), e.getMessage());
    assertTrue(e.problems().get(0).message().startsWith("expected a whole number"), e.getMessage());
  }

  @Test
  void fromJson_unknownEnumValue_listsTheAllowedOnes() {
    String json = ReportJson.toJson(sample()).replaceFirst("\"band\": \"[A-Z]+\"", "\"band\": \"GREAT\"");

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertEquals(
        "expected one of STRONG, STEADY, STRAINED, DISTANT but was 'GREAT'",
        e.problems().get(0).message());
  }

  @Test
  void fromJson_missingField_isNamed() {
    String json = ReportJson.toJson(sample()).replaceFirst("\"disclaimer\": \"[^\"]*\"", "\"x\": 1");

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json.replace(",\n  \"x\": 1", "")));

    assertTrue(e.getMessage().contains("missing field 'disclaimer'"), e.getMessage());
    assertTrue(e.problems().get(0).where().startsWith("/disclaimer (line "), e.getMessage());
  }

  @Test
  void fromJson_missingNestedField_isPointedAtOnce() {
    String json = ReportJson.toJson(sample()).replaceFirst("\"level\": \"CONCERN\",", "");

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertEquals("missing field 'level'", e.problems().get(0).message());
    assertTrue(e.problems().get(0).where().startsWith("/safety/level (line "), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "\"scenario\": \"safety-concern\" => \"scenario\": {} => /scenario"
            + " => expected a string but found an object",
        "\"signs\": [ => \"signs\": {\"a\": [ => /signs => expected an array but found an object",
        "\"safety\": { => \"safety\": [{ => /safety => expected an object but found an array",
        "\"connectionIndex\": => \"connectionIndex\": null, \"x\": => /connectionIndex"
            + " => expected a whole number but found null",
        "\"week\": 1, => \"week\": true, => /recommendations/0/week"
            + " => expected a whole number but found a boolean",
        "\"score\": 0.75 => \"score\": \"high\" => /signs/0/score"
            + " => expected a number but found a string"
      })
  void fromJson_valueOfTheWrongType_saysWhatWasExpectedAndWhatWasFound(
      String field, String replacement, String where, String message) {
    String written = ReportJson.toJson(sample());
    String json = written.replaceFirst(Pattern.quote(field), Matcher.quoteReplacement(replacement));
    assertTrue(!json.equals(written), field);

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertEquals(message, e.problems().get(0).message());
    assertTrue(e.problems().get(0).where().startsWith(where + " (line "), e.getMessage());
  }

  @Test
  void fromJson_anotherValueAfterTheReport_isNamed() {
    String json = ReportJson.toJson(sample()) + "\n{}";

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertEquals(
        "expected the end of the input but found an object", e.problems().get(0).message());
  }

  @Test
  void fromJson_empty_saysItFoundTheEnd() {
    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(""));

    assertEquals(
        "expected an object but found the end of the input", e.problems().get(0).message());
  }

  @Test
  void fromJson_malformedMessageOfTwoHundredCharacters_isShownWhole() {
    String json = "{\"safety\": " + "x".repeat(92) + "}";

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertEquals(
        "malformed JSON: Unrecognized token '" + "x".repeat(92) + "': was expecting (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false')",
        e.problems().get(0).message());
  }

  @Test
  void fromJson_longMalformedToken_isCutToTwoHundredCharacters() {
    String json = "{\"safety\": " + "x".repeat(300) + "}";

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    String message = e.problems().get(0).message();
    assertEquals(
        "malformed JSON: " + ("Unrecognized token '" + "x".repeat(300)).substring(0, 200) + "...",
        message);
  }

  @Test
  void fromJson_valueAReportCannotHave_isRejected() {
    String json = ReportJson.toJson(sample()).replaceFirst("\"connectionIndex\": \\d+", "\"connectionIndex\": 140");

    var e = assertThrows(InvalidInputException.class, () -> ReportJson.fromJson(json));

    assertEquals(
        "input has 1 problem\n- /: not a valid report: connection index must be in [0, 100] but was 140",
        e.getMessage());
  }
}
