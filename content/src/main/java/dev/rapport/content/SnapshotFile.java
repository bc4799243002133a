package dev.rapport.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;

/**
 * The layout of a snapshot file: a header that says what the bytes are and what they were made
 * from, then a {@link PackSnapshot} as {@link RecordCodec} writes it.
 *
 * <pre>
 * magic     4 bytes  "RPKS"
 * format    int      {@link #FORMAT}, the version of this layout
 * shape     UTF      the codec's {@link RecordCodec#shape() shape}: every record type, component,
 *                    enum constant and permitted subclass, in order
 * source    int      the fingerprint of the JSON the snapshot was made from
 * length    int      the length of the payload
 * checksum  int      the CRC-32C of the payload
 * payload   length bytes, and nothing after them
 * </pre>
 *
 * <p>Reading checks every field before it decodes a byte of the payload, and rejects a file that
 * differs in any with a {@link SnapshotException} that says which: so a snapshot of another
 * version of the code (the shape), of other JSON (the fingerprint), or damaged (the checksum) is
 * never read as a wrong knowledge base. Stateless and thread-safe.
 */
final class SnapshotFile {
  /** The first four bytes of every snapshot: "RPKS". */
  static final int MAGIC = 0x52504b53;

  /** The version of the layout; a new one when the header or the codec's encoding changes. */
  static final int FORMAT = 1;

  private static final RecordCodec<PackSnapshot> CODEC = RecordCodec.of(PackSnapshot.class);

  private SnapshotFile() {}

  /** Writes a snapshot made from JSON of the fingerprint {@code source}. */
  static byte[] write(PackSnapshot snapshot, int source) {
    try {
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(payload)) {
        CODEC.write(snapshot, out);
      }
      byte[] body = payload.toByteArray();
      ByteArrayOutputStream file = new ByteArrayOutputStream(body.length + 8192);
      try (DataOutputStream out = new DataOutputStream(file)) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(CODEC.shape());
        out.writeInt(source);
        out.writeInt(body.length);
        out.writeInt(checksum(body, 0, body.length));
        out.write(body);
      }
      return file.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory streams do not fail", e);
    }
  }

  /**
   * Reads a snapshot that must have been made from JSON of the fingerprint {@code source}.
   *
   * @throws SnapshotException saying what is wrong when the bytes are not such a snapshot
   */
  static PackSnapshot read(byte[] bytes, int source) throws SnapshotException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    try {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new SnapshotException(
            "not a snapshot: it starts with 0x" + Integer.toHexString(magic) + ", not RPKS");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new SnapshotException(
            "snapshot format " + format + " cannot be read; this code reads format " + FORMAT);
      }
      if (!in.readUTF().equals(CODEC.shape())) {
        throw new SnapshotException(
            "snapshot was written for other record types than this code's; rebuild it");
      }
      int made = in.readInt();
      if (made != source) {
        throw new SnapshotException(
            "snapshot is stale: it was made from other JSON (fingerprint "
                + Integer.toHexString(made)
                + ", the JSON's is "
                + Integer.toHexString(source)
                + "); rebuild it");
      }
      int length = in.readInt();
      int checksum = in.readInt();
      int start = bytes.length - in.available();
      if (length != in.available()) {
        throw new SnapshotException(
            "snapshot is cut short or has bytes over: its payload should be "
                + length
                + " bytes but is "
                + in.available());
      }
      if (checksum(bytes, start, length) != checksum) {
        throw new SnapshotException("snapshot is corrupt: its checksum does not match");
      }
      PackSnapshot snapshot = CODEC.read(in);
      if (in.available() != 0) {
        throw new SnapshotException(
            "snapshot has " + in.available() + " bytes after its payload that nothing reads");
      }
      return snapshot;
    } catch (EOFException e) {
      throw new SnapshotException("snapshot is cut short", e);
    } catch (IOException e) {
      throw new SnapshotException("snapshot cannot be decoded: " + e.getMessage(), e);
    }
  }

  /** The CRC-32C of {@code length} bytes from {@code start}. */
  static int checksum(byte[] bytes, int start, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, start, length);
    return (int) crc.getValue();
  }
}
