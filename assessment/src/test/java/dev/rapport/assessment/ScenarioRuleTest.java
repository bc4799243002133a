package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.ScenarioId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRuleTest {
  private final KnowledgeBase kb = Fixtures.kb();
  private final InputValidator validator = new InputValidator(kb, new ItemIndex(kb), "INTL");

  private ScenarioId choose(AssessmentInput.Builder input) {
    ValidInput valid = validator.validate(input.build());
    Scoring.Scores scores = new Scoring(kb).score(valid);
    List<LikelyCause> causes = new CauseInference(kb).infer(valid, scores.signs());
    Safety safety = new SafetyScreen(kb).screen(valid).safety();
    return ScenarioRule.choose(safety, valid, scores.signs(), causes);
  }

  @Test
  void choose_raisedSafety_winsOverEverythingElse() {
    ScenarioId scenario =
        choose(
            AssessmentInput.builder()
                .sign("partner-wants-to-leave", 4)
                .answer("safety-silence", 1)
                .engagement(PartnerEngagement.UNWILLING));

    assertEquals(Ids.SAFETY_CONCERN, scenario);
  }

  @Test
  void choose_partnerSaidTheyWantOut_winsOverAnUnwillingPartner() {
    ScenarioId scenario =
        choose(
            AssessmentInput.builder()
                .answer("partner-wants-to-leave-1", 1)
                .engagement(PartnerEngagement.UNWILLING));

    assertEquals(Ids.PARTNER_WANTS_TO_LEAVE, scenario);
  }

  @Test
  void choose_unwillingPartner_winsOverStress() {
    ScenarioId scenario =
        choose(
            AssessmentInput.builder()
                .sign("shutting-down", 4)
                .context("work-stress")
                .engagement(PartnerEngagement.UNWILLING));

    assertEquals(Ids.PARTNER_UNWILLING, scenario);
  }

  @Test
  void choose_stressAndWithdrawal_isWithdrawnUnderStress() {
    ScenarioId scenario =
        choose(AssessmentInput.builder().sign("shutting-down", 2).context("work-stress"));

    assertEquals(Ids.WITHDRAWN_UNDER_STRESS, scenario);
  }

  @Test
  void choose_likelyStressFromSignsAlone_isWithdrawnUnderStress() {
    ScenarioId scenario = choose(AssessmentInput.builder().sign("shutting-down", 4));

    assertEquals(Ids.WITHDRAWN_UNDER_STRESS, scenario);
  }

  @Test
  void choose_stressInferredFromTheWithdrawalAlone_isNotEnough() {
    // work-stress from shutting-down at 0.75 alone: 0.8 * 0.75 / 1.2 = 0.5, below the bar
    ScenarioId scenario = choose(AssessmentInput.builder().sign("shutting-down", 3));

    assertEquals(Ids.EMOTIONAL_NEGLECT, scenario);
  }

  @Test
  void choose_stressWithWithdrawalOnlyRarely_isEmotionalNeglect() {
    ScenarioId scenario =
        choose(AssessmentInput.builder().sign("shutting-down", 1).context("work-stress"));

    assertEquals(Ids.EMOTIONAL_NEGLECT, scenario);
  }

  @Test
  void choose_noneOfTheAbove_isEmotionalNeglect() {
    ScenarioId scenario = choose(AssessmentInput.builder().sign("lonely-together", 4));

    assertEquals(Ids.EMOTIONAL_NEGLECT, scenario);
  }
}
