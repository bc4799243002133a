package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and formats shared by the value records and the pipeline. */
final class Values {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int LONGEST_SHOWN = 60;

  private Values() {}

  static boolean isSlug(String text) {
    return text != null && SLUG.matcher(text).matches();
  }

  static String slug(String slug, String what) {
    checkNotNull(slug, "%s must not be null", what);
    checkArgument(isSlug(slug), "%s must be lower-case kebab-case but was '%s'", what, slug);
    return slug;
  }

  static String nonBlank(String text, String what) {
    checkNotNull(text, "%s must not be null", what);
    checkArgument(!text.isBlank(), "%s must not be blank", what);
    return text;
  }

  static double unit(double value, String what) {
    checkArgument(value >= 0 && value <= 1, "%s must be in [0, 1] but was %s", what, value);
    return value;
  }

  static <T> List<T> copy(List<T> list, String what) {
    checkNotNull(list, "%s must not be null", what);
    for (T item : list) {
      checkNotNull(item, "%s must not contain null", what);
    }
    return List.copyOf(list);
  }

  /** Rounds a score to three decimals, so that reports and their JSON agree to the digit. */
  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** Formats a weight for a sentence, with two decimals and a point whatever the locale. */
  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** Shortens text shown in a message, so a huge bad value does not bury the message. */
  static String shown(String text) {
    return text.length() <= LONGEST_SHOWN ? text : text.substring(0, LONGEST_SHOWN) + "...";
  }

  /** Builds a JSON pointer from unescaped parts. */
  static String pointer(String... parts) {
    StringBuilder pointer = new StringBuilder();
    for (String part : parts) {
      pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.length() == 0 ? "/" : pointer.toString();
  }

  /** The name with its first letter in lower case, for use inside a sentence. */
  static String inSentence(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && !Character.isUpperCase(name.charAt(1))) {
      return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
    return name;
  }
}
