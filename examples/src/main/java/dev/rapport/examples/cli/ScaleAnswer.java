package dev.rapport.examples.cli;

import dev.rapport.assessment.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one answer on a scale: the number, or its label ({@code often}, {@code yes}, {@code
 * unsure}); {@code y} and {@code n} for yes and no.
 */
final class ScaleAnswer {
  private ScaleAnswer() {}

  /**
   * The scale as it is shown: {@code 0 never, 1 rarely, 2 sometimes, 3 often, 4 almost always};
   * {@code y yes, n no} for yes or no.
   */
  static String legend(Scale scale) {
    if (scale == Scale.YES_NO) {
      return "y yes, n no";
    }
    List<String> parts = new ArrayList<>();
    for (int value = scale.min(); value <= scale.max(); value++) {
      parts.add(value + " " + scale.label(value));
    }
    return String.join(", ", parts);
  }

  /**
   * The value of a typed answer.
   *
   * @return the value, or -1 when the text is not an answer on this scale
   */
  static int parse(Scale scale, String text) {
    String typed = text.strip().toLowerCase(Locale.ROOT);
    if (typed.matches("[0-9]{1,2}")) {
      int value = Integer.parseInt(typed);
      return value >= scale.min() && value <= scale.max() ? value : -1;
    }
    if (scale == Scale.YES_NO && (typed.equals("y") || typed.equals("n"))) {
      return typed.equals("y") ? 1 : 0;
    }
    return scale.labels().indexOf(typed);
  }

  /** Why a typed answer was not taken, and what would be. */
  static String reason(Scale scale, String text) {
    String typed = text.strip();
    String what =
        typed.isEmpty() ? "Nothing was typed" : "'" + typed + "' is not an answer on this scale";
    String expected =
        scale == Scale.YES_NO ? "y or n" : "a number from " + scale.min() + " to " + scale.max();
    return what + ": type " + expected + ", or b to go back, s to skip, q to quit.";
  }
}
