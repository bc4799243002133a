package dev.rapport.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * Checks shared by the value records of the core module: non-blank text, null-free lists.
 *
 * <p>The forms that take what the text or list is {@code of} (such as {@code "name of need", id})
 * make the message only when the check fails: records are made by the thousand when a knowledge
 * base is loaded, and building every message up front cost time and garbage on every load.
 */
public final class Texts {
  private Texts() {}

  /**
   * Returns {@code text} stripped of surrounding white space.
   *
   * @param text the text to check
   * @param what what the text is, for the message
   * @return the stripped text
   * @throws IllegalArgumentException when the text is blank
   * @throws NullPointerException when the text is null
   */
  public static String nonBlank(String text, String what) {
    checkNotNull(text, "%s must not be null", what);
    checkArgument(!text.isBlank(), "%s must not be blank", what);
    return text.strip();
  }

  /**
   * Returns {@code text} stripped of surrounding white space.
   *
   * @param text the text to check
   * @param what what the text is, for the message, such as {@code name of need}
   * @param of whose it is, for the message after {@code what}, such as the need's id
   * @return the stripped text
   * @throws IllegalArgumentException when the text is blank
   * @throws NullPointerException when the text is null
   */
  public static String nonBlank(String text, String what, Object of) {
    checkNotNull(text, "%s %s must not be null", what, of);
    checkArgument(!text.isBlank(), "%s %s must not be blank", what, of);
    return text.strip();
  }

  /**
   * Returns an immutable copy of {@code list}.
   *
   * @param <T> the element type
   * @param list the list to copy
   * @param what what the list is, for the message
   * @return the immutable copy
   * @throws NullPointerException when the list or an element is null
   */
  public static <T> List<T> copy(List<T> list, String what) {
    checkNotNull(list, "%s must not be null", what);
    for (T item : list) {
      checkNotNull(item, "%s must not contain null", what);
    }
    return List.copyOf(list);
  }

  /**
   * Returns an immutable copy of {@code list}.
   *
   * @param <T> the element type
   * @param list the list to copy
   * @param what what the list is, for the message, such as {@code citations of need}
   * @param of whose it is, for the message after {@code what}, such as the need's id
   * @return the immutable copy
   * @throws NullPointerException when the list or an element is null
   */
  public static <T> List<T> copy(List<T> list, String what, Object of) {
    checkNotNull(list, "%s %s must not be null", what, of);
    for (T item : list) {
      checkNotNull(item, "%s %s must not contain null", what, of);
    }
    return List.copyOf(list);
  }
}
