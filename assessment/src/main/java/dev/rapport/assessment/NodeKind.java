package dev.rapport.assessment;

/** What a {@link Node} of an explanation is. */
public enum NodeKind {
  /** An answer to a questionnaire item; the node id is the item id. */
  ANSWER,
  /** A sign observed directly, with an intensity; the node id is the sign id. */
  OBSERVATION,
  /** A cause the person said is present; the node id is the cause id. */
  CONTEXT,
  /** A sign of the knowledge graph. */
  SIGN,
  /** A need of the knowledge graph. */
  NEED,
  /** A cause of the knowledge graph. */
  CAUSE,
  /** A scenario whose playbook holds the intervention. */
  SCENARIO,
  /**
   * A rule of the assessment: {@code safety-first} (the safety rule) or {@code strong-distress}
   * (professional help where the answers show strong or lasting distress).
   */
  RULE,
  /** An intervention of the knowledge graph. */
  INTERVENTION
}
