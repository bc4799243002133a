package dev.rapport.assessment.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text prepared for the coach's rules: typographic apostrophes made plain (one character for
 * one, so every offset still points into the original), and the places where clauses and
 * sentences end.
 *
 * <p>A clause ends at punctuation, a dash, a line break, or a joining word such as "but", "and"
 * or "when"; a sentence ends at {@code . ! ?}, an ellipsis or a line break. The rules look for the
 * words around a match within its clause or sentence.
 */
final class Passage {
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "[.!?;:,\\n\\u2026\\u2014\\u2013()\"]+|\\s-+\\s"
              + "|\\s(?:but|and|or|because|when|whenever|while|though|although|unless|until|so that"
              + "|if|then)(?=\\s)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?\\n\\u2026]+");

  private final String text;
  private final int[][] clauseBreaks;
  private final int[][] sentenceBreaks;

  Passage(String original) {
    this.text = plain(original);
    this.clauseBreaks = breaks(CLAUSE_BREAK, text);
    this.sentenceBreaks = breaks(SENTENCE_BREAK, text);
  }

  /** Makes curly apostrophes and quotes plain, one character for one. */
  static String plain(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u02bc', '\u0060', '\u00b4' -> plain.append('\'');
        case '\u201c', '\u201d' -> plain.append('"');
        default -> plain.append(c);
      }
    }
    return plain.toString();
  }

  private static int[][] breaks(Pattern pattern, String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    return found.toArray(new int[0][]);
  }

  /** The text with plain apostrophes, as long as the original. */
  String text() {
    return text;
  }

  int clauseStart(int index) {
    return start(clauseBreaks, index);
  }

  int clauseEnd(int index) {
    return end(clauseBreaks, index);
  }

  int sentenceStart(int index) {
    return start(sentenceBreaks, index);
  }

  int sentenceEnd(int index) {
    return end(sentenceBreaks, index);
  }

  /** Where the clause or sentence holding {@code index} starts: just after the last break. */
  private static int start(int[][] breaks, int index) {
    int start = 0;
    for (int[] b : breaks) {
      if (b[1] <= index) {
        start = b[1];
      } else {
        break;
      }
    }
    return start;
  }

  /** Where it ends: at the first break at or after {@code index}. */
  private int end(int[][] breaks, int index) {
    for (int[] b : breaks) {
      if (b[0] >= index) {
        return b[0];
      }
    }
    return text.length();
  }

  /** The clause holding {@code index}, from its start up to {@code index}. */
  String clauseBefore(int index) {
    return text.substring(clauseStart(index), index);
  }

  /** The clause holding {@code index}, from {@code index} to its end. */
  String clauseAfter(int index) {
    return text.substring(index, Math.max(index, clauseEnd(index)));
  }

  /** The sentence holding {@code index}, whole. */
  String sentence(int index) {
    int start = sentenceStart(index);
    return text.substring(start, Math.max(start, sentenceEnd(index)));
  }

  /** The sentence holding {@code index}, from {@code index} to its end. */
  String sentenceAfter(int index) {
    return text.substring(index, Math.max(index, sentenceEnd(index)));
  }
}
