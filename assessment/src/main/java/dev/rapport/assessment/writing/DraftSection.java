package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One section of a drafted letter, for an app to show and let the person edit.
 *
 * @param key a kebab-case key, the same as the bundled letter template's section, such as {@code
 *     what-i-experience}
 * @param title a short title for the editing screen; not part of the letter as sent
 * @param guidance what the section is for and how to write it, from the letter template where it
 *     has this section
 * @param text the section's words, ready to send or to change
 */
public record DraftSection(String key, String title, String guidance, String text) {

  /**
   * Checks the parts.
   *
   * @param key see the record description
   * @param title see the record description
   * @param guidance see the record description
   * @param text see the record description
   * @throws IllegalArgumentException when the key or title is blank
   */
  public DraftSection {
    checkNotNull(key, "section key must not be null");
    checkArgument(!key.isBlank(), "section key must not be blank");
    checkNotNull(title, "title of section %s must not be null", key);
    checkArgument(!title.isBlank(), "title of section %s must not be blank", key);
    checkNotNull(guidance, "guidance of section %s must not be null", key);
    checkNotNull(text, "text of section %s must not be null", key);
  }

  /**
   * The same section with other words.
   *
   * @param newText the new words
   * @return a new section with the same key, title and guidance
   */
  public DraftSection withText(String newText) {
    return new DraftSection(key, title, guidance, newText);
  }
}
