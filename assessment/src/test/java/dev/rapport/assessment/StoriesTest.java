package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.CauseId;
import dev.rapport.core.Condition;
import dev.rapport.core.InterventionId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.SignId;
import dev.rapport.core.Who;
import dev.rapport.core.material.HelpResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sources' stories, told to the assessment as the people in them would answer, on the bundled
 * content, with the results a careful reader of each source would expect.
 */
class StoriesTest {
  private final KnowledgeBase kb = DefaultContent.load();
  private final Assessment assessment = Assessment.of(kb);

  private static List<String> ids(Report report) {
    return report.recommendations().stream().map(r -> r.id().slug()).toList();
  }

  private static List<String> causes(Report report) {
    return report.causes().stream().map(c -> c.id().slug()).toList();
  }

  private void assertNoPursuit(Report report) {
    for (Recommendation r : report.recommendations()) {
      assertFalse(kb.require(r.id()).isContraindicatedIn(Condition.PARTNER_WANTS_TO_LEAVE), r.id().slug());
    }
  }

  /** 001: Sarah's promotion met with a distracted nod and a phone; she feels unseen. */
  @Test
  void assess_sarahsExcitementBrushedAside_isEmotionalNeglectCenteredOnBeingHeard() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("dismissed-bids-1", 4)
                .answer("feeling-invisible-1", 3)
                .answer("digital-distraction-1", 3)
                .answer("emotional-self-sufficiency-1", 3)
                .answer("lonely-together-1", 3)
                .answer("context-work-stress", 1)
                .build());

    assertEquals(SafetyLevel.NONE, report.safety().level());
    assertEquals(Ids.EMOTIONAL_NEGLECT, report.scenario());
    assertTrue(report.band().compareTo(Band.STRAINED) >= 0, report.band().toString());
    assertEquals(SignId.of("dismissed-bids"), report.signs().get(0).id());
    assertTrue(
        report.growthAreas().containsAll(
            List.of(NeedId.of("being-heard"), NeedId.of("validation"), NeedId.of("appreciation"),
                NeedId.of("emotional-support"))),
        report.growthAreas().toString());
    assertTrue(causes(report).contains("work-stress"));
    assertTrue(causes(report).indexOf("screen-habits") < causes(report).indexOf("work-stress"));
    assertTrue(ids(report).containsAll(List.of("active-listening", "empathy-and-compassion")), ids(report).toString());
    assertFalse(ids(report).contains("safety-support"));
    assertEquals(kb.contentVersion(), report.contentVersion());
  }

  /** 001: Emily opens up about her anxiety and hears "just relax"; she stops sharing. */
  @Test
  void assess_emilysWorriesDismissed_isEmotionalNeglectWithComfortAndSafetyToTalk() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("dismissed-bids-1", 4)
                .answer("emotional-unavailability-1", 4)
                .answer("withholding-feelings-1", 3)
                .answer("lonely-together-1", 3)
                .answer("feeling-invisible-1", 3)
                .context(CauseId.of("accumulated-hurts"))
                .context(CauseId.of("mismatched-needs"))
                .build());

    assertEquals(SafetyLevel.NONE, report.safety().level());
    assertEquals(Ids.EMOTIONAL_NEGLECT, report.scenario());
    assertTrue(
        report.growthAreas().containsAll(List.of(NeedId.of("emotional-support"), NeedId.of("validation"))),
        report.growthAreas().toString());
    assertTrue(causes(report).containsAll(List.of("accumulated-hurts", "mismatched-needs")));
    assertTrue(ids(report).contains("comfort-in-hard-times"), ids(report).toString());
    assertTrue(
        ids(report).stream()
                .filter(List.of("active-listening", "create-emotional-safety", "empathy-and-compassion",
                        "deepen-emotional-intimacy")::contains)
                .count()
            >= 2,
        ids(report).toString());
  }

  private Report betty(PartnerEngagement engagement) {
    return assessment.assess(
        AssessmentInput.builder()
            .answer("partner-wants-to-leave-1", 4)
            .answer("living-separate-lives-1", 3)
            .answer("eroding-self-worth-1", 3)
            .answer("context-routine-and-complacency", 1)
            .engagement(engagement)
            .build());
  }

  /** 003: Vincent says he can't go on and leaves; Betty asks how to change his mind. */
  @Test
  void assess_bettysPartnerSaysHeWantsOut_followsTheSourcesStepsInOrderWithoutPursuit() {
    Report report = betty(PartnerEngagement.UNSURE);

    assertEquals(Ids.PARTNER_WANTS_TO_LEAVE, report.scenario());
    assertEquals(
        List.of("step-back-and-breathe", "self-reflection", "self-care", "empathetic-inquiry",
            "give-space", "set-boundaries", "individual-therapy"),
        ids(report));
    assertEquals(List.of(1, 1, 2, 2, 3, 3, 4), report.recommendations().stream().map(Recommendation::week).toList());
    assertNoPursuit(report);
    assertTrue(report.plan().get(0).once().contains(InterventionId.of("step-back-and-breathe")));
    assertEquals(CauseId.of("routine-and-complacency"), report.causes().get(0).id());
  }

  @Test
  void assess_bettysPartnerOpenToIt_getsWarmthInTheSourcesPlaceBeforeBoundaries() {
    Report report = betty(PartnerEngagement.WILLING);

    List<String> ids = ids(report);
    assertTrue(ids.indexOf("give-space") < ids.indexOf("warmth-without-expectation"), ids.toString());
    assertTrue(ids.indexOf("warmth-without-expectation") < ids.indexOf("rekindle-romance"), ids.toString());
    assertTrue(ids.indexOf("rekindle-romance") < ids.indexOf("set-boundaries"), ids.toString());
    assertFalse(ids.contains("date-night"));
  }

  @Test
  void assess_bettysPartnerUnwilling_keepsToWhatSheCanDoAlone() {
    Report report = betty(PartnerEngagement.UNWILLING);

    assertEquals(
        List.of("step-back-and-breathe", "self-reflection", "self-care", "set-boundaries", "individual-therapy"),
        ids(report));
    assertTrue(report.recommendations().stream().noneMatch(r -> r.who() == Who.COUPLE));
    assertNoPursuit(report);
  }

  /** 004: he has not talked in weeks except about logistics, carrying work pressure silently. */
  @Test
  void assess_husbandSilentUnderWorkPressure_isWithdrawnUnderStressWithSafetyNotPressure() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("surface-level-conversations-1", 4)
                .answer("growing-silence-1", 4)
                .answer("shutting-down-1", 3)
                .answer("lonely-together-1", 3)
                .answer("diminished-intimacy-1", 2)
                .answer("context-work-stress", 1)
                .engagement(PartnerEngagement.UNSURE)
                .build());

    assertEquals(Ids.WITHDRAWN_UNDER_STRESS, report.scenario());
    LikelyCause work = report.causes().get(0);
    assertEquals(CauseId.of("work-stress"), work.id());
    assertEquals(NodeKind.CONTEXT, work.evidence().get(0).from().kind());
    assertTrue(
        ids(report).containsAll(
            List.of("create-emotional-safety", "lead-with-appreciation", "invitational-language", "self-care")),
        ids(report).toString());
    assertEquals("self-care", ids(report).get(0));
    assertTrue(report.plan().get(0).daily().contains(InterventionId.of("self-care")));
    assertFalse(ids(report).contains("safety-support"));
    assertTrue(report.recommendations().stream().filter(r -> r.id().slug().equals("create-emotional-safety"))
        .allMatch(r -> r.because().text().contains("It is a step of the")));
  }

  @Test
  void assess_everydayConflictWithoutFear_isNotASafetyCase() {
    AssessmentInput.Builder input =
        AssessmentInput.builder()
            .answer("resentment-1", 4)
            .answer("conflict-avoidance-1", 4)
            .answer("context-unresolved-conflict", 1)
            .engagement(PartnerEngagement.WILLING);
    kb.safetyQuestions().forEach(q -> input.answer(q.id(), 0));

    Report report = assessment.assess(input.build());

    assertEquals(Safety.CLEAR, report.safety());
    assertTrue(report.recommendations().stream().anyMatch(r -> r.who() == Who.COUPLE), ids(report).toString());
  }

  @Test
  void assess_silenceUsedToPunish_putsSafetyFirstWithTheRegionsHelp() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("safety-punishing-silence", 1)
                .answer("safety-fear", 0)
                .answer("lonely-together-1", 4)
                .engagement(PartnerEngagement.WILLING)
                .region("UK")
                .build());

    assertEquals(SafetyLevel.CONCERN, report.safety().level());
    assertEquals(
        List.of("You said your partner uses silence to punish you (rarely)."), report.safety().reasons());
    assertEquals(
        List.of("uk-emergency", "uk-domestic-abuse-helpline", "uk-mens-advice-line"),
        report.safety().resources().stream().map(HelpResource::id).toList().subList(0, 3));
    assertEquals(List.of("safety-support", "individual-therapy"), ids(report).subList(0, 2));
    assertTrue(report.recommendations().stream().noneMatch(r -> r.who() == Who.COUPLE), ids(report).toString());
  }

  @Test
  void assess_thoughtsOfSelfHarm_putCrisisLinesFirst() {
    Report report = assessment.assess(lonelyWith("safety-self-harm"));

    assertEquals(SafetyLevel.URGENT, report.safety().level());
    assertEquals(
        List.of("us-emergency", "us-988", "us-crisis-text-line", "intl-emergency",
            "intl-find-a-helpline-crisis", "us-domestic-violence-hotline", "intl-find-a-helpline-abuse"),
        report.safety().resources().stream().map(HelpResource::id).toList());
    assertEquals(List.of("safety-support", "individual-therapy"), ids(report).subList(0, 2));
  }

  @Test
  void report_whicheverSafetyAnswerRaisedTheLevel_hasTheSameShareablePart() {
    Report selfHarm = assessment.assess(lonelyWith("safety-self-harm"));
    Report fear = assessment.assess(lonelyWith("safety-fear"));

    assertEquals(ReportJson.toJson(withoutSafety(fear)), ReportJson.toJson(withoutSafety(selfHarm)));
  }

  private static AssessmentInput lonelyWith(String safetyQuestion) {
    return AssessmentInput.builder()
        .answer(safetyQuestion, 1)
        .answer("lonely-together-1", 2)
        .answer("dismissed-bids-1", 3)
        .region("US")
        .build();
  }

  private static Report withoutSafety(Report report) {
    return new Report(
        Safety.CLEAR, report.scenario(), report.connectionIndex(), report.band(), report.signs(),
        report.needs(), report.strengths(), report.growthAreas(), report.causes(),
        report.recommendations(), report.plan(), report.contentVersion(), report.disclaimer());
  }
}
