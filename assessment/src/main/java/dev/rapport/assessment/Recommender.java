package dev.rapport.assessment;

import dev.rapport.core.Condition;
import dev.rapport.core.EntityId;
import dev.rapport.core.Intervention;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Who;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 *
 * <p>Works on the {@link Model}'s indexes: an intervention's fit reads its relations' weights and
 * the presence array, and whether it is allowed is a test of its contraindication bits.
 */
final class Recommender {
  static final int STRONGEST = 3;
  static final double RULE_SCORE = 0.6;

  private static final Optional<String> SAFETY_RULE = Optional.of(Ids.SAFETY_RULE);
  private static final Optional<String> DISTRESS_RULE = Optional.of(Ids.DISTRESS_RULE);
  private static final Comparator<Pick> PLAN_ORDER =
      Comparator.<Pick>comparingInt(p -> p.intervention().id().equals(Ids.SAFETY_SUPPORT) ? 0 : 1)
          .thenComparing(p -> p.intervention().stage())
          .thenComparing(Comparator.comparingDouble(Pick::score).reversed())
          .thenComparing(p -> p.intervention().id());

  private final Model model;
  private final int maxTotal;
  private final int maxPerKind;

  Recommender(KnowledgeBase kb, int maxTotal, int maxPerKind) {
    this(Model.of(kb), maxTotal, maxPerKind);
  }

  Recommender(Model model, int maxTotal, int maxPerKind) {
    this.model = model;
    this.maxTotal = maxTotal;
    this.maxPerKind = maxPerKind;
  }

  List<Pick> recommend(Situation situation, Map<EntityId<?>, Double> presence) {
    return recommend(situation, model.presence(presence));
  }

  /** Recommends from the presence of every sign, need and cause, as {@link Model} lays it out. */
  List<Pick> recommend(Situation situation, double[] presence) {
    Model.Playbook playbook = model.playbooks.get(situation.scenario());
    int conditions = conditions(situation);
    int safety = model.safetySupport;
    Pick safetySupport =
        new Pick(
            safety >= 0 ? model.interventions[safety] : model.kb.require(Ids.SAFETY_SUPPORT),
            1.0,
            SAFETY_RULE,
            inPlaybook(playbook, safety),
            1);
    List<Pick> picks;
    if (situation.scenario().equals(Ids.PARTNER_WANTS_TO_LEAVE) && playbook != null) {
      picks = leavingPlan(playbook, situation, conditions, presence);
    } else {
      picks = ranked(situation, conditions, presence, playbook, safetySupport);
    }
    return SafetyGate.enforce(picks, situation, safetySupport);
  }

  private List<Pick> ranked(
      Situation situation,
      int conditions,
      double[] presence,
      Model.Playbook playbook,
      Pick safetySupport) {
    List<Pick> chosen = new ArrayList<>(maxTotal + 3);
    if (situation.safety()) {
      chosen.add(safetySupport);
      Pick therapy =
          rulePick(model.individualTherapy, SAFETY_RULE, situation, conditions, presence, playbook);
      if (therapy != null) {
        chosen.add(therapy);
      }
    }
    distressPicks(situation, conditions, presence, playbook, chosen);

    int count = model.interventions.length;
    int[] candidates = new int[count];
    double[] scores = new double[count];
    boolean[] preferred = new boolean[count];
    int size = 0;
    for (int i = 0; i < count; i++) {
      if (!allowed(i, situation, conditions) || contains(chosen, i)) {
        continue;
      }
      double score = fit(i, presence);
      preferred[i] = preferred(model.interventions[i], inPlaybook(playbook, i));
      if (score > 0 || preferred[i]) {
        scores[i] = score;
        candidates[size++] = i;
      }
    }
    // Playbook steps first, then best fit, ties by id: a stable sort of indexes in id order.
    for (int c = 1; c < size; c++) {
      int moving = candidates[c];
      int j = c - 1;
      while (j >= 0 && ranksBefore(moving, candidates[j], preferred, scores)) {
        candidates[j + 1] = candidates[j];
        j--;
      }
      candidates[j + 1] = moving;
    }
    int[] perKind = new int[InterventionKind.values().length];
    for (Pick pick : chosen) {
      perKind[pick.intervention().kind().ordinal()]++;
    }
    for (int c = 0; c < size && chosen.size() < maxTotal; c++) {
      int i = candidates[c];
      int kind = model.interventions[i].kind().ordinal();
      if (perKind[kind] >= maxPerKind) {
        continue;
      }
      perKind[kind]++;
      chosen.add(
          new Pick(model.interventions[i], scores[i], Optional.empty(), inPlaybook(playbook, i), 1));
    }
    chosen.sort(PLAN_ORDER);
    for (int p = 0; p < chosen.size(); p++) {
      Pick pick = chosen.get(p);
      int week =
          pick.intervention().id().equals(Ids.SAFETY_SUPPORT)
              ? 1
              : pick.intervention().stage().ordinal() + 1;
      if (pick.week() != week) {
        chosen.set(p, pick.withWeek(week));
      }
    }
    return chosen;
  }

  private static boolean ranksBefore(int i, int other, boolean[] preferred, double[] scores) {
    if (preferred[i] != preferred[other]) {
      return preferred[i];
    }
    int order = Double.compare(scores[other], scores[i]);
    return order < 0 || (order == 0 && i < other);
  }

