package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * Escapes text for Markdown (CommonMark and GitHub's flavour), so that a person's words show as
 * written: no emphasis, links, headings, lists, quotes, code, tables or HTML made by accident.
 *
 * <p>The renderings of this package use it for every text they print; an app can use it for the
 * person's words it shows next to them.
 *
 * <pre>{@code
 * Markdown.escape("*Sam* [x](y)")   // \*Sam\* \[x\](y)
 * }</pre>
 */
public final class Markdown {
  private static final String ALWAYS = "\\`*_[]<>#|~&";
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");

  private Markdown() {}

  /**
   * Escapes one block of text to stand at the start of a line: line breaks inside it become
   * spaces, characters that could open or close markup ({@code \ ` * _ [ ] < > # | ~ &}) are
   * backslash-escaped, and so is a leading list, quote or underline marker ({@code - + =}, {@code
   * 1.}, {@code 1)}).
   *
   * @param text the text
   * @return the escaped text, trimmed
   */
  public static String escape(String text) {
    checkNotNull(text, "text must not be null");
    String flat = LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ALWAYS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    // markers that only count at the start of a line: lists, block quotes, setext underlines
    if (!escaped.isEmpty() && "-+=".indexOf(escaped.charAt(0)) >= 0) {
      escaped = "\\" + escaped;
    }
    return ORDERED_MARKER.matcher(escaped).replaceFirst("$1\\\\$2");
  }
}
