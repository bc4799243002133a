package dev.rapport.core;

import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;

/**
 * A question or statement that a questionnaire asks, with an id that answers refer to.
 *
 * <p>Question ids are unique across a knowledge base.
 *
 * @param id a kebab-case id, such as {@code lonely-together-1}
 * @param text the words shown to the person
 */
public record Question(String id, String text) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param text see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Question {
    Slugs.check(id, "question id");
    text = Texts.nonBlank(text, "text of question", id);
  }
}
