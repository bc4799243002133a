package dev.rapport.assessment.writing;

/**
 * The kinds of wording that tend to put a partner on the defensive, in the order a {@link Review}
 * explains them.
 */
public enum Category {
  /** "You never", "you always", "every time you", "we don't talk anymore". */
  ABSOLUTE("Absolute"),
  /** "It's your fault", "because of you", "you made me", "you should have". */
  BLAME("Blame"),
  /** "Why won't you", "why can't you", "why don't you ever", "how many times do I have to". */
  REPROACHFUL_QUESTION("Reproachful question"),
  /** "You need to", "you have to", "you must", "stop doing", an ultimatum. */
  DEMAND("Demand"),
  /** "You're so selfish", "what's wrong with you", "you don't care". */
  CHARACTER_CRITICISM("Criticism of character"),
  /** "Oh great", "thanks a lot", "whatever", "as usual", "*sigh*", an eye-roll. */
  CONTEMPT("Contempt or sarcasm"),
  /** "Calm down", "you're overreacting", "get over it", "just relax". */
  DISMISSAL("Dismissal");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /**
   * A short English label for display, such as "Criticism of character".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
