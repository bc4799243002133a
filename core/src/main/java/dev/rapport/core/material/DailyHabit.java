package dev.rapport.core.material;

import dev.rapport.core.InterventionId;
import dev.rapport.core.Citation;
import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * A small daily habit that nurtures connection.
 *
 * @param id a kebab-case id
 * @param name a short name
 * @param description what to do, in plain words
 * @param interventions the interventions the habit practises
 * @param citations where it comes from
 */
public record DailyHabit(
    String id,
    String name,
    String description,
    List<InterventionId> interventions,
    List<Citation> citations) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param name see the record description
   * @param description see the record description
   * @param interventions see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public DailyHabit {
    Slugs.check(id, "habit id");
    name = Texts.nonBlank(name, "name of habit", id);
    description = Texts.nonBlank(description, "description of habit", id);
    interventions = Texts.copy(interventions, "interventions of habit", id);
    citations = Texts.copy(citations, "citations of habit", id);
  }
}
