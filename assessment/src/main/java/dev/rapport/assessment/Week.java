package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.InterventionId;
import java.util.List;

/**
 * One week of a report's plan: the daily habits, weekly rituals and one-off steps to do that week.
 *
 * <p>A daily or weekly item starts in its recommendation's week and stays in every later week; a
 * one-off item appears only in the week it starts. Each list is in plan order.
 *
 * @param number the week, 1 to {@link #PLAN_WEEKS}
 * @param daily the interventions to do every day this week
 * @param weekly the interventions to do once this week, as a ritual
 * @param once the one-off interventions that start this week
 */
public record Week(
    int number, List<InterventionId> daily, List<InterventionId> weekly, List<InterventionId> once) {

  /** How many weeks a plan covers. */
  public static final int PLAN_WEEKS = 4;

  /**
   * Checks and copies the parts.
   *
   * @param number see the record description
   * @param daily see the record description
   * @param weekly see the record description
   * @param once see the record description
   * @throws IllegalArgumentException when the number is out of range
   */
  public Week {
    checkArgument(
        number >= 1 && number <= PLAN_WEEKS,
        "week number must be in [1, %s] but was %s",
        PLAN_WEEKS,
        number);
    daily = Values.copy(daily, "daily items of week %s", number);
    weekly = Values.copy(weekly, "weekly items of week %s", number);
    once = Values.copy(once, "one-off items of week %s", number);
  }
}
