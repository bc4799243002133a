package dev.rapport.examples.cli;

/** Wraps plain text at word boundaries for an 80-column terminal. */
final class Wrap {
  static final int WIDTH = 78;

  private Wrap() {}

  /**
   * Wraps {@code text}, starting every line with {@code indent}; the first line starts with {@code
   * first} instead, so a list marker can hang.
   */
  static String wrap(String text, String first, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    return out.append(line).append('\n').toString();
  }

  static String wrap(String text, String indent) {
    return wrap(text, indent, indent);
  }
}
