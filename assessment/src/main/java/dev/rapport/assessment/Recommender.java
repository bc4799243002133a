package dev.rapport.assessment;

import dev.rapport.core.Condition;
import dev.rapport.core.EntityId;
import dev.rapport.core.Intervention;
import dev.rapport.core.InterventionId;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.PlaybookStep;
import dev.rapport.core.Scenario;
import dev.rapport.core.Who;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step 6: chooses the interventions, filters them for safety and engagement, diversifies them,
 * and orders them into stages and weeks.
 *
 * <ul>
 *   <li><b>Fit.</b> An intervention's score is the mean of its {@value #STRONGEST} strongest
 *       contributions, each the weight of a relation to what it addresses times how present that
 *       is (a sign's score, a need's deficit, a cause's likelihood; safety signs and causes count
 *       as 0). It only grows when anything grows more present, and stays in [0, 1].
 *   <li><b>Filters.</b> With a raised safety level: no intervention done as a couple, none
 *       contraindicated for a safety concern, not {@code couples-therapy}. With thoughts of
 *       self-harm: none contraindicated for that risk. With an unwilling partner: only what a
 *       person does alone or with a professional, none contraindicated for an unwilling partner,
 *       not {@code couples-therapy}. When the partner wants to leave: what is contraindicated for
 *       that (warmth, romance, pressing for talks) only where the partner is open to it, that is
 *       {@code WILLING}. {@code safety-support} only with a raised safety level.
 *   <li><b>Rules.</b> A raised safety level puts {@code safety-support} first (score 1) and brings
 *       in {@code individual-therapy}. Strong or lasting distress brings in {@code
 *       individual-therapy}, and {@code couples-therapy} where the filters allow it and a partner
 *       who wants to leave is willing. Rule-made items score at least {@value #RULE_SCORE}.
 *   <li><b>Choice.</b> Then the steps of the scenario's playbook (those done alone or together;
 *       professional help comes by rule or by fit), best fit first, then everything else that fits,
 *       best first, ties by id; at most the per-kind cap of each {@link InterventionKind}, up to
 *       the total cap.
 *   <li><b>Order.</b> {@code safety-support} first, then by {@link dev.rapport.core.Stage}, best
 *       fit first, ties by id; the week is the stage's (1 to 4). When the partner wants to leave,
 *       the scenario's playbook order instead: only its steps that pass the filters, in the
 *       source's order, then professional help; spread over the four weeks in that order. Nothing
 *       else is added there, so the plan never coaches pursuit.
 * </ul>
 */
final class Recommender {
  static final int STRONGEST = 3;
  static final double RULE_SCORE = 0.6;

  private final KnowledgeBase kb;
  private final int maxTotal;
  private final int maxPerKind;

  Recommender(KnowledgeBase kb, int maxTotal, int maxPerKind) {
    this.kb = kb;
    this.maxTotal = maxTotal;
    this.maxPerKind = maxPerKind;
  }

  List<Pick> recommend(Situation situation, Map<EntityId<?>, Double> presence) {
    Set<InterventionId> playbook = playbook(situation);
    Pick safetySupport =
        new Pick(
            kb.require(Ids.SAFETY_SUPPORT),
            1.0,
            Optional.of(Ids.SAFETY_RULE),
            playbook.contains(Ids.SAFETY_SUPPORT),
            1);
    List<Pick> picks;
    Optional<Scenario> leaving =
        situation.scenario().equals(Ids.PARTNER_WANTS_TO_LEAVE)
            ? kb.find(Ids.PARTNER_WANTS_TO_LEAVE)
            : Optional.empty();
    if (leaving.isPresent()) {
      picks = leavingPlan(leaving.get(), situation, presence, playbook);
    } else {
      picks = ranked(situation, presence, playbook, safetySupport);
    }
    return SafetyGate.enforce(picks, situation, safetySupport);
  }

