package dev.rapport.examples.web;

/** Cleans the free-text note a person may save with a result. */
final class Notes {
  private Notes() {}

  /**
   * The note as it is stored: line ends made {@code \n}, control characters other than line ends
   * and tabs removed, and surrounding blank space trimmed. Markup is kept as typed: it is plain
   * text, escaped wherever it is shown.
   *
   * @param raw the field as sent, or null when it was not sent
   * @return the cleaned note, possibly empty
   */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
        .forEach(clean::appendCodePoint);
    return clean.toString().strip();
  }
}
