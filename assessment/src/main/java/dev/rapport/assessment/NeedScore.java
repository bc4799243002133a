package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.NeedId;

/**
 * How unmet a need looks.
 *
 * @param id the need
 * @param score its deficit in [0, 1], 0 for well met: the mean of the intensities of the assessed
 *     signs that point to it, weighted by their relations, rounded to three decimals
 */
public record NeedScore(NeedId id, double score) {

  /**
   * Checks the parts.
   *
   * @param id see the record description
   * @param score see the record description
   * @throws IllegalArgumentException when the score is out of range
   */
  public NeedScore {
    checkNotNull(id, "need id must not be null");
    Values.unit(score, "score of need %s", id);
  }
}
