package dev.rapport.core.material;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.NeedId;
import dev.rapport.core.Citation;
import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * A conversation starter or a weekly check-in question.
 *
 * @param id a kebab-case id
 * @param kind a starter or a check-in question
 * @param text the words to say or ask
 * @param needs the needs it serves
 * @param citations where it comes from
 */
public record ConversationPrompt(
    String id, PromptKind kind, String text, List<NeedId> needs, List<Citation> citations) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param kind see the record description
   * @param text see the record description
   * @param needs see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public ConversationPrompt {
    Slugs.check(id, "prompt id");
    checkNotNull(kind, "kind of prompt %s must not be null", id);
    text = Texts.nonBlank(text, "text of prompt", id);
    needs = Texts.copy(needs, "needs of prompt", id);
    citations = Texts.copy(citations, "citations of prompt", id);
  }
}
