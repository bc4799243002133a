package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * A situation with its own ordered playbook, such as a partner who wants to leave.
 *
 * @param id the id
 * @param name a short name
 * @param description a plain-language description
 * @param playbook the steps, in the order a person should take them
 * @param citations where it is drawn from
 */
public record Scenario(
    ScenarioId id,
    String name,
    String description,
    List<PlaybookStep> playbook,
    List<Citation> citations)
    implements Entity {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param name see the record description
   * @param description see the record description
   * @param playbook see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Scenario {
    checkNotNull(id, "scenario id must not be null");
    name = Texts.nonBlank(name, "name of scenario", id);
    description = Texts.nonBlank(description, "description of scenario", id);
    playbook = Texts.copy(playbook, "playbook of scenario", id);
    citations = Texts.copy(citations, "citations of scenario", id);
  }
}
