package dev.rapport.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** The one rule for the text form of every id in Rapport: lower-case kebab-case. */
public final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*+");

  private Slugs() {}

  /**
   * Returns {@code slug} when it is lower-case kebab-case.
   *
   * @param slug the text to check
   * @param what what the slug names, for the message
   * @return the slug
   * @throws IllegalArgumentException naming {@code what} and showing the bad value otherwise
   */
  public static String check(String slug, String what) {
    checkNotNull(slug, "%s must not be null", what);
    checkArgument(
        SLUG.matcher(slug).matches(), "%s must be lower-case kebab-case but was '%s'", what, slug);
    return slug;
  }

  /**
   * Tells whether {@code text} is a lower-case kebab-case slug.
   *
   * @param text the text, possibly null
   * @return true for a slug
   */
  public static boolean isSlug(String text) {
    return text != null && SLUG.matcher(text).matches();
  }
}