  /** A playbook step done alone or together; professional help is not preferred by playbook. */
  private static boolean preferred(Intervention intervention, boolean inPlaybook) {
    return inPlaybook && intervention.who() != Who.PROFESSIONAL;
  }

  private List<Pick> leavingPlan(
      Model.Playbook playbook, Situation situation, int conditions, double[] presence) {
    List<Pick> ordered = new ArrayList<>(playbook.order().length + 2);
    for (int i : playbook.order()) {
      if (allowed(i, situation, conditions)) {
        ordered.add(new Pick(model.interventions[i], fit(i, presence), Optional.empty(), true, 1));
      }
    }
    distressPicks(situation, conditions, presence, playbook, ordered);
    for (int i = 0; i < ordered.size(); i++) {
      ordered.set(i, ordered.get(i).withWeek(1 + i * Week.PLAN_WEEKS / ordered.size()));
    }
    return ordered;
  }

  /** Adds the picks strong distress brings in to {@code picks}, skipping any already there. */
  private void distressPicks(
      Situation situation,
      int conditions,
      double[] presence,
      Model.Playbook playbook,
      List<Pick> picks) {
    if (!situation.strongDistress()) {
      return;
    }
    Pick therapy =
        rulePick(model.individualTherapy, DISTRESS_RULE, situation, conditions, presence, playbook);
    if (therapy != null && !contains(picks, model.individualTherapy)) {
      picks.add(therapy);
    }
    boolean partnerOpen =
        !situation.leaving() || situation.engagement() == PartnerEngagement.WILLING;
    if (!situation.safety()
        && situation.engagement() != PartnerEngagement.UNWILLING
        && partnerOpen) {
      Pick couples =
          rulePick(model.couplesTherapy, DISTRESS_RULE, situation, conditions, presence, playbook);
      if (couples != null && !contains(picks, model.couplesTherapy)) {
        picks.add(couples);
      }
    }
  }

  /** The pick a rule brings in, or null when the knowledge base lacks it or it is not allowed. */
  private Pick rulePick(
      int intervention,
      Optional<String> rule,
      Situation situation,
      int conditions,
      double[] presence,
      Model.Playbook playbook) {
    if (intervention < 0 || !allowed(intervention, situation, conditions)) {
      return null;
    }
    return new Pick(
        model.interventions[intervention],
        Math.max(RULE_SCORE, fit(intervention, presence)),
        rule,
        inPlaybook(playbook, intervention),
        1);
  }

  /**
   * Whether an intervention passes the filters; {@code conditions} holds the bits of the
   * contraindication conditions that rule an intervention out here.
   */
  private boolean allowed(int intervention, Situation situation, int conditions) {
    if (intervention == model.safetySupport) {
      return situation.safety();
    }
    if (situation.safety() && model.excludedForSafety[intervention]) {
      return false;
    }
    if (situation.engagement() == PartnerEngagement.UNWILLING
        && model.excludedForUnwilling[intervention]) {
      return false;
    }
    return (model.contraindications[intervention] & conditions) == 0;
  }

  /** The bits of the conditions that hold and rule out what is contraindicated in them. */
  private static int conditions(Situation situation) {
    int bits = 0;
    for (Condition condition : situation.conditions()) {
      // Warmth where the partner wants out is offered only where it is welcome.
      boolean welcome =
          condition == Condition.PARTNER_WANTS_TO_LEAVE
              && situation.engagement() == PartnerEngagement.WILLING;
      if (!welcome) {
        bits |= Model.bit(condition);
      }
    }
    return bits;
  }

  double fit(Intervention intervention, Map<EntityId<?>, Double> presence) {
    return fit(model.intervention(intervention), model.presence(presence));
  }

  /**
   * The mean of the {@value #STRONGEST} strongest contributions, added strongest first as a sum
   * over the sorted contributions would add them, so the result has the same bits.
   */
  double fit(int intervention, double[] presence) {
    int[] targets = model.targetPresence[intervention];
    double[] weights = model.targetWeights[intervention];
    double first = 0;
    double second = 0;
    double third = 0;
    for (int k = 0; k < targets.length; k++) {
      double contribution = weights[k] * presence[targets[k]];
      if (k == 0 || contribution > first) {
        third = second;
        second = first;
        first = contribution;
      } else if (k == 1 || contribution > second) {
        third = second;
        second = contribution;
      } else if (k == 2 || contribution > third) {
        third = contribution;
      }
    }
    double sum = 0;
    if (targets.length > 0) {
      sum += first;
    }
    if (targets.length > 1) {
      sum += second;
    }
    if (targets.length > 2) {
      sum += third;
    }
    return Math.max(0, Math.min(1, sum / STRONGEST));
  }

  private static boolean inPlaybook(Model.Playbook playbook, int intervention) {
    return playbook != null && intervention >= 0 && playbook.contains()[intervention];
  }

  private boolean contains(List<Pick> picks, int intervention) {
    if (intervention < 0) {
      return false;
    }
    for (int p = 0; p < picks.size(); p++) {
      if (picks.get(p).intervention().id().equals(model.interventions[intervention].id())) {
        return true;
      }
    }
    return false;
  }
}
