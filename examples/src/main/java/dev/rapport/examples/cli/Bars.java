package dev.rapport.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/** Text bars for scores in [0, 1]: {@code ########............ 0.40}, plain ASCII. */
final class Bars {
  static final int WIDTH = 20;

  private Bars() {}

  static String bar(double score) {
    checkArgument(score >= 0 && score <= 1, "score must be in [0, 1] but was %s", score);
    int filled = (int) Math.round(score * WIDTH);
    return "#".repeat(filled) + ".".repeat(WIDTH - filled) + " " + decimal(score);
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
