package dev.rapport.core.material;

/** What sort of help a resource gives, in the order they are listed. */
public enum HelpKind {
  /** An emergency number, for immediate danger. */
  EMERGENCY,
  /** A crisis or suicide line. */
  CRISIS,
  /** A domestic-abuse helpline or service. */
  DOMESTIC_ABUSE,
  /** Counselling or a directory of therapists. */
  COUNSELLING
}
