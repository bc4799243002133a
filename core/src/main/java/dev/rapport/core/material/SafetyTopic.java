package dev.rapport.core.material;

/** What a safety question asks about. */
public enum SafetyTopic {
  /** Being afraid of the partner. */
  FEAR,
  /** Having been hurt. */
  HARM,
  /** Having been threatened. */
  THREAT,
  /** Control of money, phone or messages, or whom one sees. */
  CONTROL,
  /** Silence or withdrawal used to punish or control. */
  PUNISHING_SILENCE,
  /** Thoughts of self-harm or of ending one's life. */
  SELF_HARM
}
