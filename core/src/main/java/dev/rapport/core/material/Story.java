package dev.rapport.core.material;

import dev.rapport.core.CauseId;
import dev.rapport.core.Citation;
import dev.rapport.core.InterventionId;
import dev.rapport.core.SignId;
import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * A vignette from a source, retold briefly in Rapport's own words.
 *
 * @param id a kebab-case id, such as {@code sarah}
 * @param title a short title
 * @param text the retelling
 * @param signs the signs it illustrates
 * @param causes the causes it illustrates
 * @param interventions the interventions it illustrates
 * @param citations where it comes from
 */
public record Story(
    String id,
    String title,
    String text,
    List<SignId> signs,
    List<CauseId> causes,
    List<InterventionId> interventions,
    List<Citation> citations) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param title see the record description
   * @param text see the record description
   * @param signs see the record description
   * @param causes see the record description
   * @param interventions see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Story {
    Slugs.check(id, "story id");
    title = Texts.nonBlank(title, "title of story", id);
    text = Texts.nonBlank(text, "text of story", id);
    signs = Texts.copy(signs, "signs of story", id);
    causes = Texts.copy(causes, "causes of story", id);
    interventions = Texts.copy(interventions, "interventions of story", id);
    citations = Texts.copy(citations, "citations of story", id);
  }
}
