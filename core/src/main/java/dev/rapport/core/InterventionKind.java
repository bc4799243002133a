package dev.rapport.core;

/** What sort of thing an intervention asks a person to do. */
public enum InterventionKind {
  /** A talk, a letter or a way of speaking. */
  CONVERSATION,
  /** A small, repeated practice. */
  HABIT,
  /** Something to do or enjoy together. */
  ACTIVITY,
  /** Care for one's own well-being. */
  SELF_CARE,
  /** Stating and keeping limits. */
  BOUNDARY,
  /** Help from a professional or a service. */
  PROFESSIONAL
}
