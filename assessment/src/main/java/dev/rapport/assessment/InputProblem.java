package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One thing wrong with an assessment's input.
 *
 * @param where where it is: a JSON pointer into the input shape, such as {@code
 *     /answers/lonely-together-1}, followed for JSON text by the line and column, such as {@code
 *     /answers/lonely-together-1 (line 3, column 28)}
 * @param value the offending value as written, shortened when very long; empty when the problem
 *     is something missing
 * @param message what is wrong, in lower case, naming the id and showing the value
 */
public record InputProblem(String where, Optional<String> value, String message) {

  /**
   * Checks the parts.
   *
   * @param where see the record description
   * @param value see the record description
   * @param message see the record description
   * @throws IllegalArgumentException when a text is blank
   */
  public InputProblem {
    Values.nonBlank(where, "problem place");
    checkNotNull(value, "problem value must not be null (use Optional.empty())");
    Values.nonBlank(message, "problem message");
  }

  /** Returns {@code where: message}. */
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
