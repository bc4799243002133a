package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The snapshot file's header and integrity checks: every way a file can be other than the snapshot
 * of the JSON at hand is refused with a {@link SnapshotException} that says which, never read as a
 * wrong knowledge base.
 */
class SnapshotFileTest {
  private static final int SOURCE = 0x1234abcd;
  private static final PackSnapshot SNAPSHOT = PackSnapshot.of(DefaultContent.loadFromJson());
  private static final byte[] GOOD = SnapshotFile.write(SNAPSHOT, SOURCE);

  /** Where the payload starts: after magic, format, the shape, source, length and checksum. */
  private static int payloadStart() {
    ByteBuffer header = ByteBuffer.wrap(GOOD);
    int shapeLength = Short.toUnsignedInt(header.getShort(8));
    return 8 + 2 + shapeLength + 12;
  }

  private static String refusal(byte[] bytes) {
    return assertThrows(SnapshotException.class, () -> SnapshotFile.read(bytes, SOURCE))
        .getMessage();
  }

  @Test
  void read_whatWasWritten_givesItBack() throws SnapshotException {
    assertEquals(SNAPSHOT, SnapshotFile.read(GOOD, SOURCE));
  }

  @Test
  void write_sameSnapshot_givesTheSameBytes() {
    assertTrue(Arrays.equals(GOOD, SnapshotFile.write(SNAPSHOT, SOURCE)));
  }

  @Test
  void read_anotherFingerprint_isRefusedAsStale() {
    SnapshotException e =
        assertThrows(SnapshotException.class, () -> SnapshotFile.read(GOOD, SOURCE + 1));

    assertTrue(e.getMessage().contains("stale"), e.getMessage());
  }

  @Test
  void read_notASnapshot_isRefused() {
    byte[] json = "{\"version\": 1}".getBytes(StandardCharsets.UTF_8);

    assertTrue(refusal(json).contains("not a snapshot"));
    assertTrue(refusal(new byte[0]).contains("cut short"));
  }

  @Test
  void read_anotherFormatVersion_isRefused() {
    byte[] bytes = GOOD.clone();
    ByteBuffer.wrap(bytes).putInt(4, SnapshotFile.FORMAT + 1);

    assertTrue(refusal(bytes).contains("format " + (SnapshotFile.FORMAT + 1)));
  }

  @Test
  void read_anotherShape_isRefused() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(file)) {
      out.writeInt(SnapshotFile.MAGIC);
      out.writeInt(SnapshotFile.FORMAT);
      String shape = RecordCodec.of(PackSnapshot.class).shape();
      out.writeUTF(shape.replace("weight:double", "weight:int"));
      out.write(GOOD, payloadStart() - 12, GOOD.length - payloadStart() + 12);
    }

    assertTrue(refusal(file.toByteArray()).contains("other record types"));
  }

  @Test
  void read_everyTruncation_isRefused() {
    // Every cut within the header, and a spread of cuts within the payload.
    for (int length = 0; length < GOOD.length; length += length < payloadStart() + 64 ? 1 : 997) {
      byte[] cut = Arrays.copyOf(GOOD, length);

      String message = refusal(cut);

      assertTrue(
          message.contains("cut short") || message.contains("not a snapshot"),
          "at " + length + ": " + message);
    }
  }

  @Test
  void read_bytesAfterThePayload_areRefused() {
    byte[] longer = Arrays.copyOf(GOOD, GOOD.length + 1);

    assertTrue(refusal(longer).contains("bytes over"));
  }

  @Test
  void read_anyDamagedPayloadByte_isRefusedByTheChecksum() {
    int start = payloadStart();
    for (int at = start; at < GOOD.length; at += 331) {
      byte[] damaged = GOOD.clone();
      damaged[at] ^= 0x10;

      assertTrue(refusal(damaged).contains("corrupt"), "at " + at);
    }
  }

  @Test
  void read_aDamagedChecksumOrLength_isRefused() {
    byte[] checksum = GOOD.clone();
    checksum[payloadStart() - 1] ^= 1;
    byte[] length = GOOD.clone();
    length[payloadStart() - 5] ^= 1;

    assertTrue(refusal(checksum).contains("corrupt"));
    assertTrue(refusal(length).contains("cut short or has bytes over"));
  }

  /** The good file's header, with its length and checksum made to fit, and another payload. */
  private static byte[] withPayload(byte[] payload) {
    byte[] bytes = Arrays.copyOf(GOOD, payloadStart() + payload.length);
    System.arraycopy(payload, 0, bytes, payloadStart(), payload.length);
    ByteBuffer header = ByteBuffer.wrap(bytes);
    header.putInt(payloadStart() - 8, payload.length);
    header.putInt(payloadStart() - 4, SnapshotFile.checksum(payload, 0, payload.length));
    return bytes;
  }

  @Test
  void read_aPayloadThatDecodesToLessThanItsLength_isRefused() {
    // A valid payload with a byte more, and a header that owns up to it and checksums it.
    byte[] bytes = withPayload(Arrays.copyOfRange(GOOD, payloadStart(), GOOD.length + 1));

    assertTrue(refusal(bytes).contains("after its payload"));
  }

  @Test
  void read_aPayloadTheCodecRejects_isRefusedWithTheReason() {
    // Nothing but a huge reference where the snapshot record's first string begins.
    byte[] bytes =
        withPayload(new byte[] {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07});

    String message = refusal(bytes);

    assertTrue(message.contains("cannot be decoded"), message);
  }

  @Test
  void write_aSnapshotWithAnEmptyKnowledgeBase_roundTrips() throws SnapshotException {
    PackSnapshot empty =
        new PackSnapshot(
            "0",
            Locale.ROOT,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertEquals(empty, SnapshotFile.read(SnapshotFile.write(empty, SOURCE), SOURCE));
  }
}
