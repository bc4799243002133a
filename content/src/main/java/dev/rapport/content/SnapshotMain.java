package dev.rapport.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the snapshot of the bundled English pack; the build runs it after compiling, in a JVM of
 * its own, so that the snapshot is in the jar beside the JSON:
 *
 * <pre>{@code
 * java -cp <classes and dependencies> dev.rapport.content.SnapshotMain <classes folder>
 * }</pre>
 *
 * <p>The pack is loaded from its JSON, never from a snapshot, so a broken pack fails the build
 * here, with every problem listed.
 */
final class SnapshotMain {
  private SnapshotMain() {}

  /**
   * Writes {@value BundledSnapshot#RESOURCE} under the folder given.
   *
   * @param args the classes folder, alone
   * @throws IOException when the snapshot cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SnapshotMain <classes folder>");
      System.exit(2);
    }
    byte[] snapshot;
    try {
      snapshot = BundledSnapshot.write(DefaultContent.loadFromJson());
    } catch (ContentException e) {
      System.err.println("the bundled English pack is broken, so no snapshot is made: " + e);
      System.exit(1);
      return;
    }
    Path file = Path.of(args[0]).resolve(BundledSnapshot.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.write(file, snapshot);
  }
}
