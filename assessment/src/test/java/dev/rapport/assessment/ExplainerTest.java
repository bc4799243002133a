package dev.rapport.assessment;

import static dev.rapport.assessment.Fixtures.iv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.EntityId;
import dev.rapport.core.Grounding;
import dev.rapport.core.KnowledgeBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplainerTest {
  private final KnowledgeBase kb = Fixtures.kb();
  private final InputValidator validator = new InputValidator(kb, new ItemIndex(kb), "INTL");
  private final Explainer explainer = new Explainer(kb);

  private Explanation explain(String intervention, Optional<String> rule, AssessmentInput.Builder input) {
    ValidInput valid = validator.validate(input.build());
    Scoring.Scores scores = new Scoring(kb).score(valid);
    Map<EntityId<?>, Double> presence = new HashMap<>(scores.signs());
    presence.putAll(scores.needs());
    new CauseInference(kb).infer(valid, scores.signs()).forEach(c -> presence.put(c.id(), c.likelihood()));
    Situation situation =
        new Situation(false, false, PartnerEngagement.UNSURE, false, false, Ids.EMOTIONAL_NEGLECT);
    Pick pick = new Pick(kb.require(iv(intervention)), 0.5, rule, false, 1);
    return explainer.explain(pick, valid, presence, situation);
  }

  private static List<String> steps(Explanation explanation) {
    return explanation.links().stream().map(l -> l.from() + " -> " + l.to()).toList();
  }

  @Test
  void explain_needChain_runsFromTheAnswerThroughTheSignAndNeedWithWeights() {
    Explanation explanation =
        explain("create-emotional-safety", Optional.empty(), AssessmentInput.builder().answer("shutting-down-1", 3));

    assertEquals(
        List.of(
            "ANSWER:shutting-down-1 -> SIGN:shutting-down",
            "SIGN:shutting-down -> NEED:emotional-safety",
            "NEED:emotional-safety -> INTERVENTION:create-emotional-safety",
            "SIGN:shutting-down -> INTERVENTION:create-emotional-safety"),
        steps(explanation));
    assertEquals(
        "You rated 'Shutting down' as often, which points to an unmet need for emotional safety"
            + " (weight 0.80, stated by a source); 'Create emotional safety' helps meet it (weight"
            + " 1.00, stated by a source). You rated 'Shutting down' as often; 'Create emotional"
            + " safety' works on it directly (weight 0.80, stated by a source).",
        explanation.text());
    Link answer = explanation.links().get(0);
    assertEquals(0.75, answer.weight());
    assertEquals(Optional.empty(), answer.grounding());
    assertEquals(Optional.of(Grounding.STATED), explanation.links().get(1).grounding());
  }

  @Test
  void explain_causeFromSigns_readsTheSignAsPointingToTheCause() {
    Explanation explanation =
        explain("self-care", Optional.empty(), AssessmentInput.builder().sign("shutting-down", 4));

    assertEquals(
        List.of(
            "OBSERVATION:shutting-down -> SIGN:shutting-down",
            "SIGN:shutting-down -> CAUSE:work-stress",
            "CAUSE:work-stress -> INTERVENTION:self-care"),
        steps(explanation));
    assertEquals(
        "You rated 'Shutting down' as almost always, which can come from work stress (weight 0.80,"
            + " stated by a source); 'Self care' addresses it (weight 0.30, our inference).",
        explanation.text());
  }

  @Test
  void explain_causeSaidToBePresent_startsFromTheContext() {
    Explanation explanation =
        explain(
            "self-care",
            Optional.empty(),
            AssessmentInput.builder().sign("lonely-together", 0).context("work-stress"));

    assertEquals(
        List.of("CONTEXT:work-stress -> CAUSE:work-stress", "CAUSE:work-stress -> INTERVENTION:self-care"),
        steps(explanation));
    assertEquals(
        "You said work stress is part of your situation; 'Self care' addresses it (weight 0.30, our"
            + " inference).",
        explanation.text());
  }

  @Test
  void explain_safetySupport_givesTheRuleWithoutRepeatingAnySafetyAnswer() {
    Explanation explanation =
        explain(
            "safety-support",
            Optional.of(Ids.SAFETY_RULE),
            AssessmentInput.builder().answer("safety-fear", 2).sign("fear-of-partner", 3).context("abuse"));

    assertEquals(Explainer.SAFETY_TEXT, explanation.text());
    assertEquals(List.of("RULE:safety-first -> INTERVENTION:safety-support"), steps(explanation));
  }

  @Test
  void explain_individualTherapyUnderTheSafetyRule_saysSupportOfYourOwnThenItsChainsButNoSafetyAnswer() {
    Explanation explanation =
        explain(
            "individual-therapy",
            Optional.of(Ids.SAFETY_RULE),
            AssessmentInput.builder()
                .answer("safety-fear", 2)
                .sign("fear-of-partner", 3)
                .sign("eroding-self-worth", 4));

    assertEquals(
        List.of(
            "RULE:safety-first -> INTERVENTION:individual-therapy",
            "OBSERVATION:eroding-self-worth -> SIGN:eroding-self-worth",
            "SIGN:eroding-self-worth -> INTERVENTION:individual-therapy"),
        steps(explanation));
    assertTrue(explanation.text().startsWith(Explainer.SAFETY_SUPPORT_OF_YOUR_OWN + " "),
        explanation.text());
    assertFalse(explanation.text().contains("fear"), explanation.text());
    assertFalse(steps(explanation).toString().contains("fear"), explanation.toString());
  }

  @Test
  void explain_distressRule_comesFirstThenTheChain() {
    Explanation explanation =
        explain(
            "individual-therapy",
            Optional.of(Ids.DISTRESS_RULE),
            AssessmentInput.builder().sign("eroding-self-worth", 4));

    assertEquals(
        List.of(
            "RULE:strong-distress -> INTERVENTION:individual-therapy",
            "OBSERVATION:eroding-self-worth -> SIGN:eroding-self-worth",
            "SIGN:eroding-self-worth -> INTERVENTION:individual-therapy"),
        steps(explanation));
    assertEquals(
        Explainer.DISTRESS_TEXT
            + " You rated 'Eroding self worth' as almost always; 'Individual therapy' works on it"
            + " directly (weight 0.80, stated by a source).",
        explanation.text());
  }

  @Test
  void explain_nothingPresent_saysItIsAGeneralStep() {
    Explanation explanation =
        explain("be-present", Optional.empty(), AssessmentInput.builder().sign("lonely-together", 0));

    assertEquals(Explainer.GENERAL_TEXT, explanation.text());
    assertEquals(List.of(), explanation.links());
  }
}
