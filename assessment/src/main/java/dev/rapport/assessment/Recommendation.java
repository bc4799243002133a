package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Cadence;
import dev.rapport.core.Citation;
import dev.rapport.core.InterventionId;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.Stage;
import dev.rapport.core.Who;
import java.util.List;

/**
 * One intervention suggested by a report, with when to start it and why.
 *
 * @param id the intervention; its name, description and steps are in the knowledge base
 * @param who who takes part
 * @param kind what sort of thing it is
 * @param cadence how often it happens
 * @param stage the plan stage it belongs to
 * @param week the week of the plan in which it starts, 1 to {@link Week#PLAN_WEEKS}
 * @param score how well it fits the answers, in [0, 1], rounded to three decimals: the mean of
 *     its three strongest links (relation weight times how present the sign, need or cause is);
 *     1 for {@code safety-support}, at least 0.6 for other items a rule brought in, and possibly
 *     0 for a playbook step nothing in the answers points to
 * @param because why it is suggested
 * @param sources where the intervention is drawn from
 */
public record Recommendation(
    InterventionId id,
    Who who,
    InterventionKind kind,
    Cadence cadence,
    Stage stage,
    int week,
    double score,
    Explanation because,
    List<Citation> sources) {

  /**
   * Checks and copies the parts.
   *
   * @param id see the record description
   * @param who see the record description
   * @param kind see the record description
   * @param cadence see the record description
   * @param stage see the record description
   * @param week see the record description
   * @param score see the record description
   * @param because see the record description
   * @param sources see the record description
   * @throws IllegalArgumentException when the week or score is out of range
   */
  public Recommendation {
    checkNotNull(id, "intervention id must not be null");
    checkNotNull(who, "who of recommendation %s must not be null", id);
    checkNotNull(kind, "kind of recommendation %s must not be null", id);
    checkNotNull(cadence, "cadence of recommendation %s must not be null", id);
    checkNotNull(stage, "stage of recommendation %s must not be null", id);
    checkArgument(
        week >= 1 && week <= Week.PLAN_WEEKS,
        "week of recommendation %s must be in [1, %s] but was %s",
        id,
        Week.PLAN_WEEKS,
        week);
    Values.unit(score, "score of recommendation %s", id);
    checkNotNull(because, "explanation of recommendation %s must not be null", id);
    sources = Values.copy(sources, "sources of recommendation %s", id);
  }
}
