package dev.rapport.assessment;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.SignId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

  /** Marks a sign or need without a score in the arrays of {@link Scores}. */
  static final double NO_SCORE = -1;

  /** The scores: by index, unrounded where later steps compute with them, and in report form. */
  static final class Scores {
    private final Model model;
    private final double[] signs;
    private final double[] needs;
    private final List<SignScore> signScores;
    private final List<NeedScore> needScores;
    private final List<NeedId> strengths;
    private final List<NeedId> growthAreas;
    private final int connectionIndex;
    private final Band band;
    private final int almostAlways;

    private Scores(
        Model model,
        double[] signs,
        double[] needs,
        List<SignScore> signScores,
        List<NeedScore> needScores,
        List<NeedId> strengths,
        List<NeedId> growthAreas,
        int connectionIndex,
        int almostAlways) {
      this.model = model;
      this.signs = signs;
      this.needs = needs;
      this.signScores = signScores;
      this.needScores = needScores;
      this.strengths = strengths;
      this.growthAreas = growthAreas;
      this.connectionIndex = connectionIndex;
      this.band = Band.of(connectionIndex);
      this.almostAlways = almostAlways;
    }

    /** The score of a sign by index, {@link #NO_SCORE} for a safety or unassessed sign. */
    double sign(int sign) {
      return signs[sign];
    }

    /** The score of a sign, 0 when it has none. */
    double signOrZero(SignId sign) {
      int index = model.sign(sign);
      return index < 0 ? 0 : Math.max(0, signs[index]);
    }

    /** The rounded deficit of a need by index, {@link #NO_SCORE} when it has none. */
    double need(int need) {
      return needs[need];
    }

    /** The scored signs, unrounded. */
    Map<SignId, Double> signs() {
      Map<SignId, Double> view = new HashMap<>();
      for (int s = 0; s < signs.length; s++) {
        if (signs[s] != NO_SCORE) {
          view.put(model.signs[s].id(), signs[s]);
        }
      }
      return view;
    }

    /** The scored needs, rounded. */
    Map<NeedId, Double> needs() {
      Map<NeedId, Double> view = new HashMap<>();
      for (int n = 0; n < needs.length; n++) {
        if (needs[n] != NO_SCORE) {
          view.put(model.needs[n].id(), needs[n]);
        }
      }
      return view;
    }

    List<SignScore> signScores() {
      return signScores;
    }

    List<NeedScore> needScores() {
      return needScores;
    }

    List<NeedId> strengths() {
      return strengths;
    }

    List<NeedId> growthAreas() {
      return growthAreas;
    }

    int connectionIndex() {
      return connectionIndex;
    }

    Band band() {
      return band;
    }

    int almostAlways() {
      return almostAlways;
    }
  }

  private final Model model;

  Scoring(KnowledgeBase kb) {
    this(Model.of(kb));
  }

  Scoring(Model model) {
    this.model = model;
  }

  Scores score(ValidInput input) {
    int max = Scale.FREQUENCY.max();
    double[] signs = new double[model.signCount()];
    Arrays.fill(signs, NO_SCORE);
    int[] counts = new int[max + 1];
    int assessed = 0;
    for (int s : model.everydaySigns) {
      int intensity = input.intensityOf(s);
      if (intensity != ValidInput.NOT_ASSESSED) {
        signs[s] = intensity / 4.0;
        counts[intensity]++;
        assessed++;
      }
    }
    // Most present first, ties by id: the signs in id order, one intensity at a time.
    SignScore[] signScores = new SignScore[assessed];
    int next = 0;
    for (int intensity = max; intensity >= 0; intensity--) {
      for (int s : model.everydaySigns) {
        if (counts[intensity] > 0 && input.intensityOf(s) == intensity) {
          signScores[next++] = model.signScores[s][intensity];
        }
      }
    }

    int needCount = model.needs.length;
    double[] needs = new double[needCount];
    int[] scored = new int[needCount];
    int scoredCount = 0;
    for (int n = 0; n < needCount; n++) {
      double weighted = 0;
      double weights = 0;
      int[] showing = model.needSigns[n];
      double[] relationWeights = model.needSignWeights[n];
      for (int k = 0; k < showing.length; k++) {
        double score = signs[showing[k]];
        if (score != NO_SCORE) {
          weighted += relationWeights[k] * score;
          weights += relationWeights[k];
        }
      }
      if (weights > 0) {
        needs[n] = Values.round(Math.min(1, weighted / weights));
        scored[scoredCount++] = n;
      } else {
        needs[n] = NO_SCORE;
      }
    }
    // Most unmet first, ties by id: a stable sort of the needs, which are in id order.
    sortByScore(scored, scoredCount, needs, false);
    NeedScore[] needScores = new NeedScore[scoredCount];
    int[] strong = new int[scoredCount];
    int strengthCount = 0;
    List<NeedId> growthAreas = new ArrayList<>(scoredCount);
    for (int i = 0; i < scoredCount; i++) {
      int n = scored[i];
      needScores[i] = new NeedScore(model.needs[n].id(), needs[n]);
      if (needs[n] >= GROWTH_AT_LEAST) {
        growthAreas.add(model.needs[n].id());
      }
      if (needs[n] <= STRENGTH_AT_MOST) {
        strong[strengthCount++] = n;
      }
    }
    // Best met first, ties by id.
    Arrays.sort(strong, 0, strengthCount);
    sortByScore(strong, strengthCount, needs, true);
    NeedId[] strengths = new NeedId[strengthCount];
    for (int i = 0; i < strengthCount; i++) {
      strengths[i] = model.needs[strong[i]].id();
    }

    return new Scores(
        model,
        signs,
        needs,
        List.of(signScores),
        List.of(needScores),
        List.of(strengths),
        List.copyOf(growthAreas),
        connectionIndex(counts, assessed, model.everydaySigns.length),
        counts[max]);
  }

  /**
   * Sorts the first {@code size} indexes by their scores, highest first unless {@code ascending};
   * stable, so indexes in id order stay in id order within a score.
   */
  private static void sortByScore(int[] indexes, int size, double[] scores, boolean ascending) {
    for (int i = 1; i < size; i++) {
      int moving = indexes[i];
      int j = i - 1;
      while (j >= 0 && outranks(scores[moving], scores[indexes[j]], ascending)) {
        indexes[j + 1] = indexes[j];
        j--;
      }
      indexes[j + 1] = moving;
    }
  }

  private static boolean outranks(double score, double other, boolean ascending) {
    int order = Double.compare(score, other);
    return ascending ? order < 0 : order > 0;
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
    return connectionIndex(topSum, top, sum, signCount);
  }

  /** The connection index from how many assessed signs have each intensity, 0 to 4. */
  private static int connectionIndex(int[] counts, int assessed, int signCount) {
    if (signCount == 0) {
      return 100;
    }
    int top = Math.min(TOP, signCount);
    int topSum = 0;
    int taken = 0;
    int sum = 0;
    for (int intensity = counts.length - 1; intensity >= 0; intensity--) {
      int take = Math.min(counts[intensity], Math.min(top, assessed) - taken);
      topSum += take * intensity;
      taken += take;
      sum += counts[intensity] * intensity;
    }
    return connectionIndex(topSum, top, sum, signCount);
  }

  private static int connectionIndex(int topSum, int top, int sum, int signCount) {
    double distress =
        TOP_WEIGHT * topSum / (4.0 * top) + MEAN_WEIGHT * sum / (4.0 * signCount);
    long index = Math.round(100 - 100 * distress);
    return (int) Math.max(0, Math.min(100, index));
  }
}
