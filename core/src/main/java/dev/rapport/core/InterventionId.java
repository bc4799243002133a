package dev.rapport.core;

import dev.rapport.core.internal.Slugs;

/**
 * The id of an intervention, such as {@code date-night}.
 *
 * @param slug the lower-case kebab-case slug
 */
public record InterventionId(String slug) implements EntityId<Intervention>, Comparable<InterventionId> {

  /**
   * Checks and normalises the parts.
   *
   * @param slug see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public InterventionId {
    Slugs.check(slug, "intervention id");
  }

  /**
   * Makes the id for {@code slug}.
   *
   * @param slug a lower-case kebab-case slug
   * @return the id
   * @throws IllegalArgumentException when the slug is not lower-case kebab-case
   */
  public static InterventionId of(String slug) {
    return new InterventionId(slug);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INTERVENTION;
  }

  @Override
  public int compareTo(InterventionId other) {
    return slug.compareTo(other.slug);
  }

  /** Returns the plain slug. */
  @Override
  public String toString() {
    return slug;
  }
}
