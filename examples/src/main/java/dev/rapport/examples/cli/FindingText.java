package dev.rapport.examples.cli;

import dev.rapport.assessment.writing.Finding;
import dev.rapport.assessment.writing.Review;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints a coach's findings for a terminal: the line holding each finding with a caret under its
 * words, then the reason and the suggestions.
 */
final class FindingText {
  private FindingText() {}

  static void print(Review review, PrintWriter out) {
    String text = review.text();
    int number = 1;
    for (Finding finding : review.findings()) {
      int lineStart = text.lastIndexOf('\n', finding.start() - 1) + 1;
      int lineEnd = text.indexOf('\n', finding.start());
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd).replace('\t', ' ').replace('\r', ' ');
      int end = Math.min(finding.end(), lineEnd);
      // columns count code points, so that accented letters and emoji keep the caret in place
      int column = text.codePointCount(lineStart, finding.start());
      int width = Math.max(1, text.codePointCount(finding.start(), end));
      out.println(
          number++
              + ". "
              + finding.category().label().toLowerCase(Locale.ROOT)
              + " ("
              + finding.rule()
              + ")");
      out.println("   " + line);
      out.println("   " + " ".repeat(column) + "^".repeat(width));
      out.println("   " + finding.reason());
      for (int i = 0; i < finding.suggestions().size(); i++) {
        out.println("   " + (i == 0 ? "Try: " : "Or: ") + finding.suggestions().get(i));
      }
      out.println();
    }
  }
}
