package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.SignId;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Step 5: picks the scenario the plan follows. The first rule that applies wins:
 *
 * <ol>
 *   <li>{@code safety-concern} when the safety screen raised the level;
 *   <li>{@code partner-wants-to-leave} when that sign is above 0 (observed, or any answer to its
 *       statements);
 *   <li>{@code partner-unwilling} when the partner's engagement is {@code UNWILLING};
 *   <li>{@code withdrawn-under-stress} when a stress cause (work stress, financial strain, family
 *       demands, a major life change, personal struggles) is said to be present or has a
 *       likelihood of at least {@value #LIKELY}, and a withdrawal sign (shutting down, emotional
 *       unavailability, withholding feelings) is present at least "sometimes". The bar for a
 *       stress cause inferred from the signs alone is high because the withdrawal signs are what
 *       stress causes produce: without it, withdrawal alone would count as its own proof of
 *       stress;
 *   <li>{@code emotional-neglect} otherwise.
 * </ol>
 */
final class ScenarioRule {
  static final double LIKELY = 0.6;
  static final double WITHDRAWAL_AT_LEAST = 0.5;

  private ScenarioRule() {}

  static ScenarioId choose(
      Safety safety, ValidInput input, Map<SignId, Double> signs, List<LikelyCause> causes) {
    return choose(safety, input, sign -> signs.getOrDefault(sign, 0.0), causes);
  }

  /**
   * Picks the scenario.
   *
   * @param signs the score of a sign, 0 when it has none
   */
  static ScenarioId choose(
      Safety safety, ValidInput input, ToDoubleFunction<SignId> signs, List<LikelyCause> causes) {
    if (safety.raised()) {
      return Ids.SAFETY_CONCERN;
    }
    if (input.intensity(Ids.LEAVING) > 0) {
      return Ids.PARTNER_WANTS_TO_LEAVE;
    }
    if (input.engagement() == PartnerEngagement.UNWILLING) {
      return Ids.PARTNER_UNWILLING;
    }
    boolean stress = false;
    for (CauseId cause : Ids.STRESS_CAUSES) {
      stress |= input.isPresent(cause);
    }
    for (LikelyCause cause : causes) {
      stress |= cause.likelihood() >= LIKELY && Ids.STRESS_CAUSES.contains(cause.id());
    }
    boolean withdrawal = false;
    for (SignId sign : Ids.WITHDRAWAL_SIGNS) {
      withdrawal |= signs.applyAsDouble(sign) >= WITHDRAWAL_AT_LEAST;
    }
    if (stress && withdrawal) {
      return Ids.WITHDRAWN_UNDER_STRESS;
    }
    return Ids.EMOTIONAL_NEGLECT;
  }
}
