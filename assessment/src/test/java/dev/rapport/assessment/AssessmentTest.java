package dev.rapport.assessment;

import static dev.rapport.assessment.Fixtures.iv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Who;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private final Assessment assessment = Fixtures.assessment();

  @Test
  void of_knowledgeBaseWithoutSafetySupport_isRejected() {
    KnowledgeBase withoutSafetySupport = emptyOfSafetySupport();

    var e = assertThrows(IllegalArgumentException.class, () -> Assessment.of(withoutSafetySupport));

    assertEquals(
        "knowledge base has no intervention 'safety-support', which the safety rule needs",
        e.getMessage());
  }

  /** The fixture rebuilt without safety-support and the relations and playbook that name it. */
  private static KnowledgeBase emptyOfSafetySupport() {
    KnowledgeBase full = Fixtures.kb();
    KnowledgeBase.Builder builder =
        KnowledgeBase.builder().contentVersion("x").addSource(Fixtures.SOURCE);
    full.needs().forEach(builder::add);
    full.signs().forEach(builder::add);
    full.causes().forEach(builder::add);
    full.interventions().stream().filter(i -> !i.id().equals(Ids.SAFETY_SUPPORT)).forEach(builder::add);
    full.relations().stream().filter(r -> !r.from().equals(Ids.SAFETY_SUPPORT)).forEach(builder::relate);
    return builder.build();
  }

  @Test
  void builder_badOptions_areRejectedWithTheValue() {
    Assessment.Builder builder = Assessment.builder(Fixtures.kb());

    var region = assertThrows(IllegalArgumentException.class, () -> builder.region("U-K"));
    var max = assertThrows(IllegalArgumentException.class, () -> builder.maxRecommendations(0));
    var perKind = assertThrows(IllegalArgumentException.class, () -> builder.maxPerKind(-1));

    assertEquals("region must be 2 to 4 letters, such as US or INTL, but was 'U-K'", region.getMessage());
    assertEquals("max recommendations must be at least 1 but was 0", max.getMessage());
    assertEquals("max recommendations per kind must be at least 1 but was -1", perKind.getMessage());
  }

  @Test
  void builder_region_isTheDefaultForInputsThatNameNone() {
    Assessment uk = Assessment.builder(Fixtures.kb()).region("uk").build();

    Report report = uk.assess(AssessmentInput.builder().answer("safety-harm", 1).build());

    assertEquals("UK", uk.region());
    assertEquals("uk-abuse", report.safety().resources().get(0).id());
  }

  @Test
  void assess_everydayDistance_givesAnExplainedStagedPlan() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("lonely-together-1", 3)
                .answer("dismissed-bids-1", 3)
                .engagement(PartnerEngagement.WILLING)
                .build());

    assertEquals(SafetyLevel.NONE, report.safety().level());
    assertEquals(Ids.EMOTIONAL_NEGLECT, report.scenario());
    assertEquals(Band.of(report.connectionIndex()), report.band());
    assertFalse(report.recommendations().isEmpty());
    assertTrue(report.recommendations().stream().allMatch(r -> !r.because().text().isBlank()));
    assertEquals(4, report.plan().size());
    assertEquals("test-1", report.contentVersion());
    assertEquals(Report.DISCLAIMER, report.disclaimer());
  }

  @Test
  void assess_safetyAnswers_appearInTheSafetyReasonsAndNowhereElse() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("safety-fear", 2)
                .answer("fear-of-partner-1", 2)
                .context("abuse")
                .sign("lonely-together", 3)
                .build());

    assertEquals(SafetyLevel.CONCERN, report.safety().level());
    assertEquals(
        List.of(
            "You said you sometimes feel afraid of your partner.",
            "Your answers show 'Fear of partner' (sometimes).",
            "You said 'Abuse' is part of your situation."),
        report.safety().reasons());
    Report withoutSafety =
        new Report(Safety.CLEAR, report.scenario(), report.connectionIndex(), report.band(),
            report.signs(), report.needs(), report.strengths(), report.growthAreas(),
            report.causes(), report.recommendations(), report.plan(), report.contentVersion(),
            report.disclaimer());
    String shared = ReportJson.toJson(withoutSafety);
    for (String secret : List.of("fear-of-partner", "safety-fear", "abuse", "afraid", "Fear")) {
      assertFalse(shared.contains(secret), secret + " leaked into " + shared);
    }
  }

  @Test
  void assess_safetyConcern_putsSafetySupportFirstAndNothingForTheCouple() {
    Report report =
        assessment.assess(
            AssessmentInput.builder()
                .answer("safety-silence", 1)
                .sign("lonely-together", 4)
                .sign("dismissed-bids", 4)
                .sign("eroding-self-worth", 4)
                .engagement(PartnerEngagement.WILLING)
                .build());

    assertEquals(Ids.SAFETY_CONCERN, report.scenario());
    assertEquals(iv("safety-support"), report.recommendations().get(0).id());
    assertEquals(1, report.recommendations().get(0).week());
    assertTrue(report.recommendations().stream().noneMatch(r -> r.who() == Who.COUPLE));
    assertTrue(report.recommendations().stream().noneMatch(r -> r.id().equals(iv("couples-therapy"))));
    assertTrue(report.plan().get(0).once().contains(iv("safety-support")));
  }

  @Test
  void assess_sameInput_givesAnEqualReport() {
    AssessmentInput input =
        AssessmentInput.builder().answer("shutting-down-1", 3).context("work-stress").build();

    assertEquals(assessment.assess(input), assessment.assess(input));
  }

  @Test
  void assess_badInput_throwsTheDocumentedException() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> assessment.assess(AssessmentInput.builder().sign("lonely-together", 5).build()));

    assertEquals(
        "input has 1 problem\n- /signs/lonely-together: intensity of sign lonely-together must be"
            + " in [0, 4] but was 5",
        e.getMessage());
  }

  @Test
  void assess_manyThreadsAtOnce_giveTheSameReportsAsOneThread() {
    List<AssessmentInput> inputs =
        java.util.stream.IntStream.range(0, 200)
            .mapToObj(i -> Generators.everyday(new java.util.Random(i), Fixtures.kb()).build())
            .toList();
    List<Report> sequential = inputs.stream().map(assessment::assess).toList();

    List<Report> parallel = inputs.parallelStream().map(assessment::assess).toList();

    assertEquals(sequential, parallel);
  }
}
