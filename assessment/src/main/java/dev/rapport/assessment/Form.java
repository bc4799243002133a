package dev.rapport.assessment;

/** How long a questionnaire is. Both forms ask the context, engagement and safety questions. */
public enum Form {
  /** Every statement of every sign. */
  FULL,
  /** One statement per sign: the first one the content gives. */
  SHORT
}
