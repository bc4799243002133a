package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.InterventionId;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.SignId;
import java.util.List;

/** The canonical ids of vocabulary.md that the assessment's rules name. */
final class Ids {
  static final InterventionId SAFETY_SUPPORT = InterventionId.of("safety-support");
  static final InterventionId COUPLES_THERAPY = InterventionId.of("couples-therapy");
  static final InterventionId INDIVIDUAL_THERAPY = InterventionId.of("individual-therapy");

  static final ScenarioId SAFETY_CONCERN = ScenarioId.of("safety-concern");
  static final ScenarioId PARTNER_WANTS_TO_LEAVE = ScenarioId.of("partner-wants-to-leave");
  static final ScenarioId PARTNER_UNWILLING = ScenarioId.of("partner-unwilling");
  static final ScenarioId WITHDRAWN_UNDER_STRESS = ScenarioId.of("withdrawn-under-stress");
  static final ScenarioId EMOTIONAL_NEGLECT = ScenarioId.of("emotional-neglect");

  static final SignId LEAVING = SignId.of("partner-wants-to-leave");
  static final SignId ERODING_SELF_WORTH = SignId.of("eroding-self-worth");

  static final List<CauseId> STRESS_CAUSES =
      List.of(
          CauseId.of("work-stress"),
          CauseId.of("financial-strain"),
          CauseId.of("family-demands"),
          CauseId.of("major-life-change"),
          CauseId.of("personal-struggles"));
  static final List<SignId> WITHDRAWAL_SIGNS =
      List.of(
          SignId.of("shutting-down"),
          SignId.of("emotional-unavailability"),
          SignId.of("withholding-feelings"));

  static final String SAFETY_RULE = "safety-first";
  static final String DISTRESS_RULE = "strong-distress";

  private Ids() {}
}
