package dev.rapport.core;

/** A situation in which an intervention is not advised, or advised only with care. */
public enum Condition {
  /** Fear of the partner, threats, harm or control. */
  SAFETY_CONCERN,
  /** The partner does not want to work on the relationship now. */
  PARTNER_UNWILLING,
  /** The partner has said they want out; warmth only where it is welcome. */
  PARTNER_WANTS_TO_LEAVE,
  /** Thoughts of self-harm: crisis support comes before anything else. */
  SELF_HARM_RISK
}
