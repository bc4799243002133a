package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;

/**
 * Where in a source an item comes from.
 *
 * @param source the source document
 * @param section the heading or place in that document, such as {@code 3. Feeling Invisible}
 */
public record Citation(Source source, String section) {

  /**
   * Checks and normalises the parts.
   *
   * @param source see the record description
   * @param section see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Citation {
    checkNotNull(source, "citation source must not be null");
    section = Texts.nonBlank(section, "citation section");
  }
}
