package dev.rapport.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/** Checks shared by the value records of the core module: non-blank text, null-free lists. */
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
}
