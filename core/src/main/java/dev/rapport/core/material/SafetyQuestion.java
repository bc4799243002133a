package dev.rapport.core.material;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;

/**
 * A question of the safety screen, asked before any advice that involves the partner.
 *
 * @param id a kebab-case id, unique among all questions, such as {@code safety-fear}
 * @param topic what it asks about
 * @param text the words shown to the person, rated on the 0..4 scale
 */
public record SafetyQuestion(String id, SafetyTopic topic, String text) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param topic see the record description
   * @param text see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public SafetyQuestion {
    Slugs.check(id, "safety question id");
    checkNotNull(topic, "topic of safety question %s must not be null", id);
    text = Texts.nonBlank(text, "text of safety question", id);
  }
}
