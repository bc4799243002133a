package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;

/**
 * A situation in which an intervention is not advised, with the reason in plain words.
 *
 * @param condition the situation
 * @param note why, for the person reading it
 */
public record Contraindication(Condition condition, String note) {

  /**
   * Checks and normalises the parts.
   *
   * @param condition see the record description
   * @param note see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Contraindication {
    checkNotNull(condition, "contraindication condition must not be null");
    note = Texts.nonBlank(note, "contraindication note");
  }
}
