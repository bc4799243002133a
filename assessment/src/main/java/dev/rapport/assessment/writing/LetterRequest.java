package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.material.LetterVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the person asks of a letter: its occasion and the details only they can give.
 *
 * <p>The details are used exactly as given in the plain text (only surrounding spaces are
 * trimmed, and a moment that does not end a sentence gets a full stop). Immutable.
 *
 * <pre>{@code
 * LetterRequest request = LetterRequest.builder()
 *     .variant(LetterVariant.RECONNECT)
 *     .partnerName("Sam")
 *     .signature("Alex")
 *     .moment("Last Sunday I told you about my new job, and I wasn't sure it reached you.")
 *     .build();
 * }</pre>
 *
 * @param variant the occasion; {@link LetterVariant#RECONNECT} by default
 * @param partnerName the partner's name for the greeting, one line; empty for a placeholder
 * @param signature the person's own name under the letter, one line; empty for none
 * @param moments up to {@value #MAX_MOMENTS} concrete moments in the person's own words, each at
 *     most {@value #MAX_MOMENT_LENGTH} characters, in the order given
 */
public record LetterRequest(
    LetterVariant variant,
    Optional<String> partnerName,
    Optional<String> signature,
    List<String> moments) {

  /** The most moments a letter takes: one or two concrete moments say more than a list. */
  public static final int MAX_MOMENTS = 2;

  /** The longest moment, in characters. */
  public static final int MAX_MOMENT_LENGTH = 600;

  /** The longest name, in characters. */
  public static final int MAX_NAME_LENGTH = 80;

  /** A letter to reconnect, with no details. */
  public static final LetterRequest DEFAULT =
      new LetterRequest(LetterVariant.RECONNECT, Optional.empty(), Optional.empty(), List.of());

  /**
   * Checks, trims and copies the parts.
   *
   * @param variant see the record description
   * @param partnerName see the record description
   * @param signature see the record description
   * @param moments see the record description
   * @throws IllegalArgumentException when a name is blank, longer than {@value #MAX_NAME_LENGTH}
   *     characters or more than one line, or a moment is blank or too long, or there are too
   *     many moments
   */
  public LetterRequest {
    checkNotNull(variant, "variant must not be null");
    partnerName = name(partnerName, "partner name");
    signature = name(signature, "signature");
    checkNotNull(moments, "moments must not be null");
    checkArgument(
        moments.size() <= MAX_MOMENTS,
        "a letter takes at most %s moments but was given %s",
        MAX_MOMENTS,
        moments.size());
    List<String> trimmed = new ArrayList<>();
    for (String moment : moments) {
      checkNotNull(moment, "moment must not be null");
      String strip = moment.strip();
      checkArgument(!strip.isEmpty(), "moment must not be blank");
      checkArgument(
          strip.length() <= MAX_MOMENT_LENGTH,
          "moment must be at most %s characters but was %s",
          MAX_MOMENT_LENGTH,
          strip.length());
      trimmed.add(strip);
    }
    moments = List.copyOf(trimmed);
  }

  private static Optional<String> name(Optional<String> name, String what) {
    checkNotNull(name, "%s must not be null (use Optional.empty())", what);
    if (name.isEmpty()) {
      return name;
    }
    String strip = name.get().strip();
    checkArgument(!strip.isEmpty(), "%s must not be blank", what);
    checkArgument(
        strip.lines().count() == 1, "%s must be one line but was '%s'", what, name.get());
    checkArgument(
        strip.length() <= MAX_NAME_LENGTH,
        "%s must be at most %s characters but was %s",
        what,
        MAX_NAME_LENGTH,
        strip.length());
    return Optional.of(strip);
  }

  /**
   * Starts a builder for a letter to reconnect with no details.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LetterRequest}. Not thread-safe. */
  public static final class Builder {
    private LetterVariant variant = LetterVariant.RECONNECT;
    private Optional<String> partnerName = Optional.empty();
    private Optional<String> signature = Optional.empty();
    private final List<String> moments = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the occasion.
     *
     * @param variant the occasion
     * @return this builder
     */
    public Builder variant(LetterVariant variant) {
      this.variant = checkNotNull(variant, "variant must not be null");
      return this;
    }

    /**
     * Sets the partner's name for the greeting.
     *
     * @param name the name, one line
     * @return this builder
     */
    public Builder partnerName(String name) {
      this.partnerName = Optional.of(checkNotNull(name, "partner name must not be null"));
      return this;
    }

    /**
     * Sets the person's own name under the letter.
     *
     * @param name the name, one line
     * @return this builder
     */
    public Builder signature(String name) {
      this.signature = Optional.of(checkNotNull(name, "signature must not be null"));
      return this;
    }

    /**
     * Adds a concrete moment in the person's own words.
     *
     * @param moment the moment, such as "Last Sunday I told you about my new job, and I wasn't
     *     sure it reached you."
     * @return this builder
     */
    public Builder moment(String moment) {
      moments.add(checkNotNull(moment, "moment must not be null"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException as {@link LetterRequest} does
     */
    public LetterRequest build() {
      return new LetterRequest(variant, partnerName, signature, moments);
    }
  }
}
