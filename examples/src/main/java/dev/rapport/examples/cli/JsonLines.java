package dev.rapport.examples.cli;

/** Pretty-printed JSON made into one line, for JSON Lines output. */
final class JsonLines {
  private JsonLines() {}

  /**
   * Drops every line end and the indent after it. That is safe for any JSON text: a line end inside
   * a JSON string is always escaped, so a raw one is only ever layout.
   */
  static String oneLine(String json) {
    StringBuilder out = new StringBuilder(json.length());
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i++);
      if (c == '\n' || c == '\r') {
        while (i < json.length() && (json.charAt(i) == ' ' || json.charAt(i) == '\t')) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
