package dev.rapport.core;

import dev.rapport.core.internal.Slugs;

/**
 * The id of a sign a person notices, such as {@code lonely-together}.
 *
 * @param slug the lower-case kebab-case slug
 */
public record SignId(String slug) implements EntityId<Sign>, Comparable<SignId> {

  /**
   * Checks and normalises the parts.
   *
   * @param slug see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public SignId {
    Slugs.check(slug, "sign id");
  }

  /**
   * Makes the id for {@code slug}.
   *
   * @param slug a lower-case kebab-case slug
   * @return the id
   * @throws IllegalArgumentException when the slug is not lower-case kebab-case
   */
  public static SignId of(String slug) {
    return new SignId(slug);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SIGN;
  }

  @Override
  public int compareTo(SignId other) {
    return slug.compareTo(other.slug);
  }

  /**
   * Tells whether {@code other} is a sign id with the same slug.
   *
   * <p>Written out rather than left to the record, whose generated {@code equals} and {@code
   * hashCode} are bootstrapped on first use: a cost every cold load of a knowledge base paid.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SignId id && slug.equals(id.slug);
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
