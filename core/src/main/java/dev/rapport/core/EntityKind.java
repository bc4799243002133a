package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/** The five kinds of entity in the knowledge graph, in the order lists of mixed kinds use. */
public enum EntityKind {
  /** What a partner needs emotionally; see {@link Need}. */
  NEED,
  /** What a person notices; see {@link Sign}. */
  SIGN,
  /** Why distance grows; see {@link Cause}. */
  CAUSE,
  /** What a person or couple can do; see {@link Intervention}. */
  INTERVENTION,
  /** A situation with its own ordered playbook; see {@link Scenario}. */
  SCENARIO;

  /**
   * The lower-case word for this kind, as used in references such as {@code sign:lonely-together}.
   *
   * @return {@code need}, {@code sign}, {@code cause}, {@code intervention} or {@code scenario}
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Makes the typed id of this kind for {@code slug}.
   *
   * @param slug a lower-case kebab-case slug
   * @return the typed id
   * @throws IllegalArgumentException when the slug is not kebab-case
   */
  public EntityId<?> id(String slug) {
    return switch (this) {
      case NEED -> NeedId.of(slug);
      case SIGN -> SignId.of(slug);
      case CAUSE -> CauseId.of(slug);
      case INTERVENTION -> InterventionId.of(slug);
      case SCENARIO -> ScenarioId.of(slug);
    };
  }

  /**
   * Parses the lower-case word of a kind.
   *
   * @param word {@code need}, {@code sign}, {@code cause}, {@code intervention} or {@code
   *     scenario}
   * @return the kind
   * @throws IllegalArgumentException for any other word
   */
  public static EntityKind fromWord(String word) {
    checkNotNull(word, "kind must not be null");
    for (EntityKind kind : values()) {
      if (kind.word().equals(word)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "kind must be one of need, sign, cause, intervention, scenario but was '" + word + "'");
  }
}
