package dev.rapport.content;

/**
 * Thrown when a snapshot file cannot be used: it is not a snapshot, is of another format version or
 * record shape, was made from other JSON than the pack's, is corrupt or cut short, or holds a
 * knowledge base that the core rejects. Whoever reads a snapshot falls back to the JSON on it
 * ({@link DefaultContent}) or fails (the tests); a snapshot is never half-used.
 */
final class SnapshotException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With the reason, and what caused it when there is something. */
  SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }

  /** With the reason alone. */
  SnapshotException(String message) {
    super(message);
  }
}
