package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.assessment.Scale;
import org.junit.jupiter.api.Test;

class ScaleAnswerTest {

  @Test
  void parse_numbersAndWords_giveTheValue() {
    assertEquals(3, ScaleAnswer.parse(Scale.FREQUENCY, "3"));
    assertEquals(4, ScaleAnswer.parse(Scale.FREQUENCY, " Almost Always "));
    assertEquals(1, ScaleAnswer.parse(Scale.YES_NO, "y"));
    assertEquals(0, ScaleAnswer.parse(Scale.YES_NO, "no"));
    assertEquals(2, ScaleAnswer.parse(Scale.ENGAGEMENT, "UNWILLING"));
  }

  @Test
  void parse_offTheScale_isMinusOne() {
    assertEquals(-1, ScaleAnswer.parse(Scale.FREQUENCY, "5"));
    assertEquals(-1, ScaleAnswer.parse(Scale.FREQUENCY, "-1"));
    assertEquals(-1, ScaleAnswer.parse(Scale.YES_NO, "2"));
    assertEquals(-1, ScaleAnswer.parse(Scale.FREQUENCY, "lots"));
  }

  @Test
  void legend_frequency_spellsOutTheScale() {
    assertEquals(
        "0 never, 1 rarely, 2 sometimes, 3 often, 4 almost always",
        ScaleAnswer.legend(Scale.FREQUENCY));
    assertEquals("y yes, n no", ScaleAnswer.legend(Scale.YES_NO));
  }

  @Test
  void reason_yesNo_asksForYOrN() {
    assertEquals(
        "'maybe' is not an answer on this scale: type y or n, or b to go back, s to skip, q to"
            + " quit.",
        ScaleAnswer.reason(Scale.YES_NO, "maybe"));
  }
}
