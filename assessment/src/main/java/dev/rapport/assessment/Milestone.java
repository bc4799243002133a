package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * Something worth celebrating in a {@link Timeline}, found between one check-up and the next.
 *
 * @param at the time of the check-up that reached it
 * @param kind what was reached: {@code band-improved}, {@code index-rose} (by 10 points or more),
 *     {@code sign-eased} (a sign present at least "sometimes" is no longer present) or {@code
 *     growth-area-met} (a growth area became a strength)
 * @param subject what it is about: the new band in lower case for {@code band-improved}, {@code
 *     connection-index} for {@code index-rose}, otherwise the sign or need id
 * @param text a plain, warm sentence about it
 */
public record Milestone(Instant at, String kind, String subject, String text) {

  /**
   * Checks the parts.
   *
   * @param at see the record description
   * @param kind see the record description
   * @param subject see the record description
   * @param text see the record description
   * @throws IllegalArgumentException when a part is blank or not a slug
   */
  public Milestone {
    checkNotNull(at, "milestone time must not be null");
    Values.slug(kind, "milestone kind");
    Values.slug(subject, "milestone subject");
    Values.nonBlank(text, "milestone text");
  }
}
