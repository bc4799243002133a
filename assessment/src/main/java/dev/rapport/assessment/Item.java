package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One item of a questionnaire: a statement to rate or a question to answer.
 *
 * @param id the stable id that answers refer to: the question id from the content, or {@link
 *     #ENGAGEMENT_ID} for the engagement question
 * @param section the part of the questionnaire it belongs to
 * @param subject what it asks about: the sign id for {@link Section#SIGNS}, the cause id for
 *     {@link Section#CONTEXT}, {@link #ENGAGEMENT_ID} for {@link Section#ENGAGEMENT}, and the topic
 *     in lower-case kebab-case (such as {@code fear} or {@code self-harm}) for {@link
 *     Section#SAFETY}
 * @param text the words shown to the person
 * @param scale how it is answered
 * @param sensitive true when the answer is a safety answer (the safety questions, and the
 *     statements and context questions of safety signs and causes): an app should keep it private
 */
public record Item(
    String id, Section section, String subject, String text, Scale scale, boolean sensitive) {

  /** The id and subject of the partner-engagement item. */
  public static final String ENGAGEMENT_ID = "partner-engagement";

  /**
   * Checks the parts.
   *
   * @param id see the record description
   * @param section see the record description
   * @param subject see the record description
   * @param text see the record description
   * @param scale see the record description
   * @param sensitive see the record description
   * @throws IllegalArgumentException when an id is not kebab-case or the text is blank
   */
  public Item {
    Values.slug(id, "item id");
    checkNotNull(section, "section of item %s must not be null", id);
    Values.slug(subject, "subject of item " + id);
    Values.nonBlank(text, "text of item " + id);
    checkNotNull(scale, "scale of item %s must not be null", id);
  }
}
