package dev.rapport.assessment;

import dev.rapport.core.Cadence;
import dev.rapport.core.InterventionId;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays recommendations out over the weeks of the plan: daily and weekly items from their start
 * week on, one-off items in their start week only, each list in plan order.
 */
final class Planner {
  private Planner() {}

  static List<Week> plan(List<Recommendation> recommendations) {
    List<Week> weeks = new ArrayList<>();
    for (int number = 1; number <= Week.PLAN_WEEKS; number++) {
      List<InterventionId> daily = new ArrayList<>();
      List<InterventionId> weekly = new ArrayList<>();
      List<InterventionId> once = new ArrayList<>();
      for (Recommendation recommendation : recommendations) {
        if (recommendation.week() > number) {
          continue;
        }
        Cadence cadence = recommendation.cadence();
        switch (cadence) {
          case DAILY -> daily.add(recommendation.id());
          case WEEKLY -> weekly.add(recommendation.id());
          case ONCE -> {
            if (recommendation.week() == number) {
              once.add(recommendation.id());
            }
          }
        }
      }
      weeks.add(new Week(number, daily, weekly, once));
    }
    return List.copyOf(weeks);
  }
}
