package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.CauseId;
import java.util.List;

/**
 * A cause that may lie behind the signs, with how likely it looks and why.
 *
 * @param id the cause
 * @param likelihood how likely it looks, in [0, 1], rounded to three decimals
 * @param evidence what points to it: a {@code CONTEXT -> CAUSE} link where the person said it is
 *     present, then {@code SIGN -> CAUSE} links (the graph's cause-to-sign relations) for each
 *     present sign it tends to produce, strongest contribution first, ties by sign id
 */
public record LikelyCause(CauseId id, double likelihood, List<Link> evidence) {

  /**
   * Checks and copies the parts.
   *
   * @param id see the record description
   * @param likelihood see the record description
   * @param evidence see the record description
   * @throws IllegalArgumentException when the likelihood is out of range
   */
  public LikelyCause {
    checkNotNull(id, "cause id must not be null");
    Values.unit(likelihood, "likelihood of cause %s", id);
    evidence = Values.copy(evidence, "evidence of cause %s", id);
  }
}
