package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What the {@link Coach} found in a text.
 *
 * <p>Immutable. The findings are in the order of the text: by start, then end, then category.
 * Findings may overlap when two rules see different things in the same words ("why do you never
 * listen" is both a reproachful question and an absolute).
 *
 * @param text the text as reviewed, unchanged; every finding's offsets point into it
 * @param findings what was found, in text order; empty when the text reads as invitational
 */
public record Review(String text, List<Finding> findings) {

  /**
   * Checks and copies the parts.
   *
   * @param text see the record description
   * @param findings see the record description
   */
  public Review {
    checkNotNull(text, "text must not be null");
    findings = List.copyOf(findings);
  }

  /**
   * Tells whether nothing in the text tends to put a partner on the defensive.
   *
   * @return true when there is no finding
   */
  public boolean isInvitational() {
    return findings.isEmpty();
  }
}
