package dev.rapport.assessment.writing;

import static dev.rapport.assessment.writing.WritingFixtures.KB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.NeedScore;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Report;
import dev.rapport.core.NeedId;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.PromptKind;
import java.util.List;
import java.util.Optional;
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
      assertEquals(outcome, CheckIns.of(KB).forReport(report), where);
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

  @Test
  void forReport_neglect_isThisGuideWordForWord() {
    assertEquals(
        """
        Weekly check-in
        - Fifteen to twenty minutes, once a week, at a time you both choose.
        - Phones away. Take turns, and listen to understand, not to fix or defend.
        - Speak from your own side: 'I felt', 'I'd love', 'it helped me when'.

        1. What went well
           Start with what was good, however small, and thank each other for it.
           - What's a bit of progress we've made lately that's worth celebrating?
           - Is there something I did this week that you appreciated, or something you did that I \
        didn't thank you for?

        2. What felt off
           Each of you names one thing that felt off, as your own experience; the other listens \
        and says back what they heard, without defending.
           - Did you feel heard when you needed to be this week? Was there a time you didn't?
           - Did we have enough time together this week, and enough time for ourselves?

        3. How we can support each other
           Look at the week ahead: what would help each of you, and one small thing to try.
           - How can I support you in the week ahead?
           - Is anything coming up next week that you're worried about?

        Close with one thing you appreciate about each other, and agree when you'll meet next.

        Conversation starters
        - What is one small thing I could do this week that would help you feel I'm on your side?
        - What made you feel loved by me in our early days that we could bring back?
        - When do you feel most listened to by me? I'd like to do more of that.
        - What was the best part of your day, even if it was something small?
        - Is there anything you've wanted to tell me but held back because you weren't sure how \
        I'd take it? I'd like to just listen.

        These are invitations, not tests: if a question lands badly, say so kindly and try another \
        time.
        """,
        CheckIns.of(KB).forReport(WritingFixtures.neglect()).text());
  }

  @Test
  void markdown_partnerUnwilling_listsTheStartersAndNotesWithoutAnAgenda() {
    assertEquals(
        """
        ## Conversation starters

        - What is one small thing I could do this week that would help you feel I'm on your side?
        - What was the best part of your day, even if it was something small?
        - Where would you love the two of us to be a year from now? It can be something big or \
        something tiny.
        - I've been noticing how much you carry for us lately. Thank you. Is there anything I \
        could take off your plate this week?
        - Is there a place you've always wanted us to see together? Shall we start planning it, \
        just for fun?

        Your partner isn't ready to work on things together now, so a weekly check-in is left out. \
        Offer a starter lightly, one at a time, where your partner seems open, and let it go if \
        not.

        These are invitations, not tests: if a question lands badly, say so kindly and try another \
        time.

        """,
        guide(WritingFixtures.unwilling()).markdown());
  }

  @Test
  void weeklyAgenda_markdown_isTheseHeadingsAndQuestions() {
    assertEquals(
        """
        ## Weekly check-in

        - Fifteen to twenty minutes, once a week, at a time you both choose.
        - Phones away. Take turns, and listen to understand, not to fix or defend.
        - Speak from your own side: 'I felt', 'I'd love', 'it helped me when'.

        ### 1. What went well

        Start with what was good, however small, and thank each other for it.

        - Was there a moment this week when you felt close to me?
        - What's a bit of progress we've made lately that's worth celebrating?

        ### 2. What felt off

        Each of you names one thing that felt off, as your own experience; the other listens and \
        says back what they heard, without defending.

        - Did you feel heard when you needed to be this week? Was there a time you didn't?
        - Did anything I said or did this week land harder than I meant it to?

        ### 3. How we can support each other

        Look at the week ahead: what would help each of you, and one small thing to try.

        - What is one thing that would help you feel a little more connected next week?
        - How can I support you in the week ahead?

        Close with one thing you appreciate about each other, and agree when you'll meet next.
        """,
        CHECK_INS.weeklyAgenda().markdown());
  }

  @Test
  void forReport_nothingUnmet_saysNoStarterWasChosenAndKeepsTheAgenda() {
    Report report = WritingFixtures.nothingPresent();

    CheckInGuide guide = guide(report);

    assertEquals(Optional.of(CHECK_INS.weeklyAgenda()), guide.agenda());
    assertEquals(List.of(), guide.starters());
    assertEquals(
        List.of(
            "No need stands out as unmet, so no starter was chosen for one.",
            "These are invitations, not tests: if a question lands badly, say so kindly and try"
                + " another time."),
        guide.notes());
  }

  @Test
  void starters_rareSignAndOthersNever_serveOnlyTheNeedsThatShow() {
    Report report =
        WritingFixtures.assess(
            AssessmentInput.builder()
                .sign("avoiding-the-future", 1)
                .sign("lonely-together", 0)
                .engagement(PartnerEngagement.WILLING));
    List<NeedId> showing = List.of(NeedId.of("shared-purpose"), NeedId.of("trust"));

    List<Starter> starters = CHECK_INS.starters(report, 5);

    assertEquals(List.of(), report.growthAreas());
    assertEquals(
        showing,
        report.needs().stream().filter(n -> n.score() > 0).map(NeedScore::id).toList());
    assertEquals(
        List.of(showing.get(0), showing.get(1), showing.get(0), showing.get(1), showing.get(0)),
        starters.stream().map(Starter::need).toList());
  }

  @Test
  void starters_limit_isTheExactCountAndOneGivesTheFirst() {
    Report report = WritingFixtures.neglect();
    List<Starter> five = CHECK_INS.starters(report, 5);

    assertEquals(5, five.size());
    assertEquals(five.subList(0, 3), CHECK_INS.starters(report, 3));
    assertEquals(five.subList(0, 1), CHECK_INS.starters(report, 1));
  }

  @Test
  void agendaPart_questionWithNoCue_goesWithWhatFeltOff() {
    assertEquals(AgendaPart.FELT_OFF, AgendaPart.of("How are you, really?"));
  }

  @Test
  void forReport_oneUnmetNeed_asksItsQuestionFirstInItsPart() {
    CheckInAgenda agenda = guide(WritingFixtures.oneUnmetNeed()).agenda().orElseThrow();

    assertEquals(
        List.of(
            "Did we have enough time together this week, and enough time for ourselves?",
            "Did you feel heard when you needed to be this week? Was there a time you didn't?"),
        agenda.items().get(1).questions().stream().map(ConversationPrompt::text).toList());
  }

  @Test
  void markdown_guideWithAnAgenda_startsWithTheAgenda() {
    CheckInGuide guide = guide(WritingFixtures.neglect());

    assertTrue(
        guide.markdown().startsWith(
            guide.agenda().orElseThrow().markdown() + "\n## Conversation starters\n\n- "),
        guide.markdown());
  }
}