  private List<Pick> ranked(
      Situation situation,
      Map<EntityId<?>, Double> presence,
      Set<InterventionId> playbook,
      Pick safetySupport) {
    List<Pick> chosen = new ArrayList<>();
    if (situation.safety()) {
      chosen.add(safetySupport);
      rulePick(Ids.INDIVIDUAL_THERAPY, Ids.SAFETY_RULE, situation, presence, playbook)
          .ifPresent(chosen::add);
    }
    for (Pick pick : distressPicks(situation, presence, playbook)) {
      if (!contains(chosen, pick.intervention().id())) {
        chosen.add(pick);
      }
    }
    List<Pick> candidates = new ArrayList<>();
    for (Intervention intervention : kb.interventions()) {
      if (!allowed(intervention, situation) || contains(chosen, intervention.id())) {
        continue;
      }
      double score = fit(intervention, presence);
      boolean step = playbook.contains(intervention.id());
      if (score > 0 || preferred(intervention, step)) {
        candidates.add(new Pick(intervention, score, Optional.empty(), step, 1));
      }
    }
    candidates.sort(
        Comparator.<Pick>comparingInt(p -> preferred(p.intervention(), p.inPlaybook()) ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Pick::score).reversed())
            .thenComparing(p -> p.intervention().id()));
    Map<InterventionKind, Integer> perKind = new EnumMap<>(InterventionKind.class);
    chosen.forEach(p -> perKind.merge(p.intervention().kind(), 1, Integer::sum));
    for (Pick candidate : candidates) {
      if (chosen.size() >= maxTotal) {
        break;
      }
      InterventionKind kind = candidate.intervention().kind();
      if (perKind.getOrDefault(kind, 0) >= maxPerKind) {
        continue;
      }
      perKind.merge(kind, 1, Integer::sum);
      chosen.add(candidate);
    }
    Comparator<Pick> planOrder =
        Comparator.<Pick>comparingInt(p -> p.intervention().id().equals(Ids.SAFETY_SUPPORT) ? 0 : 1)
            .thenComparing(p -> p.intervention().stage())
            .thenComparing(Comparator.comparingDouble(Pick::score).reversed())
            .thenComparing(p -> p.intervention().id());
    return chosen.stream()
        .sorted(planOrder)
        .map(
            p ->
                p.withWeek(
                    p.intervention().id().equals(Ids.SAFETY_SUPPORT)
                        ? 1
                        : p.intervention().stage().ordinal() + 1))
        .toList();
  }

  /** A playbook step done alone or together; professional help is not preferred by playbook. */
  private static boolean preferred(Intervention intervention, boolean inPlaybook) {
    return inPlaybook && intervention.who() != Who.PROFESSIONAL;
  }

  private List<Pick> leavingPlan(
      Scenario scenario,
      Situation situation,
      Map<EntityId<?>, Double> presence,
      Set<InterventionId> playbook) {
    List<Pick> ordered = new ArrayList<>();
    for (PlaybookStep step : scenario.playbook()) {
      for (InterventionId id : step.interventions()) {
        Optional<Intervention> intervention = kb.find(id);
        if (intervention.isPresent()
            && allowed(intervention.get(), situation)
            && !contains(ordered, id)) {
          ordered.add(
              new Pick(
                  intervention.get(),
                  fit(intervention.get(), presence),
                  Optional.empty(),
                  true,
                  1));
        }
      }
    }
    for (Pick pick : distressPicks(situation, presence, playbook)) {
      if (!contains(ordered, pick.intervention().id())) {
        ordered.add(pick);
      }
    }
    List<Pick> weeks = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      weeks.add(ordered.get(i).withWeek(1 + i * Week.PLAN_WEEKS / ordered.size()));
    }
    return weeks;
  }

  private List<Pick> distressPicks(
      Situation situation, Map<EntityId<?>, Double> presence, Set<InterventionId> playbook) {
    List<Pick> picks = new ArrayList<>();
    if (!situation.strongDistress()) {
      return picks;
    }
    rulePick(Ids.INDIVIDUAL_THERAPY, Ids.DISTRESS_RULE, situation, presence, playbook)
        .ifPresent(picks::add);
    boolean partnerOpen =
        !situation.leaving() || situation.engagement() == PartnerEngagement.WILLING;
    if (!situation.safety()
        && situation.engagement() != PartnerEngagement.UNWILLING
        && partnerOpen) {
      rulePick(Ids.COUPLES_THERAPY, Ids.DISTRESS_RULE, situation, presence, playbook)
          .ifPresent(picks::add);
    }
    return picks;
  }

  private Optional<Pick> rulePick(
      InterventionId id,
      String rule,
      Situation situation,
      Map<EntityId<?>, Double> presence,
      Set<InterventionId> playbook) {
    return kb.find(id)
        .filter(intervention -> allowed(intervention, situation))
        .map(
            intervention ->
                new Pick(
                    intervention,
                    Math.max(RULE_SCORE, fit(intervention, presence)),
                    Optional.of(rule),
                    playbook.contains(id),
                    1));
  }

  boolean allowed(Intervention intervention, Situation situation) {
    if (intervention.id().equals(Ids.SAFETY_SUPPORT)) {
      return situation.safety();
    }
    if (situation.safety() && SafetyGate.excludedForSafety(intervention)) {
      return false;
    }
    if (situation.engagement() == PartnerEngagement.UNWILLING
        && SafetyGate.excludedForUnwilling(intervention)) {
      return false;
    }
    for (Condition condition : situation.conditions()) {
      // Warmth where the partner wants out is offered only where it is welcome.
      boolean welcome =
          condition == Condition.PARTNER_WANTS_TO_LEAVE
              && situation.engagement() == PartnerEngagement.WILLING;
      if (!welcome && intervention.isContraindicatedIn(condition)) {
        return false;
      }
    }
    return true;
  }

  double fit(Intervention intervention, Map<EntityId<?>, Double> presence) {
    double[] contributions =
        kb.addressedBy(intervention.id()).stream()
            .mapToDouble(r -> r.weight() * presence.getOrDefault(r.to(), 0.0))
            .sorted()
            .toArray();
    double sum = 0;
    for (int i = 0; i < STRONGEST && i < contributions.length; i++) {
      sum += contributions[contributions.length - 1 - i];
    }
    return Math.max(0, Math.min(1, sum / STRONGEST));
  }

  private Set<InterventionId> playbook(Situation situation) {
    Set<InterventionId> ids = new LinkedHashSet<>();
    kb.find(situation.scenario())
        .ifPresent(s -> s.playbook().forEach(step -> ids.addAll(step.interventions())));
    return ids;
  }

  private static boolean contains(List<Pick> picks, InterventionId id) {
    return picks.stream().anyMatch(p -> p.intervention().id().equals(id));
  }
}
