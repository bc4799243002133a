package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.material.HelpResource;
import java.util.List;

/**
 * What the safety screen found. <b>Private:</b> the reasons repeat the person's safety answers,
 * so they are for the person alone; an app must never show them to the partner nor put them in
 * anything meant to be shared. Nothing else in a {@link Report} repeats them.
 *
 * @param level how much was found
 * @param reasons why the level was raised, in plain words, such as "You said you sometimes feel
 *     afraid of your partner."; thoughts of self-harm first; empty when the level is {@link
 *     SafetyLevel#NONE}
 * @param resources help for the region: with thoughts of self-harm, crisis lines and emergency
 *     numbers first; otherwise emergency numbers and domestic-abuse services first; then the rest,
 *     the region's before the international ones. Empty when the level is {@link
 *     SafetyLevel#NONE}
 */
public record Safety(SafetyLevel level, List<String> reasons, List<HelpResource> resources) {

  /** The result of a screen that found nothing. */
  public static final Safety CLEAR = new Safety(SafetyLevel.NONE, List.of(), List.of());

  /**
   * Checks and copies the parts.
   *
   * @param level see the record description
   * @param reasons see the record description
   * @param resources see the record description
   * @throws IllegalArgumentException when a raised level has no reason, or {@code NONE} has one
   */
  public Safety {
    checkNotNull(level, "safety level must not be null");
    reasons = Values.copy(reasons, "safety reasons");
    resources = Values.copy(resources, "safety resources");
    checkArgument(
        (level == SafetyLevel.NONE) == reasons.isEmpty(),
        "safety level %s must come with reasons exactly when raised, but had %s",
        level,
        reasons.size());
  }

  /**
   * Tells whether the screen raised the level above {@link SafetyLevel#NONE}.
   *
   * @return true when safety comes first
   */
  public boolean raised() {
    return level != SafetyLevel.NONE;
  }
}
