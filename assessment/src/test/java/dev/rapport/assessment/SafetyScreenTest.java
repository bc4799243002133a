package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.material.HelpResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyScreenTest {
  private final KnowledgeBase kb = Fixtures.kb();
  private final InputValidator validator = new InputValidator(kb, new ItemIndex(kb), "INTL");
  private final SafetyScreen screen = new SafetyScreen(kb);

  private SafetyScreen.Result screen(AssessmentInput.Builder input) {
    return screen.screen(validator.validate(input.build()));
  }

  private static List<String> ids(List<HelpResource> resources) {
    return resources.stream().map(HelpResource::id).toList();
  }

  @Test
  void screen_everydayConflictWithoutFear_isNotASafetyCase() {
    SafetyScreen.Result result =
        screen(
            AssessmentInput.builder()
                .sign("shutting-down", 4)
                .sign("dismissed-bids", 4)
                .answer("safety-fear", 0)
                .answer("safety-harm", 0));

    assertEquals(Safety.CLEAR, result.safety());
    assertFalse(result.selfHarm());
  }

  @Test
  void screen_fearRatedSometimes_raisesConcernWithAPrivateReason() {
    SafetyScreen.Result result = screen(AssessmentInput.builder().answer("safety-fear", 2));

    assertEquals(SafetyLevel.CONCERN, result.safety().level());
    assertEquals(
        List.of("You said you sometimes feel afraid of your partner."), result.safety().reasons());
  }

  @Test
  void screen_fearRatedOften_isUrgent() {
    SafetyScreen.Result result = screen(AssessmentInput.builder().answer("safety-fear", 3));

    assertEquals(SafetyLevel.URGENT, result.safety().level());
  }

  @Test
  void screen_harmOrThreatRatedRarely_isUrgent() {
    assertEquals(
        SafetyLevel.URGENT,
        screen(AssessmentInput.builder().answer("safety-harm", 1)).safety().level());
    assertEquals(
        SafetyLevel.URGENT,
        screen(AssessmentInput.builder().answer("safety-threat", 1)).safety().level());
  }

  @Test
  void screen_controlOrPunishingSilence_raisesConcern() {
    SafetyScreen.Result control = screen(AssessmentInput.builder().answer("safety-control", 1));
    SafetyScreen.Result silence = screen(AssessmentInput.builder().answer("safety-silence", 2));

    assertEquals(SafetyLevel.CONCERN, control.safety().level());
    assertEquals(
        List.of("You said your partner controls your money, your phone or whom you see (rarely)."),
        control.safety().reasons());
    assertEquals(SafetyLevel.CONCERN, silence.safety().level());
  }

  @Test
  void screen_fearSignAboveZero_raisesTheLevelEvenWhenTheSafetyQuestionsSayNo() {
    SafetyScreen.Result result =
        screen(
            AssessmentInput.builder()
                .answer("fear-of-partner-1", 1)
                .answer("safety-fear", 0)
                .answer("safety-harm", 0)
                .answer("safety-threat", 0)
                .answer("safety-control", 0)
                .answer("safety-silence", 0));

    assertEquals(SafetyLevel.CONCERN, result.safety().level());
    assertEquals(List.of("Your answers show 'Fear of partner' (rarely)."), result.safety().reasons());
  }

  @Test
  void screen_fearSignOften_isUrgent() {
    SafetyScreen.Result result = screen(AssessmentInput.builder().sign("fear-of-partner", 3));

    assertEquals(SafetyLevel.URGENT, result.safety().level());
  }

  @Test
  void screen_abuseSaidToBePresent_raisesConcernDespiteANoAnswer() {
    SafetyScreen.Result result =
        screen(
            AssessmentInput.builder()
                .sign("lonely-together", 1)
                .answer("context-abuse", 0)
                .context("abuse"));

    assertEquals(SafetyLevel.CONCERN, result.safety().level());
    assertEquals(List.of("You said 'Abuse' is part of your situation."), result.safety().reasons());
  }

  @Test
  void screen_abuseAnsweredNo_isClear() {
    SafetyScreen.Result result =
        screen(AssessmentInput.builder().sign("lonely-together", 1).answer("context-abuse", 0));

    assertEquals(SafetyLevel.NONE, result.safety().level());
  }

  @Test
  void screen_thoughtsOfSelfHarm_areUrgentWithCrisisHelpFirst() {
    SafetyScreen.Result result =
        screen(AssessmentInput.builder().answer("safety-fear", 1).answer("safety-self-harm", 1));

    assertEquals(SafetyLevel.URGENT, result.safety().level());
    assertTrue(result.selfHarm());
    assertEquals(
        "You said you have had thoughts of harming yourself (rarely).",
        result.safety().reasons().get(0));
    assertEquals(
        List.of("intl-emergency", "intl-crisis", "intl-abuse", "intl-counselling"),
        ids(result.safety().resources()));
  }

  @Test
  void screen_partnerDangerInTheUk_putsEmergencyAndAbuseServicesFirstTheRegionsBeforeIntl() {
    SafetyScreen.Result result =
        screen(AssessmentInput.builder().answer("safety-harm", 2).region("UK"));

    assertEquals(
        List.of("uk-abuse", "intl-emergency", "intl-abuse", "uk-crisis", "intl-crisis", "intl-counselling"),
        ids(result.safety().resources()));
  }

  @Test
  void screen_selfHarmInTheUk_putsTheRegionsCrisisLineFirst() {
    SafetyScreen.Result result =
        screen(AssessmentInput.builder().answer("safety-self-harm", 4).region("UK"));

    assertEquals(
        List.of("uk-crisis", "intl-emergency", "intl-crisis", "uk-abuse", "intl-abuse", "intl-counselling"),
        ids(result.safety().resources()));
  }

  @Test
  void screen_severalSignals_listsEveryReasonAndKeepsTheHighestLevel() {
    SafetyScreen.Result result =
        screen(
            AssessmentInput.builder()
                .answer("safety-fear", 1)
                .answer("safety-threat", 2)
                .answer("safety-silence", 0));

    assertEquals(SafetyLevel.URGENT, result.safety().level());
    assertEquals(
        List.of(
            "You said you rarely feel afraid of your partner.",
            "You said your partner has threatened you (sometimes)."),
        result.safety().reasons());
  }
}
