package dev.rapport.assessment;

/** How the partner feels about working on the relationship now, as the person sees it. */
public enum PartnerEngagement {
  /** Open to working on it together. */
  WILLING,
  /** Not known, or mixed; the default when the question is not answered. */
  UNSURE,
  /** Does not want to work on it now: only what the person can do alone, or with a professional. */
  UNWILLING
}
