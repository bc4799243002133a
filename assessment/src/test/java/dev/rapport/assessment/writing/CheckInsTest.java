package dev.rapport.assessment.writing;

import static dev.rapport.assessment.writing.WritingFixtures.KB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.Report;
import dev.rapport.core.NeedId;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.PromptKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheckInsTest {
  private static final CheckIns CHECK_INS = CheckIns.of(KB);

  private static CheckInGuide guide(Report report) {
    CheckInOutcome outcome = CHECK_INS.forReport(report);
    return assertInstanceOf(CheckInGuide.class, outcome, outcome::text);
  }

  @Test
  void weeklyAgenda_hasThreePartsInOrderFromTheCheckInQuestions() {
    CheckInAgenda agenda = CHECK_INS.weeklyAgenda();

    assertEquals(
        List.of(AgendaPart.WENT_WELL, AgendaPart.FELT_OFF, AgendaPart.SUPPORT),
        agenda.items().stream().map(AgendaItem::part).toList());
    for (AgendaItem item : agenda.items()) {
      assertEquals(CheckIns.QUESTIONS_PER_PART, item.questions().size(), item.part().title());
      item.questions().forEach(q -> assertEquals(PromptKind.CHECK_IN_QUESTION, q.kind()));
    }
    assertEquals(
        "check-in-what-went-well",
        agenda.items().get(0).questions().stream()
            .map(ConversationPrompt::id)
            .filter(id -> id.equals("check-in-what-went-well"))
            .findFirst()
            .orElse("check-in-what-went-well"));
    assertTrue(agenda.text().startsWith("Weekly check-in\n- Fifteen to twenty minutes"));
    assertTrue(agenda.text().contains("\n1. What went well\n"), agenda.text());
    assertTrue(agenda.text().contains("\n2. What felt off\n"), agenda.text());
    assertTrue(agenda.text().contains("\n3. How we can support each other\n"), agenda.text());
  }

  @Test
  void agendaPart_ofTheBundledQuestions_readsTheirWords() {
    assertEquals(AgendaPart.WENT_WELL, AgendaPart.of("What went well between us this week?"));
    assertEquals(AgendaPart.FELT_OFF, AgendaPart.of("Did anything feel off for you this week?"));
    assertEquals(AgendaPart.SUPPORT, AgendaPart.of("How can I support you in the week ahead?"));
    assertEquals(
        AgendaPart.WENT_WELL,
        AgendaPart.of(
            "Is there something I did this week that you appreciated, or something you did that"
                + " I didn't thank you for?"));
    for (AgendaPart part : AgendaPart.values()) {
      assertTrue(
          KB.prompts().stream()
              .filter(p -> p.kind() == PromptKind.CHECK_IN_QUESTION)
              .anyMatch(p -> AgendaPart.of(p.text()) == part),
          "no bundled question for " + part);
    }
  }

  @Test
  void forReport_neglect_putsQuestionsAndStartersForTheMostUnmetNeedFirst() {
    Report report = WritingFixtures.neglect();
    NeedId top = served(report).get(0);

    CheckInGuide guide = guide(report);

    assertTrue(guide.agenda().isPresent());
    assertFalse(guide.starters().isEmpty());
    assertTrue(guide.starters().size() <= CheckIns.DEFAULT_STARTERS);
    assertEquals(top, guide.starters().get(0).need());
    assertTrue(guide.starters().get(0).prompt().needs().contains(top));
    guide.starters().forEach(s -> assertEquals(PromptKind.CONVERSATION_STARTER, s.prompt().kind()));
    assertEquals(
        guide.starters().size(),
        guide.starters().stream().map(s -> s.prompt().id()).distinct().count(),
        "a starter is chosen once");
    for (AgendaItem item : guide.agenda().orElseThrow().items()) {
      for (int i = 1; i < item.questions().size(); i++) {
        assertTrue(
            rank(item.questions().get(i - 1), report) <= rank(item.questions().get(i), report),
            item.part() + " is not ordered by need");
      }
    }
  }

  private static int rank(ConversationPrompt prompt, Report report) {
    return prompt.needs().stream()
        .mapToInt(n -> report.growthAreas().indexOf(n))
        .filter(i -> i >= 0)
        .min()
        .orElse(report.growthAreas().size());
  }

  @Test
  void forReport_startersTakeTurnsAcrossTheGrowthAreas() {
    Report report = WritingFixtures.neglect();
    List<NeedId> served = served(report);

    List<Starter> starters = CHECK_INS.starters(report, served.size() + 1);

    List<NeedId> needs = starters.stream().map(Starter::need).toList();
    assertEquals(served, needs.subList(0, served.size()));
    assertEquals(served.get(0), needs.get(served.size()), "the second round starts again");
  }

  /** The growth areas that some bundled starter serves, most unmet first. */
  private static List<NeedId> served(Report report) {
    return report.growthAreas().stream()
        .filter(
            n ->
                KB.prompts().stream()
                    .anyMatch(
                        p -> p.kind() == PromptKind.CONVERSATION_STARTER && p.needs().contains(n)))
        .toList();
  }

  @Test
  void forReport_partnerUnwilling_leavesOutTheAgendaAndOffersStartersLightly() {
    CheckInGuide guide = guide(WritingFixtures.unwilling());

    assertTrue(guide.agenda().isEmpty());
    assertFalse(guide.starters().isEmpty());
    assertTrue(guide.notes().get(0).startsWith("Your partner isn't ready"));
  }

  @Test
  void forReport_partnerWantsToLeave_givesSpaceNotTalks() {
    CheckInGuide guide = guide(WritingFixtures.partnerLeaving());

    assertTrue(guide.agenda().isEmpty());
    assertTrue(guide.starters().isEmpty());
    assertTrue(guide.notes().get(0).startsWith("Your partner has said they want to leave"));
  }

  @Test
  void forReport_raisedSafety_givesASafetyHoldAndNoStarters() {
    Report report =
        WritingFixtures.ASSESSMENT.assess(
            AssessmentInput.builder()
                .sign("lonely-together", 3)
                .answer("safety-control-phone", 2)
                .build());

    CheckInOutcome outcome = CHECK_INS.forReport(report);

    SafetyHold hold = assertInstanceOf(SafetyHold.class, outcome);
    assertEquals("No check-in guide was made.", hold.headline());
    assertEquals(report.safety().resources(), hold.resources());
    assertEquals(List.of(), CHECK_INS.starters(report, 3));
  }

  @Test
  void forReport_generatedReports_areDeterministicAndSafe() {
    Random random = new Random(WritingFixtures.SEED);

    for (int i = 0; i < WritingFixtures.CASES; i++) {
      Report report =
          WritingFixtures.ASSESSMENT.assess(WritingFixtures.randomInput(random, i % 3 == 0));

      CheckInOutcome outcome = CHECK_INS.forReport(report);

      String where = "seed " + WritingFixtures.SEED + ", case " + i;
      assertEquals(outcome, CHECK_INS.forReport(report), where);
      assertEquals(report.safety().raised(), outcome instanceof SafetyHold, where);
    }
  }

  @Test
  void starters_limitBelowOne_isRejectedWithTheLimit() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CHECK_INS.starters(WritingFixtures.neglect(), 0));

    assertEquals("limit must be at least 1 but was 0", e.getMessage());
  }

  @Test
  void bundledPrompts_everyOne_passesTheCoach() {
    for (ConversationPrompt prompt : KB.prompts()) {
      Review review = Coach.standard().review(prompt.text());

      assertTrue(review.isInvitational(), () -> prompt.id() + ": " + review.findings());
    }
  }
}
