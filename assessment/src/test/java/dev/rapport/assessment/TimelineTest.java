package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private final Assessment assessment = Fixtures.assessment();

  private Checkup checkup(int days, AssessmentInput.Builder input) {
    return new Checkup(START.plus(Duration.ofDays(days)), assessment.assess(input.build()));
  }

  private static AssessmentInput.Builder signs(int lonely, int bids, int shutting) {
    return AssessmentInput.builder()
        .sign("lonely-together", lonely)
        .sign("dismissed-bids", bids)
        .sign("shutting-down", shutting);
  }

  /** A check-up of the same answers whose connection index is set, with its band. */
  private Checkup checkup(int days, int index) {
    Report r = assessment.assess(signs(2, 2, 2).build());
    Report report =
        new Report(
            r.safety(), r.scenario(), index, Band.of(index), r.signs(), r.needs(), r.strengths(),
            r.growthAreas(), r.causes(), r.recommendations(), r.plan(), r.contentVersion(),
            r.disclaimer());
    return new Checkup(START.plus(Duration.ofDays(days)), report);
  }

  private static AssessmentInput.Builder distant() {
    return signs(4, 4, 4).sign("diminished-intimacy", 4).sign("eroding-self-worth", 4);
  }

  @Test
  void of_fewerThanTwoCheckups_isRejected() {
    List<Checkup> one = List.of(checkup(0, signs(1, 1, 1)));

    var e = assertThrows(IllegalArgumentException.class, () -> Timeline.of(one));

    assertEquals("a timeline needs at least 2 check-ups but had 1", e.getMessage());
  }

  @Test
  void of_twoCheckupsAtTheSameTime_isRejectedWithTheTime() {
    List<Checkup> same = List.of(checkup(0, signs(1, 1, 1)), checkup(0, signs(2, 2, 2)));

    var e = assertThrows(IllegalArgumentException.class, () -> Timeline.of(same));

    assertEquals("two check-ups are at the same time: 2026-01-05T09:00:00Z", e.getMessage());
  }

  @Test
  void of_checkupsInAnyOrder_areSortedByTime() {
    Checkup early = checkup(0, signs(4, 4, 4));
    Checkup late = checkup(14, signs(1, 1, 1));

    Timeline timeline = Timeline.of(List.of(late, early));

    assertEquals(List.of(early, late), timeline.checkups());
  }

  @Test
  void timeline_thingsEasing_showsWhatImprovedAndMilestones() {
    Timeline timeline =
        Timeline.of(List.of(checkup(0, signs(4, 4, 2)), checkup(21, signs(1, 0, 2))));

    assertTrue(timeline.indexChange() > 0);
    assertEquals(
        List.of(
            new Change(NodeKind.SIGN, "dismissed-bids", 1.0, 0.0),
            new Change(NodeKind.NEED, "being-heard", 1.0, Values.round(0.8 * 0.25 / 1.8)),
            new Change(NodeKind.SIGN, "lonely-together", 1.0, 0.25),
            new Change(NodeKind.NEED, "quality-time", 1.0, 0.25)),
        timeline.improved());
    assertEquals(
        List.of(
            new Change(NodeKind.SIGN, "shutting-down", 0.5, 0.5),
            new Change(NodeKind.NEED, "emotional-safety", 0.5, 0.5)),
        timeline.notImproved());
    List<String> kinds = timeline.milestones().stream().map(Milestone::kind).toList();
    assertEquals(List.of("band-improved", "growth-area-met", "growth-area-met", "index-rose", "sign-eased"), kinds);
    Milestone eased = timeline.milestones().get(4);
    assertEquals("dismissed-bids", eased.subject());
    assertEquals("'dismissed bids' no longer shows up in your answers.", eased.text());
    assertEquals(Optional.empty(), timeline.professionalHelp());
  }

  @Test
  void timeline_noProgressOverFourWeeks_suggestsProfessionalHelp() {
    Timeline timeline =
        Timeline.of(List.of(checkup(0, signs(3, 3, 3)), checkup(30, signs(3, 3, 3))));

    assertEquals(0, timeline.indexChange());
    assertEquals(
        Optional.of(
            "Your connection index has not improved over 4 weeks. A counsellor or therapist can"
                + " help you find what is in the way."),
        timeline.professionalHelp());
  }

  @Test
  void timeline_bigFall_suggestsProfessionalHelpSoon() {
    Timeline timeline =
        Timeline.of(List.of(checkup(0, signs(1, 1, 1)), checkup(7, signs(4, 4, 4))));

    assertTrue(timeline.professionalHelp().orElseThrow().startsWith("Your connection index fell by"));
  }

  @Test
  void timeline_latestSafetyConcern_suggestsHelpWithoutRepeatingTheAnswers() {
    Timeline timeline =
        Timeline.of(
            List.of(
                checkup(0, signs(1, 1, 1)),
                checkup(7, signs(0, 0, 0).answer("safety-fear", 2))));

    assertEquals(
        Optional.of(
            "The latest check-up found something that calls for support; see its private safety"
                + " section for where to turn."),
        timeline.professionalHelp());
  }

  @Test
  void timeline_distantAcrossTwoWeeks_suggestsProfessionalHelp() {
    Timeline timeline =
        Timeline.of(
            List.of(
                checkup(0, distant()),
                checkup(7, distant()),
                checkup(21, distant())));

    assertEquals(Band.DISTANT, timeline.checkups().get(2).report().band());
    assertEquals(
        Optional.of(
            "Distance has lasted across your recent check-ups. A counsellor or therapist can help"
                + " you carry it."),
        timeline.professionalHelp());
  }

  @Test
  void timeline_riseOfExactlyTenInOneBand_isAMilestoneThatSaysTheRise() {
    Timeline timeline = Timeline.of(List.of(checkup(0, 52), checkup(7, 62)));

    assertEquals(Band.of(52), Band.of(62));
    assertEquals(
        List.of(
            new Milestone(
                START.plus(Duration.ofDays(7)),
                "index-rose",
                "connection-index",
                "Your connection index rose by 10 points since the last check-up.")),
        timeline.milestones());
  }

  @Test
  void timeline_riseOfNine_isNoMilestone() {
    assertEquals(List.of(), Timeline.of(List.of(checkup(0, 52), checkup(7, 61))).milestones());
  }

  @Test
  void timeline_fallOfExactlyTen_suggestsHelpAndSaysTheFall() {
    Timeline timeline = Timeline.of(List.of(checkup(0, 62), checkup(7, 52)));

    assertEquals(
        Optional.of(
            "Your connection index fell by 10 points. A counsellor or therapist can help you"
                + " through this."),
        timeline.professionalHelp());
    assertEquals(
        Optional.empty(), Timeline.of(List.of(checkup(0, 62), checkup(7, 53))).professionalHelp());
  }

  @Test
  void timeline_progressAfterFourWeeks_fiveIsEnoughAndFourIsNot() {
    assertEquals(
        Optional.empty(), Timeline.of(List.of(checkup(0, 50), checkup(28, 55))).professionalHelp());
    assertEquals(
        Optional.of(
            "Your connection index has not improved over 4 weeks. A counsellor or therapist can"
                + " help you find what is in the way."),
        Timeline.of(List.of(checkup(0, 50), checkup(28, 54))).professionalHelp());
    assertEquals(
        Optional.empty(), Timeline.of(List.of(checkup(0, 50), checkup(27, 50))).professionalHelp());
  }

  @Test
  void timeline_signFromSometimesToNever_hasEased() {
    Timeline timeline =
        Timeline.of(List.of(checkup(0, signs(2, 1, 2)), checkup(7, signs(0, 1, 2))));

    assertEquals(
        List.of("lonely-together"),
        timeline.milestones().stream()
            .filter(m -> m.kind().equals("sign-eased"))
            .map(Milestone::subject)
            .toList());
  }

  @Test
  void timeline_biggerImprovementFirst_andOneStepIsAnImprovement() {
    Timeline timeline =
        Timeline.of(List.of(checkup(0, signs(4, 2, 2)), checkup(7, signs(2, 1, 2))));

    assertEquals(
        List.of(
            new Change(NodeKind.SIGN, "lonely-together", 1.0, 0.5),
            new Change(NodeKind.SIGN, "dismissed-bids", 0.5, 0.25)),
        timeline.improved().stream().filter(c -> c.kind() == NodeKind.SIGN).toList());
  }
}
