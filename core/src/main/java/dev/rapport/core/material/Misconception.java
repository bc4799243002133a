package dev.rapport.core.material;

import dev.rapport.core.Citation;
import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * A common belief about emotional distance, with a kinder and truer way to see it.
 *
 * @param id a kebab-case id
 * @param belief the belief, as people hold it
 * @param reframe the reframing
 * @param citations where the reframing comes from
 */
public record Misconception(String id, String belief, String reframe, List<Citation> citations) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param belief see the record description
   * @param reframe see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Misconception {
    Slugs.check(id, "misconception id");
    belief = Texts.nonBlank(belief, "belief of misconception", id);
    reframe = Texts.nonBlank(reframe, "reframe of misconception", id);
    citations = Texts.copy(citations, "citations of misconception", id);
  }
}
