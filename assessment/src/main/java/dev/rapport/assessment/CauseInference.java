package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Relation;
import dev.rapport.core.SignId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 4: infers the likely causes from the signs and the context answers.
 *
 * <p>For each cause that is not a safety cause: its sign evidence is the mean of the scores of
 * the non-safety signs it tends to produce, weighted by the cause-to-sign relations, unassessed
 * signs counting as 0. Said to be present, its likelihood is {@code 0.5 + 0.5 * evidence}; answered
 * "no", {@code 0.5 * evidence}; otherwise the evidence itself. Causes below {@value
 * #LEAST_LIKELIHOOD} are left out unless said to be present. Most likely first, ties by id.
 *
 * <p>Safety causes (abuse) are left out: the safety screen handles them, privately.
 */
final class CauseInference {
  static final double LEAST_LIKELIHOOD = 0.1;
  static final double CONTEXT_SHARE = 0.5;

  private final Model model;

  CauseInference(KnowledgeBase kb) {
    this(Model.of(kb));
  }

  CauseInference(Model model) {
    this.model = model;
  }

  /** Infers the causes from sign scores given as a map, unscored signs counting as 0. */
  List<LikelyCause> infer(ValidInput input, Map<SignId, Double> signs) {
    double[] scores = new double[model.signCount()];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = signs.getOrDefault(model.signs[s].id(), 0.0);
    }
    return infer(input, scores);
  }

  List<LikelyCause> infer(ValidInput input, Scoring.Scores scores) {
    double[] signs = new double[model.signCount()];
    for (int s = 0; s < signs.length; s++) {
      signs[s] = Math.max(0, scores.sign(s));
    }
    return infer(input, signs);
  }

  /** Infers the causes from the score of every sign by index, 0 for an unscored one. */
  private List<LikelyCause> infer(ValidInput input, double[] signs) {
    LikelyCause[] causes = new LikelyCause[model.everydayCauses.length];
    int found = 0;
    int[] contributing = new int[8];
    for (int c : model.everydayCauses) {
      int[] produced = model.causeSigns[c];
      double[] weights = model.causeSignWeights[c];
      if (contributing.length < produced.length) {
        contributing = new int[produced.length];
      }
      int contributions = 0;
      double weighted = 0;
      double weightSum = 0;
      for (int k = 0; k < produced.length; k++) {
        double score = signs[produced[k]];
        weighted += weights[k] * score;
        weightSum += weights[k];
        if (score > 0) {
          contributing[contributions++] = k;
        }
      }
      double evidence = weightSum > 0 ? Math.min(1, weighted / weightSum) : 0;
      boolean present = input.isPresent(c);
      double likelihood;
      if (present) {
        likelihood = CONTEXT_SHARE + (1 - CONTEXT_SHARE) * evidence;
      } else if (input.isAbsent(c)) {
        likelihood = (1 - CONTEXT_SHARE) * evidence;
      } else {
        likelihood = evidence;
      }
      likelihood = Values.round(likelihood);
      if (!present && likelihood < LEAST_LIKELIHOOD) {
        continue;
      }
      // Strongest contribution first, ties by sign id (the signs' index order).
      for (int i = 1; i < contributions; i++) {
        int moving = contributing[i];
        int j = i - 1;
        while (j >= 0 && before(moving, contributing[j], produced, weights, signs)) {
          contributing[j + 1] = contributing[j];
          j--;
        }
        contributing[j + 1] = moving;
      }
      Link[] links = new Link[contributions + (present ? 1 : 0)];
      int next = 0;
      if (present) {
        links[next++] = model.contextLinks[c];
      }
      for (int i = 0; i < contributions; i++) {
        links[next++] = model.causeSignLinks[c][contributing[i]];
      }
      causes[found++] = new LikelyCause(model.causes[c].id(), likelihood, List.of(links));
    }
    // Most likely first, ties by id: a stable sort of the causes, which are in id order.
    for (int i = 1; i < found; i++) {
      LikelyCause moving = causes[i];
      int j = i - 1;
      while (j >= 0 && Double.compare(moving.likelihood(), causes[j].likelihood()) > 0) {
        causes[j + 1] = causes[j];
        j--;
      }
      causes[j + 1] = moving;
    }
    return List.of(Arrays.copyOf(causes, found));
  }

  /** Whether contribution {@code k} sorts before {@code other}: larger first, then by sign id. */
  private static boolean before(
      int k, int other, int[] produced, double[] weights, double[] signs) {
    int order =
        Double.compare(-weights[k] * signs[produced[k]], -weights[other] * signs[produced[other]]);
    return order < 0 || (order == 0 && produced[k] < produced[other]);
  }

  static Link contextLink(CauseId cause) {
    return new Link(
        new Node(NodeKind.CONTEXT, cause.slug()),
        new Node(NodeKind.CAUSE, cause.slug()),
        1.0,
        Optional.empty(),
        List.of());
  }

  /** The graph's cause-to-sign relation, read as the sign pointing to the cause. */
  static Link signToCause(Relation relation) {
    return new Link(
        new Node(NodeKind.SIGN, relation.to().slug()),
        new Node(NodeKind.CAUSE, relation.from().slug()),
        relation.weight(),
        Optional.of(relation.grounding()),
        relation.citations());
  }
}
