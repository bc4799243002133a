package dev.rapport.assessment.writing;

import java.util.regex.Pattern;

/** The three parts of a weekly check-in, in the order to take them. */
public enum AgendaPart {
  /** What went well between you this week; starting with it makes the rest easier to hear. */
  WENT_WELL(
      "What went well",
      "Start with what was good, however small, and thank each other for it.",
      "went well|appreciat\\w*|laugh\\w*|celebrat\\w*|close to|closer to me|progress|proud"
          + "|grateful|enjoy\\w*|best"),
  /** What felt off; said as one's own experience, heard without defending. */
  FELT_OFF(
      "What felt off",
      "Each of you names one thing that felt off, as your own experience; the other listens"
          + " and says back what they heard, without defending.",
      "felt off|feel off|unsaid|harder than|heard|enough time|didn't|hurt|off for you"),
  /** How to support each other in the week ahead. */
  SUPPORT(
      "How we can support each other",
      "Look at the week ahead: what would help each of you, and one small thing to try.",
      "support|help\\w*|next week|week ahead|coming up|follow up|try|connected");

  private final String title;
  private final String guidance;
  private final Pattern cues;

  AgendaPart(String title, String guidance, String cues) {
    this.title = title;
    this.guidance = guidance;
    this.cues = Pattern.compile("\\b(?:" + cues + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The part's title, such as "What went well".
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * How to go through this part.
   *
   * @return one or two sentences
   */
  public String guidance() {
    return guidance;
  }

  /**
   * The part a check-in question belongs to, read from its words: a question about what went
   * well, then one about the week ahead, then one about what felt off; a question with none of
   * these cues goes with what felt off.
   *
   * @param question the question's text
   * @return its part
   */
  static AgendaPart of(String question) {
    for (AgendaPart part : new AgendaPart[] {WENT_WELL, SUPPORT, FELT_OFF}) {
      if (part.cues.matcher(question).find()) {
        return part;
      }
    }
    return FELT_OFF;
  }
}
