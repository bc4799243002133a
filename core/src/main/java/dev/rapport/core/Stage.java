package dev.rapport.core;

/** The stages a plan moves through, in order. */
public enum Stage {
  /** Steady oneself first: safety, a pause, self-care. */
  STABILISE,
  /** Make it safe to talk: listening, blame-free words. */
  OPEN_UP,
  /** Spend time and closeness together again. */
  RECONNECT,
  /** Keep what was rebuilt: check-ins, rituals, noticing progress. */
  SUSTAIN
}
