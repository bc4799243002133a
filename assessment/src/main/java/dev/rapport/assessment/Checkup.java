package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A report with the time it was made, as the caller records it; a point of a {@link Timeline}.
 *
 * @param at when the check-up was taken
 * @param report its report
 */
public record Checkup(Instant at, Report report) {

  /**
   * Checks the parts.
   *
   * @param at see the record description
   * @param report see the record description
   */
  public Checkup {
    checkNotNull(at, "check-up time must not be null");
    checkNotNull(report, "check-up report must not be null");
  }
}
