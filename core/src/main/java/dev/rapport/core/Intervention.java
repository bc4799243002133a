package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * Something a person or couple can do, with concrete steps.
 *
 * @param id the id
 * @param name a short name
 * @param description a plain-language description
 * @param who who takes part
 * @param kind what sort of thing it is
 * @param cadence how often it happens
 * @param effortMinutes a rough effort in minutes each time, at least 1
 * @param stage the plan stage it belongs to
 * @param steps concrete steps, in order; at least one
 * @param contraindications situations in which it is not advised
 * @param citations where it is drawn from
 */
public record Intervention(
    InterventionId id,
    String name,
    String description,
    Who who,
    InterventionKind kind,
    Cadence cadence,
    int effortMinutes,
    Stage stage,
    List<String> steps,
    List<Contraindication> contraindications,
    List<Citation> citations)
    implements Entity {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param name see the record description
   * @param description see the record description
   * @param who see the record description
   * @param kind see the record description
   * @param cadence see the record description
   * @param effortMinutes see the record description
   * @param stage see the record description
   * @param steps see the record description
   * @param contraindications see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Intervention {
    checkNotNull(id, "intervention id must not be null");
    name = Texts.nonBlank(name, "name of intervention", id);
    description = Texts.nonBlank(description, "description of intervention", id);
    checkNotNull(who, "who of intervention %s must not be null", id);
    checkNotNull(kind, "kind of intervention %s must not be null", id);
    checkNotNull(cadence, "cadence of intervention %s must not be null", id);
    checkArgument(
        effortMinutes >= 1,
        "effort of intervention %s must be at least 1 minute but was %s",
        id,
        effortMinutes);
    checkNotNull(stage, "stage of intervention %s must not be null", id);
    steps = Texts.copy(steps, "steps of intervention", id);
    checkArgument(!steps.isEmpty(), "intervention %s must have at least one step", id);
    String[] stripped = new String[steps.size()];
    for (int i = 0; i < stripped.length; i++) {
      stripped[i] = Texts.nonBlank(steps.get(i), "step of intervention", id);
    }
    steps = List.of(stripped);
    contraindications = Texts.copy(contraindications, "contraindications of intervention", id);
    citations = Texts.copy(citations, "citations of intervention", id);
  }

  /**
   * Tells whether the intervention is not advised in {@code condition}.
   *
   * @param condition the situation
   * @return true when a contraindication names it
   */
  public boolean isContraindicatedIn(Condition condition) {
    return contraindications.stream().anyMatch(c -> c.condition() == condition);
  }
}
