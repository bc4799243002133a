package dev.rapport.assessment;

/** The parts of a questionnaire, in the order it lists them. */
public enum Section {
  /** Statements about signs, rated on the {@link Scale#FREQUENCY} scale. */
  SIGNS,
  /** Yes-or-no questions about causes the person knows are present ({@link Scale#YES_NO}). */
  CONTEXT,
  /** How the partner feels about working on the relationship ({@link Scale#ENGAGEMENT}). */
  ENGAGEMENT,
  /** The safety screen, rated on the {@link Scale#FREQUENCY} scale; the answers are private. */
  SAFETY
}
