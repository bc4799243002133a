package dev.rapport.core.material;

/** The occasion a letter template is for. */
public enum LetterVariant {
  /** To say how the distance feels and invite a way back together. */
  RECONNECT,
  /** To stay close through a hard time, such as illness, loss or money trouble. */
  DIFFICULT_TIMES,
  /** To say clearly and respectfully that one is leaving. */
  LEAVING
}
