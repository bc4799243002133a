package dev.rapport.assessment;

import dev.rapport.core.Cadence;
import dev.rapport.core.InterventionId;
import java.util.Arrays;
import java.util.List;

/**
 * Lays recommendations out over the weeks of the plan: daily and weekly items from their start
 * week on, one-off items in their start week only, each list in plan order.
 */
final class Planner {
  private Planner() {}

  static List<Week> plan(List<Recommendation> recommendations) {
    int size = recommendations.size();
    InterventionId[] daily = new InterventionId[size];
    InterventionId[] weekly = new InterventionId[size];
    InterventionId[] once = new InterventionId[size];
    Week[] weeks = new Week[Week.PLAN_WEEKS];
    for (int number = 1; number <= Week.PLAN_WEEKS; number++) {
      int dailyCount = 0;
      int weeklyCount = 0;
      int onceCount = 0;
      for (int r = 0; r < size; r++) {
        Recommendation recommendation = recommendations.get(r);
        if (recommendation.week() > number) {
          continue;
        }
        Cadence cadence = recommendation.cadence();
        switch (cadence) {
          case DAILY -> daily[dailyCount++] = recommendation.id();
          case WEEKLY -> weekly[weeklyCount++] = recommendation.id();
          case ONCE -> {
            if (recommendation.week() == number) {
              once[onceCount++] = recommendation.id();
            }
          }
        }
      }
      weeks[number - 1] =
          new Week(
              number,
              List.of(Arrays.copyOf(daily, dailyCount)),
              List.of(Arrays.copyOf(weekly, weeklyCount)),
              List.of(Arrays.copyOf(once, onceCount)));
    }
    return List.of(weeks);
  }
}
