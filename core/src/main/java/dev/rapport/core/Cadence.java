package dev.rapport.core;

/** How often an intervention is meant to happen. */
public enum Cadence {
  /** Once, or once in a while when the moment calls for it. */
  ONCE,
  /** Every day. */
  DAILY,
  /** Every week. */
  WEEKLY
}
