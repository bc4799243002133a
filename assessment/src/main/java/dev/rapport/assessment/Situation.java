package dev.rapport.assessment;

import dev.rapport.core.Condition;
import dev.rapport.core.ScenarioId;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the recommendation step needs to know about the person's situation.
 *
 * @param safety whether the safety screen raised the level
 * @param selfHarm whether there were thoughts of self-harm (private; never shown)
 * @param engagement the partner's engagement
 * @param leaving whether the partner has said they want out
 * @param strongDistress whether the answers show strong or lasting distress
 * @param scenario the scenario the plan follows
 */
record Situation(
    boolean safety,
    boolean selfHarm,
    PartnerEngagement engagement,
    boolean leaving,
    boolean strongDistress,
    ScenarioId scenario) {

  /** The conditions of {@link dev.rapport.core.Contraindication}s that hold here. */
  Set<Condition> conditions() {
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    if (safety) {
      conditions.add(Condition.SAFETY_CONCERN);
    }
    if (selfHarm) {
      conditions.add(Condition.SELF_HARM_RISK);
    }
    if (engagement == PartnerEngagement.UNWILLING) {
      conditions.add(Condition.PARTNER_UNWILLING);
    }
    if (leaving) {
      conditions.add(Condition.PARTNER_WANTS_TO_LEAVE);
    }
    return conditions;
  }
}
