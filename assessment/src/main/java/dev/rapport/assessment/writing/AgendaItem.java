package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.material.ConversationPrompt;
import java.util.List;

/**
 * One part of a weekly check-in with the questions to ask in it.
 *
 * @param part which part
 * @param questions the content's check-in questions for it, the ones serving the report's most
 *     unmet needs first, then by id
 */
public record AgendaItem(AgendaPart part, List<ConversationPrompt> questions) {

  /**
   * Checks and copies the parts.
   *
   * @param part see the record description
   * @param questions see the record description
   */
  public AgendaItem {
    checkNotNull(part, "part must not be null");
    questions = List.copyOf(questions);
  }
}
