package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.CauseId;
import dev.rapport.core.SignId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a person tells an assessment: answers by item id, signs observed directly, the causes
 * they know are present, and how their partner feels about working on the relationship.
 *
 * <p>All parts are optional, but at least one answer or sign is needed. Values are kept as given
 * and checked by {@link Assessment#assess(AssessmentInput)}, which reports every problem at once
 * in an {@link InvalidInputException}; so an input may be built from untrusted data. Immutable;
 * the maps are in key order.
 *
 * <pre>{@code
 * AssessmentInput input = AssessmentInput.builder()
 *     .answer("lonely-together-1", 3)
 *     .sign(SignId.of("surface-level-conversations"), 4)
 *     .context(CauseId.of("work-stress"))
 *     .engagement(PartnerEngagement.WILLING)
 *     .build();
 * }</pre>
 *
 * @param answers answers by item id: 0 to 4 for statements and safety questions, 0 (no) or 1
 *     (yes) for context questions
 * @param signs signs observed directly, by sign id, with an intensity from 0 (never) to 4
 *     (almost always)
 * @param context the ids of causes the person says are present, first mention first
 * @param partnerEngagement {@code WILLING}, {@code UNSURE} or {@code UNWILLING} (any case); empty
 *     when not answered, which counts as {@code UNSURE}
 * @param region the region whose help resources the report lists, such as {@code US} or {@code
 *     UK}; empty for the assessment's default
 */
public record AssessmentInput(
    Map<String, Integer> answers,
    Map<String, Integer> signs,
    List<String> context,
    Optional<String> partnerEngagement,
    Optional<String> region) {

  /**
   * Copies the parts.
   *
   * @param answers see the record description
   * @param signs see the record description
   * @param context see the record description
   * @param partnerEngagement see the record description
   * @param region see the record description
   * @throws NullPointerException when a part, key or value is null
   */
  public AssessmentInput {
    answers = ImmutableSortedMap.copyOf(checkNotNull(answers, "answers must not be null"));
    signs = ImmutableSortedMap.copyOf(checkNotNull(signs, "signs must not be null"));
    context = List.copyOf(new LinkedHashSet<>(Values.copy(context, "context")));
    checkNotNull(partnerEngagement, "partner engagement must not be null (use Optional.empty())");
    checkNotNull(region, "region must not be null (use Optional.empty())");
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AssessmentInput}. Not thread-safe. A later value for the same item or sign
   * replaces an earlier one.
   */
  public static final class Builder {
    private final Map<String, Integer> answers = new TreeMap<>();
    private final Map<String, Integer> signs = new TreeMap<>();
    private final List<String> context = new ArrayList<>();
    private Optional<String> engagement = Optional.empty();
    private Optional<String> region = Optional.empty();

    private Builder() {}

    /**
     * Adds an answer to a questionnaire item.
     *
     * @param itemId the item id, such as {@code lonely-together-1}
     * @param value 0 to 4 for statements and safety questions, 0 or 1 for context questions
     * @return this builder
     */
    public Builder answer(String itemId, int value) {
      answers.put(checkNotNull(itemId, "item id must not be null"), value);
      return this;
    }

    /**
     * Adds a sign observed directly.
     *
     * @param sign the sign
     * @param intensity 0 (never) to 4 (almost always)
     * @return this builder
     */
    public Builder sign(SignId sign, int intensity) {
      return sign(checkNotNull(sign, "sign must not be null").slug(), intensity);
    }

    /**
     * Adds a sign observed directly, by its id as text.
     *
     * @param signId the sign id, such as {@code lonely-together}
     * @param intensity 0 (never) to 4 (almost always)
     * @return this builder
     */
    public Builder sign(String signId, int intensity) {
      signs.put(checkNotNull(signId, "sign id must not be null"), intensity);
      return this;
    }

    /**
     * Says a cause is present.
     *
     * @param cause the cause
     * @return this builder
     */
    public Builder context(CauseId cause) {
      return context(checkNotNull(cause, "cause must not be null").slug());
    }

    /**
     * Says a cause is present, by its id as text.
     *
     * @param causeId the cause id, such as {@code work-stress}
     * @return this builder
     */
    public Builder context(String causeId) {
      context.add(checkNotNull(causeId, "cause id must not be null"));
      return this;
    }

    /**
     * Sets the partner's engagement.
     *
     * @param engagement the engagement
     * @return this builder
     */
    public Builder engagement(PartnerEngagement engagement) {
      return engagement(checkNotNull(engagement, "engagement must not be null").name());
    }

    /**
     * Sets the partner's engagement, by its name as text.
     *
     * @param engagement {@code WILLING}, {@code UNSURE} or {@code UNWILLING}, in any case
     * @return this builder
     */
    public Builder engagement(String engagement) {
      this.engagement = Optional.of(checkNotNull(engagement, "engagement must not be null"));
      return this;
    }

    /**
     * Sets the region whose help resources the report lists.
     *
     * @param region a code of 2 to 4 letters, such as {@code US}; {@code INTL} for the
     *     international resources alone
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Optional.of(checkNotNull(region, "region must not be null"));
      return this;
    }

    /**
     * Builds the input. Its values are checked when it is assessed.
     *
     * @return the input
     */
    public AssessmentInput build() {
      return new AssessmentInput(answers, signs, context, engagement, region);
    }
  }
}
