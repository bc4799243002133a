package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One result the person chose to save, as the history store holds it.
 *
 * @param id the store's id, 0 before it is stored
 * @param savedAt when it was saved
 * @param note the person's own note, possibly empty; plain text, escaped wherever it is shown
 * @param snapshot the part of the report that is kept
 */
record SavedResult(long id, Instant savedAt, String note, Snapshot snapshot) {

  static final int MAX_NOTE_LENGTH = 500;

  SavedResult {
    checkNotNull(savedAt, "savedAt must not be null");
    checkNotNull(note, "note must not be null");
    checkArgument(
        note.length() <= MAX_NOTE_LENGTH,
        "note must be at most %s characters but was %s",
        MAX_NOTE_LENGTH,
        note.length());
    checkNotNull(snapshot, "snapshot must not be null");
  }
}
