package dev.rapport.core.material;

import dev.rapport.core.Citation;
import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * A frequently asked question with its answer.
 *
 * @param id a kebab-case id
 * @param question the question
 * @param answer the answer, in plain words
 * @param citations where the answer comes from
 */
public record Faq(String id, String question, String answer, List<Citation> citations) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param question see the record description
   * @param answer see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Faq {
    Slugs.check(id, "faq id");
    question = Texts.nonBlank(question, "question of faq", id);
    answer = Texts.nonBlank(answer, "answer of faq", id);
    citations = Texts.copy(citations, "citations of faq", id);
  }
}
