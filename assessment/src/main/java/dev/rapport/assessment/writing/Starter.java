package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.NeedId;
import dev.rapport.core.material.ConversationPrompt;

/**
 * A conversation starter chosen for one of a report's growth areas.
 *
 * @param prompt the content's starter
 * @param need the unmet need it was chosen for; one of the prompt's needs
 */
public record Starter(ConversationPrompt prompt, NeedId need) {

  /**
   * Checks the parts.
   *
   * @param prompt see the record description
   * @param need see the record description
   * @throws IllegalArgumentException when the prompt does not serve the need
   */
  public Starter {
    checkNotNull(prompt, "prompt must not be null");
    checkNotNull(need, "need must not be null");
    if (!prompt.needs().contains(need)) {
      throw new IllegalArgumentException(
          "starter " + prompt.id() + " does not serve need " + need.slug());
    }
  }
}
