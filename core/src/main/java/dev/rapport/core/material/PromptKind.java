package dev.rapport.core.material;

/** Whether a prompt opens a conversation or belongs to a weekly check-in. */
public enum PromptKind {
  /** A gentle question or invitation that opens a conversation. */
  CONVERSATION_STARTER,
  /** A question for a regular check-in together. */
  CHECK_IN_QUESTION
}
