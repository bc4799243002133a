package dev.rapport.examples.web;

import java.util.List;
import java.util.Optional;

/**
 * The form under a report that saves it: the answers again as hidden fields (nothing is kept on the
 * server between requests), and the person's optional note.
 *
 * @param formName which form was answered
 * @param hidden the answers as hidden fields
 * @param note the note as typed so far
 * @param noteError the problem with the note, if any
 * @param safetyRaised true when the safety screen found something: the page then says what a saved
 *     result shows, for people on a shared or checked device
 */
record SaveForm(
    String formName,
    List<Field> hidden,
    String note,
    Optional<String> noteError,
    boolean safetyRaised) {

  static final String NOTE_FIELD = "note";

  /** Makes the form for answers not yet saved. */
  static SaveForm of(Answers answers, String note, Optional<String> noteError, boolean safety) {
    return new SaveForm(
        AnswerForm.nameOf(answers.form()),
        answers.hiddenFields().stream().map(e -> new Field(e.getKey(), e.getValue())).toList(),
        note,
        noteError,
        safety);
  }

  /** The longest note accepted. */
  int maxNote() {
    return SavedResult.MAX_NOTE_LENGTH;
  }

  /**
   * One hidden field.
   *
   * @param name its name
   * @param value its value
   */
  record Field(String name, String value) {}
}
