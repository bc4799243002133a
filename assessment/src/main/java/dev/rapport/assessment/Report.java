package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.NeedId;
import dev.rapport.core.ScenarioId;
import java.util.List;

/**
 * The result of an assessment: safety first, then where the connection stands, what lies behind
 * it, and what to do, week by week, each recommendation explained.
 *
 * <p>Immutable and thread-safe. {@link ReportJson} gives its stable JSON form, with the field
 * names of the components below. The {@linkplain Safety#reasons() safety reasons} are private;
 * nothing else here repeats a safety answer: safety signs and causes feed the safety screen only,
 * never the signs, needs, connection index, causes or explanations.
 *
 * @param safety what the safety screen found; private
 * @param scenario the situation the plan follows: {@code safety-concern}, {@code
 *     partner-wants-to-leave}, {@code partner-unwilling}, {@code withdrawn-under-stress} or {@code
 *     emotional-neglect}
 * @param connectionIndex 0 to 100, 100 when no sign of distance is present; never rises when a
 *     sign grows more intense; a number to follow change over time, not a grade
 * @param band the neutral word for the index
 * @param signs the assessed signs, most present first, ties by id
 * @param needs the needs the assessed signs point to, most unmet first, ties by id
 * @param strengths the needs that look well met (score at most 0.25), best met first, ties by id
 * @param growthAreas the needs that look unmet (score at least 0.5), most unmet first, ties by id
 * @param causes the likely causes, most likely first, ties by id
 * @param recommendations what to do, in plan order; with a raised safety level, {@code
 *     safety-support} comes first and nothing done as a couple follows
 * @param plan the weeks of the plan, 1 to {@link Week#PLAN_WEEKS}, in order
 * @param contentVersion the version of the content the report was made from
 * @param disclaimer what the report is and is not; {@link #DISCLAIMER} for reports made here
 */
public record Report(
    Safety safety,
    ScenarioId scenario,
    int connectionIndex,
    Band band,
    List<SignScore> signs,
    List<NeedScore> needs,
    List<NeedId> strengths,
    List<NeedId> growthAreas,
    List<LikelyCause> causes,
    List<Recommendation> recommendations,
    List<Week> plan,
    String contentVersion,
    String disclaimer) {

  /** What every report says about itself. */
  public static final String DISCLAIMER =
      "This is a self-help aid drawn from advice articles, not a diagnosis or therapy, and it"
          + " does not predict the future of your relationship. It is not a crisis service: if"
          + " you are in danger or thinking of harming yourself, call your local emergency number"
          + " or a crisis line now.";

  /**
   * Checks and copies the parts.
   *
   * @param safety see the record description
   * @param scenario see the record description
   * @param connectionIndex see the record description
   * @param band see the record description
   * @param signs see the record description
   * @param needs see the record description
   * @param strengths see the record description
   * @param growthAreas see the record description
   * @param causes see the record description
   * @param recommendations see the record description
   * @param plan see the record description
   * @param contentVersion see the record description
   * @param disclaimer see the record description
   * @throws IllegalArgumentException when the index is out of range, the band does not match it,
   *     or a text is blank
   */
  public Report {
    checkNotNull(safety, "safety must not be null");
    checkNotNull(scenario, "scenario must not be null");
    checkNotNull(band, "band must not be null");
    checkArgument(
        band == Band.of(connectionIndex),
        "band of connection index %s must be %s but was %s",
        connectionIndex,
        Band.of(connectionIndex),
        band);
    signs = Values.copy(signs, "signs");
    needs = Values.copy(needs, "needs");
    strengths = Values.copy(strengths, "strengths");
    growthAreas = Values.copy(growthAreas, "growth areas");
    causes = Values.copy(causes, "causes");
    recommendations = Values.copy(recommendations, "recommendations");
    plan = Values.copy(plan, "plan");
    Values.nonBlank(contentVersion, "content version");
    Values.nonBlank(disclaimer, "disclaimer");
  }
}
