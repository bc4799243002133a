package dev.rapport.content;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One thing wrong with a content pack, and where it is.
 *
 * <p>The place is given twice where it can be: as a JSON pointer into the file (such as {@code
 * /3/needs/0/weight}: the fourth sign, its first need relation, the weight), which names the value,
 * and as the line and column where that value starts in the file, which an editor can jump to. For
 * a missing field the pointer names the object that lacks it. For JSON that cannot be parsed, the
 * line and column are where the parser stopped and the pointer is as far as it got. Line and column
 * are 0 when there is no text to point into: when the file is missing, empty or cannot be read.
 *
 * <p>{@link ContentException#problems()} lists problems by file, then by position.
 *
 * @param file the file, as a path for a pack folder ({@code /home/me/pack/signs.json}) or as a
 *     resource name for a bundled pack ({@code dev/rapport/content/en/signs.json}); the folder
 *     itself for a problem with the folder (it does not exist)
 * @param pointer a JSON pointer (RFC 6901) to the value concerned; empty for the whole file
 * @param line the 1-based line where that value starts, or 0 when unknown
 * @param column the 1-based column where that value starts, or 0 when unknown
 * @param message what is wrong, in lower case, naming the bad value
 */
public record ContentProblem(String file, String pointer, int line, int column, String message) {

  /**
   * Checks the parts.
   *
   * @param file see the record description
   * @param pointer see the record description
   * @param line see the record description
   * @param column see the record description
   * @param message see the record description
   * @throws IllegalArgumentException when the file or message is blank, the pointer does not start
   *     with {@code /}, or only one of line and column is known
   */
  public ContentProblem {
    checkNotNull(file, "problem file must not be null");
    checkArgument(!file.isBlank(), "problem file must not be blank");
    checkNotNull(pointer, "problem pointer must not be null");
    checkArgument(
        pointer.isEmpty() || pointer.startsWith("/"),
        "problem pointer must be empty or start with / but was '%s'",
        pointer);
    checkArgument(
        (line == 0 && column == 0) || (line > 0 && column > 0),
        "problem line and column must both be positive or both 0 but were %s and %s",
        line,
        column);
    checkNotNull(message, "problem message must not be null");
    checkArgument(!message.isBlank(), "problem message must not be blank");
  }

  /**
   * Tells whether the line and column are known.
   *
   * @return true when {@link #line()} and {@link #column()} are positive
   */
  public boolean hasPosition() {
    return line > 0;
  }

  /**
   * Returns the problem as one line: {@code file:line:column at pointer: message}, leaving out the
   * position or pointer where there is none.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (hasPosition()) {
      text.append(':').append(line).append(':').append(column);
    }
    if (!pointer.isEmpty()) {
      text.append(" at ").append(pointer);
    }
    return text.append(": ").append(message).toString();
  }
}
