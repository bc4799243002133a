package dev.rapport.core;

/** Who takes part in an intervention. */
public enum Who {
  /** One person, alone; needs nothing from the partner. */
  SELF,
  /** Both partners together. */
  COUPLE,
  /** With a therapist, a counsellor or a support service. */
  PROFESSIONAL
}
