package dev.rapport.assessment;

import dev.rapport.core.Intervention;
import java.util.Optional;

/**
 * An intervention chosen by the recommendation step, before it is explained.
 *
 * @param intervention the intervention
 * @param score how well it fits, in [0, 1], unrounded
 * @param rule the rule that brought it in ({@code safety-first} or {@code strong-distress}), if any
 * @param inPlaybook whether the scenario's playbook names it
 * @param week the week it starts
 */
record Pick(
    Intervention intervention, double score, Optional<String> rule, boolean inPlaybook, int week) {

  Pick withWeek(int newWeek) {
    return new Pick(intervention, score, rule, inPlaybook, newWeek);
  }
}
