package dev.rapport.core.material;

import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;

/**
 * One section of a letter template.
 *
 * @param key a kebab-case key, such as {@code what-i-experience}
 * @param title a short title
 * @param guidance what the section is for and how to write it
 * @param example a sample passage a person can adapt
 */
public record LetterSection(String key, String title, String guidance, String example) {

  /**
   * Checks and normalises the parts.
   *
   * @param key see the record description
   * @param title see the record description
   * @param guidance see the record description
   * @param example see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public LetterSection {
    Slugs.check(key, "letter section key");
    title = Texts.nonBlank(title, "title of letter section", key);
    guidance = Texts.nonBlank(guidance, "guidance of letter section", key);
    example = Texts.nonBlank(example, "example of letter section", key);
  }
}
