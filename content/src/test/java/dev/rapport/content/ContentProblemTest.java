package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentProblemTest {

  @Test
  void toString_withPositionAndPointer_readsLikeACompilerMessage() {
    var problem = new ContentProblem("signs.json", "/3/needs/0/weight", 12, 7, "weight is too big");

    String text = problem.toString();

    assertEquals("signs.json:12:7 at /3/needs/0/weight: weight is too big", text);
  }

  @Test
  void toString_withoutPosition_leavesItOut() {
    var problem = new ContentProblem("needs.json", "", 0, 0, "file is missing");

    String text = problem.toString();

    assertEquals("needs.json: file is missing", text);
  }

  @Test
  void constructor_pointerWithoutSlash_isRejectedWithTheValue() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ContentProblem("a.json", "3/id", 1, 1, "bad"));

    assertEquals("problem pointer must be empty or start with / but was '3/id'", e.getMessage());
  }

  @Test
  void constructor_lineWithoutColumn_isRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new ContentProblem("a.json", "", 3, 0, "bad"));

    assertEquals(
        "problem line and column must both be positive or both 0 but were 3 and 0", e.getMessage());
  }

  @Test
  void exception_message_listsEveryProblem() {
    var e =
        new ContentException(
            List.of(
                new ContentProblem("a.json", "/0", 2, 3, "first"),
                new ContentProblem("b.json", "", 0, 0, "second")));

    String message = e.getMessage();

    assertEquals(
        "content pack has 2 problems\n- a.json:2:3 at /0: first\n- b.json: second", message);
  }
}
