package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One end of a {@link Link} in an explanation: an answer, a sign, a need, a cause, an
 * intervention, a scenario or a rule.
 *
 * @param kind what the node is
 * @param id its plain slug: an item id for {@link NodeKind#ANSWER}, a rule name for {@link
 *     NodeKind#RULE}, otherwise the id of the sign, need, cause, scenario or intervention
 */
public record Node(NodeKind kind, String id) {

  /**
   * Checks the parts.
   *
   * @param kind see the record description
   * @param id see the record description
   * @throws IllegalArgumentException when the id is not lower-case kebab-case
   */
  public Node {
    checkNotNull(kind, "node kind must not be null");
    Values.slug(id, "node id");
  }

  /** Returns {@code kind:id}, such as {@code SIGN:lonely-together}. */
  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
