package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a sign's score or a need's deficit moved between the first and the latest check-up of a
 * {@link Timeline}; lower is better for both.
 *
 * @param kind {@link NodeKind#SIGN} or {@link NodeKind#NEED}
 * @param id the sign or need id
 * @param before the score at the first check-up, in [0, 1]
 * @param after the score at the latest check-up, in [0, 1]
 */
public record Change(NodeKind kind, String id, double before, double after) {

  /**
   * Checks the parts.
   *
   * @param kind see the record description
   * @param id see the record description
   * @param before see the record description
   * @param after see the record description
   * @throws IllegalArgumentException when the kind is not a sign or need, or a score is out of
   *     range
   */
  public Change {
    checkNotNull(kind, "kind must not be null");
    checkArgument(
        kind == NodeKind.SIGN || kind == NodeKind.NEED,
        "a change is about a SIGN or a NEED but was %s",
        kind);
    Values.slug(id, "changed id");
    Values.unit(before, "score before");
    Values.unit(after, "score after");
  }
}
