package dev.rapport.core;

import dev.rapport.core.internal.Texts;

/**
 * One thing wrong with a knowledge base, found when it was built.
 *
 * @param subject what the problem is about, as a reference such as {@code sign:lonely-together},
 *     {@code story:sarah} or {@code pack}
 * @param message what is wrong, in lower case, naming the bad value
 */
public record Problem(String subject, String message) {

  /**
   * Checks and normalises the parts.
   *
   * @param subject see the record description
   * @param message see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Problem {
    subject = Texts.nonBlank(subject, "problem subject");
    message = Texts.nonBlank(message, "problem message");
  }

  /** Returns {@code subject: message}. */
  @Override
  public String toString() {
    return subject + ": " + message;
  }
}
