package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One piece of wording that tends to put a partner on the defensive, where it is, why, and how
 * else to say it.
 *
 * @param start the offset of its first character in the reviewed text, inclusive
 * @param end the offset just after its last character, exclusive; greater than {@code start}
 * @param category what kind of wording it is
 * @param rule the id of the rule that found it, such as {@code absolute-never}; stable, for tests
 *     and for apps that want to explain or silence one rule
 * @param quote the words found: the reviewed text from {@code start} to {@code end}
 * @param reason why it tends to land badly, in plain words
 * @param suggestions one or more ways to say it instead, as a feeling, a need and an invitation;
 *     the rewrite tailored to the sentence first, then a general tip for the category
 */
public record Finding(
    int start,
    int end,
    Category category,
    String rule,
    String quote,
    String reason,
    List<String> suggestions) {

  /**
   * Checks and copies the parts.
   *
   * @param start see the record description
   * @param end see the record description
   * @param category see the record description
   * @param rule see the record description
   * @param quote see the record description
   * @param reason see the record description
   * @param suggestions see the record description
   * @throws IllegalArgumentException when the span is empty or negative, the quote does not fit
   *     it, or there is no suggestion
   */
  public Finding {
    checkArgument(
        start >= 0 && end > start, "span of finding must be non-empty but was [%s, %s)", start, end);
    checkNotNull(category, "category must not be null");
    checkNotNull(rule, "rule must not be null");
    checkNotNull(quote, "quote must not be null");
    checkArgument(
        quote.length() == end - start,
        "quote of finding must be %s characters long but was '%s'",
        end - start,
        quote);
    checkNotNull(reason, "reason must not be null");
    suggestions = List.copyOf(suggestions);
    checkArgument(!suggestions.isEmpty(), "finding %s must have at least one suggestion", rule);
  }
}
