package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Locale;

/**
 * Checks and formats shared by the value records and the pipeline.
 *
 * <p>The records made on every assessment check their parts with the overloads that take a
 * message template and its arguments: the message is only formatted when a check fails, so a
 * passing check builds no text.
 */
final class Values {
  private static final int LONGEST_SHOWN = 60;

  private Values() {}

  /**
   * Tells whether a text is lower-case kebab-case, {@code [a-z0-9]+(-[a-z0-9]+)*}; checked without
   * a regular expression, as every node of an explanation is checked this way.
   */
  static boolean isSlug(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    boolean afterHyphen = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
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

  /**
   * Checks that a value is in [0, 1], naming it by a template such as {@code "score of sign %s"}
   * that is filled with {@code about} only when the check fails.
   */
  static double unit(double value, String whatTemplate, Object about) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          Strings.lenientFormat(whatTemplate, about) + " must be in [0, 1] but was " + value);
    }
    return value;
  }

  /** As {@link #unit(double, String, Object)}, with a template of two arguments. */
  static double unit(double value, String whatTemplate, Object first, Object second) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          Strings.lenientFormat(whatTemplate, first, second)
              + " must be in [0, 1] but was "
              + value);
    }
    return value;
  }

  static <T> List<T> copy(List<T> list, String what) {
    checkNotNull(list, "%s must not be null", what);
    try {
      // the JDK's own immutable lists come back as they are, already checked for nulls
      return List.copyOf(list);
    } catch (NullPointerException e) {
      for (T item : list) {
        checkNotNull(item, "%s must not contain null", what);
      }
      throw e;
    }
  }

  /**
   * Copies a list, naming it by a template such as {@code "evidence of cause %s"} that is filled
   * with {@code about} only when the check fails.
   */
  static <T> List<T> copy(List<T> list, String whatTemplate, Object about) {
    return copy(list, whatTemplate, about, null);
  }

  /** As {@link #copy(List, String, Object)}, with a template of two arguments. */
  static <T> List<T> copy(List<T> list, String whatTemplate, Object first, Object second) {
    if (list == null) {
      throw new NullPointerException(what(whatTemplate, first, second) + " must not be null");
    }
    try {
      return List.copyOf(list);
    } catch (NullPointerException e) {
      for (T item : list) {
        if (item == null) {
          throw new NullPointerException(
              what(whatTemplate, first, second) + " must not contain null");
        }
      }
      throw e;
    }
  }

  private static String what(String template, Object first, Object second) {
    return second == null
        ? Strings.lenientFormat(template, first)
        : Strings.lenientFormat(template, first, second);
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
