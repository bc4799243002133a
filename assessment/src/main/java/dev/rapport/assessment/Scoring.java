package dev.rapport.assessment;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.Relation;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3: scores the signs, the needs behind them, and the connection index.
 *
 * <p>Safety signs are left out of every score here: they feed the safety screen alone, so that
 * nothing outside the private safety section reflects a safety answer.
 *
 * <ul>
 *   <li>A sign's score is its intensity (0..4) divided by 4.
 *   <li>A need's score (its deficit) is the mean of the scores of the assessed signs that point to
 *       it, weighted by their relations. A need with no assessed sign has no score.
 *   <li>Strengths are needs scored at most {@value #STRENGTH_AT_MOST}; growth areas at least
 *       {@value #GROWTH_AT_LEAST}.
 *   <li>The connection index is {@code 100 * (1 - distress)}, rounded, where distress blends the
 *       mean of the {@value #TOP} highest sign intensities (weight {@value #TOP_WEIGHT}) with the
 *       mean intensity over every non-safety sign of the knowledge base, unassessed ones counting
 *       as 0 (weight {@value #MEAN_WEIGHT}). Both terms only grow when any intensity grows, so the
 *       index never rises when a sign grows more intense; the top term keeps a few intense signs
 *       from being diluted when only some signs are answered.
 * </ul>
 */
final class Scoring {
  static final double STRENGTH_AT_MOST = 0.25;
  static final double GROWTH_AT_LEAST = 0.5;
  static final int TOP = 5;
  static final double TOP_WEIGHT = 0.7;
  static final double MEAN_WEIGHT = 0.3;

  /** The scores, unrounded where later steps compute with them, and in report form. */
  record Scores(
      Map<SignId, Double> signs,
      Map<NeedId, Double> needs,
      List<SignScore> signScores,
      List<NeedScore> needScores,
      List<NeedId> strengths,
      List<NeedId> growthAreas,
      int connectionIndex,
      Band band,
      int almostAlways) {}

  private final KnowledgeBase kb;
  private final List<Sign> everydaySigns;

  Scoring(KnowledgeBase kb) {
    this.kb = kb;
    this.everydaySigns = kb.signs().stream().filter(s -> !s.safety()).toList();
  }

  Scores score(ValidInput input) {
    Map<SignId, Double> signs = new HashMap<>();
    List<Integer> intensities = new ArrayList<>();
    int almostAlways = 0;
    for (Sign sign : everydaySigns) {
      Integer intensity = input.intensities().get(sign.id());
      if (intensity != null) {
        signs.put(sign.id(), intensity / 4.0);
        intensities.add(intensity);
        if (intensity == Scale.FREQUENCY.max()) {
          almostAlways++;
        }
      }
    }
    List<SignScore> signScores =
        signs.entrySet().stream()
            .map(e -> new SignScore(e.getKey(), Values.round(e.getValue())))
            .sorted(
                Comparator.comparingDouble(SignScore::score)
                    .reversed()
                    .thenComparing(SignScore::id))
            .toList();

    Map<NeedId, Double> needs = new HashMap<>();
    for (Need need : kb.needs()) {
      double weighted = 0;
      double weights = 0;
      for (Relation relation : kb.signsShowing(need.id())) {
        Double score = relation.from() instanceof SignId sign ? signs.get(sign) : null;
        if (score != null) {
          weighted += relation.weight() * score;
          weights += relation.weight();
        }
      }
      if (weights > 0) {
        needs.put(need.id(), Values.round(Math.min(1, weighted / weights)));
      }
    }
    List<NeedScore> needScores =
        needs.entrySet().stream()
            .map(e -> new NeedScore(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingDouble(NeedScore::score)
                    .reversed()
                    .thenComparing(NeedScore::id))
            .toList();
    List<NeedId> strengths =
        needScores.stream()
            .filter(n -> n.score() <= STRENGTH_AT_MOST)
            .sorted(Comparator.comparingDouble(NeedScore::score).thenComparing(NeedScore::id))
            .map(NeedScore::id)
            .toList();
    List<NeedId> growthAreas =
        needScores.stream().filter(n -> n.score() >= GROWTH_AT_LEAST).map(NeedScore::id).toList();

    int index = connectionIndex(intensities, everydaySigns.size());
    return new Scores(
        signs,
        needs,
        signScores,
        needScores,
        strengths,
        growthAreas,
        index,
        Band.of(index),
        almostAlways);
  }

  /**
   * The connection index from whole-number intensities. Computed from integer sums so that raising
   * any intensity can only raise both sums, and every later operation is monotone.
   */
  static int connectionIndex(List<Integer> intensities, int signCount) {
    if (signCount == 0) {
      return 100;
    }
    List<Integer> sorted = new ArrayList<>(intensities);
    sorted.sort(Collections.reverseOrder());
    int top = Math.min(TOP, signCount);
    int topSum = 0;
    for (int i = 0; i < Math.min(top, sorted.size()); i++) {
      topSum += sorted.get(i);
    }
    int sum = 0;
    for (int intensity : intensities) {
      sum += intensity;
    }
    double distress =
        TOP_WEIGHT * topSum / (4.0 * top) + MEAN_WEIGHT * sum / (4.0 * signCount);
    long index = Math.round(100 - 100 * distress);
    return (int) Math.max(0, Math.min(100, index));
  }
}
