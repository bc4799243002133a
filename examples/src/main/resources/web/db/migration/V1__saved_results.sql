-- One row for each check-up result that the person chose to save, and nothing else.
-- snapshot_json holds only what the history shows: the connection index, its band, and the sign
-- and need scores. The safety part of a report, its scenario, causes and recommendations are
-- never stored.
CREATE TABLE saved_result (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  saved_at         TEXT    NOT NULL,
  note             TEXT    NOT NULL DEFAULT '',
  connection_index INTEGER NOT NULL CHECK (connection_index BETWEEN 0 AND 100),
  band             TEXT    NOT NULL,
  snapshot_json    TEXT    NOT NULL
);
