package dev.rapport.assessment;

import dev.rapport.core.Condition;
import dev.rapport.core.Contraindication;
import dev.rapport.core.Intervention;
import dev.rapport.core.Who;
import java.util.ArrayList;
import java.util.List;

/**
 * The last word of the recommendation step on safety, applied after everything else (belt and
 * braces: the candidates were already filtered the same way).
 *
 * <p>With a raised safety level it removes every intervention done as a couple, every one
 * contraindicated for a safety concern, and {@code couples-therapy} by id, each test on its own;
 * and it puts {@code safety-support} first. With an unwilling partner it removes every
 * intervention done as a couple and {@code couples-therapy}.
 */
final class SafetyGate {
  private SafetyGate() {}

  static boolean excludedForSafety(Intervention intervention) {
    return intervention.who() == Who.COUPLE
        || contraindicated(intervention, Condition.SAFETY_CONCERN)
        || intervention.id().equals(Ids.COUPLES_THERAPY);
  }

  static boolean excludedForUnwilling(Intervention intervention) {
    return intervention.who() == Who.COUPLE
        || contraindicated(intervention, Condition.PARTNER_UNWILLING)
        || intervention.id().equals(Ids.COUPLES_THERAPY);
  }

  /** {@link Intervention#isContraindicatedIn(Condition)}, without a stream on every call. */
  private static boolean contraindicated(Intervention intervention, Condition condition) {
    for (Contraindication contraindication : intervention.contraindications()) {
      if (contraindication.condition() == condition) {
        return true;
      }
    }
    return false;
  }

  static List<Pick> enforce(List<Pick> picks, Situation situation, Pick safetySupport) {
    List<Pick> kept = new ArrayList<>(picks.size() + 1);
    if (situation.safety()) {
      kept.add(safetySupport);
    }
    for (Pick pick : picks) {
      Intervention intervention = pick.intervention();
      if (intervention.id().equals(Ids.SAFETY_SUPPORT)) {
        continue;
      }
      if (situation.safety() && excludedForSafety(intervention)) {
        continue;
      }
      if (situation.engagement() == PartnerEngagement.UNWILLING
          && excludedForUnwilling(intervention)) {
        continue;
      }
      kept.add(pick);
    }
    return List.copyOf(kept);
  }
}
