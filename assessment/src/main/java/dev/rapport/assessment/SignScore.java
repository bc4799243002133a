package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.SignId;

/**
 * How present a sign is.
 *
 * @param id the sign
 * @param score its intensity in [0, 1]: the highest answer to its statements or its observed
 *     intensity, divided by 4, rounded to three decimals
 */
public record SignScore(SignId id, double score) {

  /**
   * Checks the parts.
   *
   * @param id see the record description
   * @param score see the record description
   * @throws IllegalArgumentException when the score is out of range
   */
  public SignScore {
    checkNotNull(id, "sign id must not be null");
    Values.unit(score, "score of sign %s", id);
  }
}
