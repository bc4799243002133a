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

  /**
   * Tells whether {@code other} is an intervention id with the same slug.
   *
   * <p>Written out rather than left to the record, whose generated {@code equals} and {@code
   * hashCode} are bootstrapped on first use: a cost every cold load of a knowledge base paid.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof InterventionId id && slug.equals(id.slug);
  }

  /** Returns the slug's hash code. */
  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  /** Returns the plain slug. */
  @Override
  public String toString() {
    return slug;
  }
}
