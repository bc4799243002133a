package dev.rapport.assessment;

/** How much the safety screen found, lowest first. */
public enum SafetyLevel {
  /** Nothing in the answers shows fear, threats, harm, control or thoughts of self-harm. */
  NONE,
  /** Something does: safety support first, nothing done as a couple. */
  CONCERN,
  /** Harm, threats, strong fear or control, or thoughts of self-harm: seek help now. */
  URGENT
}
