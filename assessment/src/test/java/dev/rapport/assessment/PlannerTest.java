package dev.rapport.assessment;

import static dev.rapport.assessment.Fixtures.iv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Cadence;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.Stage;
import dev.rapport.core.Who;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static Recommendation recommendation(String id, Cadence cadence, int week) {
    return new Recommendation(
        iv(id), Who.SELF, InterventionKind.HABIT, cadence, Stage.STABILISE, week, 0.5,
        new Explanation("Because.", List.of()), List.of());
  }

  @Test
  void plan_dailyAndWeeklyItems_carryOnFromTheirStartWeek() {
    List<Week> plan =
        Planner.plan(
            List.of(
                recommendation("self-care", Cadence.DAILY, 1),
                recommendation("date-night", Cadence.WEEKLY, 3)));

    assertEquals(
        List.of(
            new Week(1, List.of(iv("self-care")), List.of(), List.of()),
            new Week(2, List.of(iv("self-care")), List.of(), List.of()),
            new Week(3, List.of(iv("self-care")), List.of(iv("date-night")), List.of()),
            new Week(4, List.of(iv("self-care")), List.of(iv("date-night")), List.of())),
        plan);
  }

  @Test
  void plan_oneOffItems_appearOnlyInTheirWeekInPlanOrder() {
    List<Week> plan =
        Planner.plan(
            List.of(
                recommendation("step-back-and-breathe", Cadence.ONCE, 2),
                recommendation("give-space", Cadence.ONCE, 2)));

    assertEquals(List.of(), plan.get(0).once());
    assertEquals(List.of(iv("step-back-and-breathe"), iv("give-space")), plan.get(1).once());
    assertEquals(List.of(), plan.get(2).once());
  }

  @Test
  void week_numberOutOfRange_isRejectedWithTheValue() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Week(5, List.of(), List.of(), List.of()));

    assertEquals("week number must be in [1, 4] but was 5", e.getMessage());
  }
}
