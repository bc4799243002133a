package dev.rapport.core;

import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * One step of a scenario's playbook.
 *
 * @param title a short title, such as "Pause and breathe"
 * @param text what to do and why, in plain words
 * @param interventions the interventions that carry the step, in order; may be empty
 */
public record PlaybookStep(String title, String text, List<InterventionId> interventions) {

  /**
   * Checks and normalises the parts.
   *
   * @param title see the record description
   * @param text see the record description
   * @param interventions see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public PlaybookStep {
    title = Texts.nonBlank(title, "playbook step title");
    text = Texts.nonBlank(text, "text of playbook step", title);
    interventions = Texts.copy(interventions, "interventions of playbook step", title);
  }
}
