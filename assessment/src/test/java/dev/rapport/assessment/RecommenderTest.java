package dev.rapport.assessment;

import static dev.rapport.assessment.Fixtures.iv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.EntityId;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.SignId;
import dev.rapport.core.Who;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecommenderTest {
  private final KnowledgeBase kb = Fixtures.kb();
  private final Recommender recommender = new Recommender(kb, 8, 3);

  /** Every sign, need and cause of the fixture fully present, safety ones excepted. */
  private Map<EntityId<?>, Double> everything() {
    Map<EntityId<?>, Double> presence = new HashMap<>();
    kb.signs().stream().filter(s -> !s.safety()).forEach(s -> presence.put(s.id(), 1.0));
    kb.needs().forEach(n -> presence.put(n.id(), 1.0));
    kb.causes().stream().filter(c -> !c.safety()).forEach(c -> presence.put(c.id(), 1.0));
    return presence;
  }

  private static Situation situation(
      boolean safety, PartnerEngagement engagement, boolean leaving, boolean distress, ScenarioId scenario) {
    return new Situation(safety, false, engagement, leaving, distress, scenario);
  }

  private static List<String> ids(List<Pick> picks) {
    return picks.stream().map(p -> p.intervention().id().slug()).toList();
  }

  @Test
  void recommend_safetyRaised_putsSafetySupportFirstAndNoCoupleWork() {
    Situation safety = situation(true, PartnerEngagement.WILLING, false, true, Ids.SAFETY_CONCERN);

    List<Pick> picks = recommender.recommend(safety, everything());

    assertEquals("safety-support", ids(picks).get(0));
    assertEquals(Optional.of(Ids.SAFETY_RULE), picks.get(0).rule());
    assertEquals(1.0, picks.get(0).score());
    assertTrue(picks.stream().noneMatch(p -> p.intervention().who() == Who.COUPLE), ids(picks).toString());
    assertFalse(ids(picks).contains("couples-therapy"));
    assertTrue(ids(picks).contains("individual-therapy"));
  }

  @Test
  void recommend_leakyKnowledgeBaseWithSafetyRaised_stillKeepsCouplesTherapyAndCoupleHabitsOut() {
    Recommender leaky = new Recommender(Fixtures.leakyKb(), 20, 20);
    Situation safety = situation(true, PartnerEngagement.WILLING, false, true, Ids.SAFETY_CONCERN);

    List<Pick> picks = leaky.recommend(safety, everything());

    assertEquals("safety-support", ids(picks).get(0));
    assertFalse(ids(picks).contains("couples-therapy"));
    assertFalse(ids(picks).contains("gentle-touch"));
  }

  @Test
  void safetyGate_picksThatSlippedThrough_areRemovedAndSafetySupportPutFirst() {
    Pick support = new Pick(kb.require(Ids.SAFETY_SUPPORT), 1.0, Optional.of(Ids.SAFETY_RULE), false, 1);
    List<Pick> slipped =
        List.of(
            new Pick(kb.require(iv("gentle-touch")), 0.9, Optional.empty(), false, 3),
            new Pick(kb.require(iv("couples-therapy")), 0.9, Optional.empty(), false, 2),
            new Pick(kb.require(iv("self-care")), 0.5, Optional.empty(), false, 1),
            support);
    Situation safety = situation(true, PartnerEngagement.UNSURE, false, false, Ids.SAFETY_CONCERN);

    List<Pick> kept = SafetyGate.enforce(slipped, safety, support);

    assertEquals(List.of("safety-support", "self-care"), ids(kept));
  }

  @Test
  void recommend_noSafetyConcern_neverSuggestsSafetySupport() {
    Situation calm = situation(false, PartnerEngagement.WILLING, false, true, Ids.EMOTIONAL_NEGLECT);

    List<Pick> picks = new Recommender(kb, 50, 50).recommend(calm, everything());

    assertFalse(ids(picks).contains("safety-support"));
  }

  @Test
  void recommend_unwillingPartner_keepsOnlyWhatIsDoneAloneOrWithAProfessional() {
    Situation unwilling = situation(false, PartnerEngagement.UNWILLING, false, true, Ids.PARTNER_UNWILLING);

    List<Pick> picks = new Recommender(Fixtures.leakyKb(), 50, 50).recommend(unwilling, everything());

    assertTrue(picks.stream().allMatch(p -> p.intervention().who() != Who.COUPLE), ids(picks).toString());
    assertFalse(ids(picks).contains("couples-therapy"));
    assertTrue(ids(picks).contains("individual-therapy"));
  }

  @Test
  void recommend_partnerWantsToLeave_followsThePlaybookOrderWithoutWarmth() {
    Situation leaving = situation(false, PartnerEngagement.UNSURE, true, false, Ids.PARTNER_WANTS_TO_LEAVE);

    List<Pick> picks = recommender.recommend(leaving, Map.of(SignId.of("partner-wants-to-leave"), 1.0));

    assertEquals(
        List.of("step-back-and-breathe", "self-care", "self-reflection", "empathetic-inquiry",
            "give-space", "set-boundaries"),
        ids(picks));
    assertEquals(List.of(1, 1, 2, 3, 3, 4), picks.stream().map(Pick::week).toList());
  }

  @Test
  void recommend_partnerWantsToLeaveButIsOpen_offersWarmthInTheSourcesPlace() {
    Situation leaving = situation(false, PartnerEngagement.WILLING, true, false, Ids.PARTNER_WANTS_TO_LEAVE);

    List<Pick> picks = recommender.recommend(leaving, Map.of(SignId.of("partner-wants-to-leave"), 1.0));

    assertEquals(
        List.of("step-back-and-breathe", "self-care", "self-reflection", "empathetic-inquiry",
            "give-space", "rekindle-romance", "set-boundaries"),
        ids(picks));
  }

  @Test
  void recommend_partnerWantsToLeaveAndIsUnwilling_keepsOnlyWhatThePersonDoesAlone() {
    Situation leaving = situation(false, PartnerEngagement.UNWILLING, true, true, Ids.PARTNER_WANTS_TO_LEAVE);

    List<Pick> picks = recommender.recommend(leaving, Map.of(SignId.of("partner-wants-to-leave"), 1.0));

    assertEquals(
        List.of("step-back-and-breathe", "self-care", "self-reflection", "set-boundaries",
            "individual-therapy"),
        ids(picks));
  }

  @Test
  void recommend_thoughtsOfSelfHarm_leaveOutWhatIsContraindicatedForThem() {
    Situation crisis = new Situation(true, true, PartnerEngagement.UNSURE, true, true, Ids.SAFETY_CONCERN);

    List<Pick> picks = new Recommender(kb, 50, 50).recommend(crisis, everything());

    assertFalse(ids(picks).contains("self-reflection"));
    assertEquals("safety-support", ids(picks).get(0));
  }

  @Test
  void recommend_kindCap_keepsOneKindFromCrowdingOutTheRest() {
    Situation calm = situation(false, PartnerEngagement.WILLING, false, false, Ids.EMOTIONAL_NEGLECT);

    List<Pick> picks = new Recommender(kb, 50, 1).recommend(calm, everything());

    Map<InterventionKind, Long> perKind =
        picks.stream().collect(Collectors.groupingBy(p -> p.intervention().kind(), Collectors.counting()));
    assertTrue(perKind.values().stream().allMatch(n -> n == 1), perKind.toString());
    assertEquals(InterventionKind.values().length, perKind.size());
  }

  @Test
  void recommend_totalCap_limitsTheNumber() {
    Situation calm = situation(false, PartnerEngagement.WILLING, false, false, Ids.EMOTIONAL_NEGLECT);

    List<Pick> picks = new Recommender(kb, 4, 3).recommend(calm, everything());

    assertEquals(4, picks.size());
  }

  @Test
  void recommend_strongDistress_bringsInIndividualAndCouplesTherapy() {
    Situation distress = situation(false, PartnerEngagement.UNSURE, false, true, Ids.EMOTIONAL_NEGLECT);

    List<Pick> picks = recommender.recommend(distress, Map.of(SignId.of("dismissed-bids"), 1.0));

    Set<String> ruled =
        picks.stream()
            .filter(p -> p.rule().equals(Optional.of(Ids.DISTRESS_RULE)))
            .map(p -> p.intervention().id().slug())
            .collect(Collectors.toSet());
    assertEquals(Set.of("individual-therapy", "couples-therapy"), ruled);
    assertTrue(picks.stream().filter(p -> p.rule().isPresent()).allMatch(p -> p.score() >= 0.6));
  }

  @Test
  void recommend_order_isByStageThenBestFitWithTheStagesWeek() {
    Situation calm = situation(false, PartnerEngagement.WILLING, false, false, Ids.EMOTIONAL_NEGLECT);

    List<Pick> picks = recommender.recommend(calm, everything());

    for (int i = 1; i < picks.size(); i++) {
      Pick before = picks.get(i - 1);
      Pick after = picks.get(i);
      int stages = before.intervention().stage().compareTo(after.intervention().stage());
      assertTrue(stages < 0 || (stages == 0 && before.score() >= after.score()), ids(picks).toString());
    }
    assertTrue(picks.stream().allMatch(p -> p.week() == p.intervention().stage().ordinal() + 1));
  }

  @Test
  void fit_isTheMeanOfTheThreeStrongestContributions() {
    Map<EntityId<?>, Double> presence =
        Map.of(NeedId.of("being-heard"), 0.5, SignId.of("dismissed-bids"), 0.25);

    double fit = recommender.fit(kb.require(iv("active-listening")), presence);

    assertEquals((1.0 * 0.5 + 0.8 * 0.25) / 3, fit, 1e-12);
  }

  @Test
  void recommend_playbookSteps_comeBeforeBetterFitsFromElsewhere() {
    Situation stress = situation(false, PartnerEngagement.WILLING, false, false, Ids.WITHDRAWN_UNDER_STRESS);
    Map<EntityId<?>, Double> presence = new HashMap<>(everything());
    presence.put(dev.rapport.core.CauseId.of("work-stress"), 0.0);

    List<Pick> picks = new Recommender(kb, 1, 3).recommend(stress, presence);

    assertEquals(List.of("create-emotional-safety"), ids(picks));
    assertTrue(picks.get(0).inPlaybook());
  }

  @Test
  void recommend_placeAfterThePlaybook_goesToTheBestFittingIntervention() {
    Situation stress =
        situation(false, PartnerEngagement.WILLING, false, false, Ids.WITHDRAWN_UNDER_STRESS);
    Map<EntityId<?>, Double> presence =
        Map.of(NeedId.of("quality-time"), 1.0, NeedId.of("affection"), 0.5);

    List<Pick> picks = new Recommender(kb, 2, 3).recommend(stress, presence);

    // date night fits best (1.0 / 3), ahead of a gentle touch (0.5 / 3) and romance (0.4 / 3)
    assertEquals(List.of("create-emotional-safety", "date-night"), ids(picks));
  }

  @Test
  void recommend_safetyRaised_bringsInSupportOfYourOwn() {
    Situation safety = situation(true, PartnerEngagement.UNSURE, false, false, Ids.SAFETY_CONCERN);

    List<Pick> picks = recommender.recommend(safety, Map.of(SignId.of("lonely-together"), 0.25));

    assertEquals(List.of("safety-support", "individual-therapy"), ids(picks).subList(0, 2));
    assertEquals(Optional.of(Ids.SAFETY_RULE), picks.get(1).rule());
  }
}
