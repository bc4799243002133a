package dev.rapport.core;

/** How strong the ground under a relation is: said by a source, or inferred by us. */
public enum Grounding {
  /** A source says it; the relation cites where. */
  STATED,
  /** An editorial inference of Rapport's authors, not said by a source in so many words. */
  EDITORIAL
}
