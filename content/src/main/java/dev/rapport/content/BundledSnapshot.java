package dev.rapport.content;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.KnowledgeBaseException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The snapshot of the bundled English pack: its knowledge base written at build time from the
 * JSON ({@link SnapshotMain}), bundled beside the JSON as {@value #RESOURCE}, and read by {@link
 * DefaultContent} instead of parsing and mapping the JSON.
 *
 * <p>A snapshot is checked against the JSON bundled with it by a fingerprint of the JSON's bytes,
 * so that one left over from before the JSON changed (say, an IDE that copies the resources but
 * does not run the build) is refused as stale instead of read. The knowledge base is built back
 * through the core's builder, which checks the graph again. Stateless and thread-safe.
 */
final class BundledSnapshot {
  /** Where the snapshot is, on the class path and under the build's classes folder. */
  static final String RESOURCE =
      PackSource.Bundled.ROOT + PackLoader.DEFAULT_LANGUAGE + "/pack.snapshot";

  /** The bundled English {@code pack.json}, beside which the other JSON files are. */
  private static final String PACK_JSON =
      "/" + PackSource.Bundled.ROOT + PackLoader.DEFAULT_LANGUAGE + "/pack.json";

  private BundledSnapshot() {}

  /**
   * The bundled snapshot's bytes.
   *
   * @return the bytes, or empty when none is bundled (the build has not made one)
   * @throws IOException when it is there but cannot be read
   */
  static Optional<byte[]> bundled() throws IOException {
    try (InputStream in = BundledSnapshot.class.getResourceAsStream("/" + RESOURCE)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }

  /**
   * Reads the knowledge base of a snapshot of the bundled English pack.
   *
   * @throws SnapshotException when the bytes are no snapshot of the bundled JSON as it is now, or
   *     hold a knowledge base that the core rejects
   */
  static KnowledgeBase read(byte[] snapshot) throws SnapshotException {
    int source;
    try {
      source = fingerprint();
    } catch (IOException e) {
      throw new SnapshotException("cannot read the bundled JSON to check the snapshot against", e);
    }
    PackSnapshot pack = SnapshotFile.read(snapshot, source);
    try {
      return pack.build();
    } catch (KnowledgeBaseException e) {
      throw new SnapshotException("the core rejects the snapshot's knowledge base: " + e, e);
    }
  }

  /** Writes the snapshot of a knowledge base built from the bundled English JSON. */
  static byte[] write(KnowledgeBase kb) {
    try {
      return SnapshotFile.write(PackSnapshot.of(kb), fingerprint());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled JSON", e);
    }
  }

  /** The fingerprint of the bundled English JSON. */
  static int fingerprint() throws IOException {
    URL packJson = BundledSnapshot.class.getResource(PACK_JSON);
    if (packJson == null) {
      throw new FileNotFoundException(PACK_JSON + " is not on the class path");
    }
    return fingerprint(packJson);
  }

  /**
   * The CRC-32C of the JSON of the pack whose {@code pack.json} is at {@code packJson}: each pack
   * file's name, length and bytes in the order of {@link PackFile}, a missing file as length -1.
   *
   * <p>The files are found beside {@code pack.json}, by their names against its URL, which works
   * alike in a folder and in a jar, and needs no path put together.
   */
  static int fingerprint(URL packJson) throws IOException {
    CRC32C crc = new CRC32C();
    for (PackFile file : PackFile.values()) {
      crc.update(file.fileName().getBytes(StandardCharsets.UTF_8));
      byte[] bytes;
      try (InputStream in = new URL(packJson, file.fileName()).openStream()) {
        bytes = in.readAllBytes();
      } catch (FileNotFoundException e) {
        bytes = null;
      }
      int length = bytes == null ? -1 : bytes.length;
      crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(length).array());
      if (bytes != null) {
        crc.update(bytes);
      }
    }
    return (int) crc.getValue();
  }
}
