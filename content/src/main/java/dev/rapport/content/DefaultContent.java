package dev.rapport.content;

import dev.rapport.core.KnowledgeBase;
import java.io.IOException;
import java.util.Optional;

/**
 * The bundled English content pack, ready to use.
 *
 * <pre>{@code
 * KnowledgeBase kb = DefaultContent.load();
 * for (Relation r : kb.needsBehind(SignId.of("lonely-together"))) {
 *   System.out.println(kb.require(r.to()).name() + " " + r.weight());
 * }
 * }</pre>
 *
 * <p>The pack is read from the classpath ({@code dev/rapport/content/en/}) the first time it is
 * asked for and kept: a {@link KnowledgeBase} is immutable, so every caller shares one.
 * Thread-safe. To lay your own items over it, or to ask for another language, see {@link
 * ContentPacks}.
 *
 * <p>The build bundles a snapshot of the pack's knowledge base, made from its JSON, and that is
 * what is read: it is several times quicker than the JSON and is checked by the core alike. When no
 * snapshot is bundled (classes built by an IDE alone), the JSON is read; when one is bundled but
 * cannot be used (it is stale, of another version or damaged), a warning is logged and the JSON is
 * read. Either way the knowledge base is that of the JSON.
 */
public final class DefaultContent {
  /** The pack once loaded; null until then, and after a load that threw, so the next retries. */
  private static volatile KnowledgeBase loaded;

  private DefaultContent() {}

  /**
   * Returns the knowledge base of the bundled English pack, loading it on the first call.
   *
   * <p>Its {@link KnowledgeBase#contentVersion()} is the {@code version} of the pack's {@code
   * pack.json}, and its {@link KnowledgeBase#locale()} is English.
   *
   * @return the same knowledge base on every call
   * @throws ContentException if the bundled pack is broken (a build or packaging error: the tests
   *     of this module load it); the next call tries again
   */
  public static KnowledgeBase load() {
    // Double-checked rather than a memoizing supplier, whose lambda is the first spun up in a
    // fresh JVM: all of a cold load is on the clock of an app's start.
    KnowledgeBase kb = loaded;
    if (kb == null) {
      synchronized (DefaultContent.class) {
        kb = loaded;
        if (kb == null) {
          kb = loadUncached();
          loaded = kb;
        }
      }
    }
    return kb;
  }

  /** Loads the English pack afresh, without the cache; for measuring and for tests. */
  static KnowledgeBase loadUncached() {
    Optional<byte[]> snapshot;
    try {
      snapshot = BundledSnapshot.bundled();
    } catch (IOException e) {
      warn("the bundled snapshot of the English pack cannot be read (" + e + ")");
      snapshot = Optional.empty();
    }
    return loadFrom(snapshot);
  }

  /**
   * Loads the English pack from a snapshot of it, or from its JSON when there is none or it cannot
   * be used (with a warning).
   */
  static KnowledgeBase loadFrom(Optional<byte[]> snapshot) {
    if (snapshot.isPresent()) {
      try {
        return BundledSnapshot.read(snapshot.get());
      } catch (SnapshotException e) {
        warn("the bundled snapshot of the English pack cannot be used (" + e.getMessage() + ")");
      }
    }
    return loadFromJson();
  }

  /** Loads the English pack from its JSON, never from a snapshot. */
  static KnowledgeBase loadFromJson() {
    return PackLoader.load(PackLoader.bundled(PackLoader.DEFAULT_LANGUAGE));
  }

  private static void warn(String why) {
    System.getLogger(DefaultContent.class.getName())
        .log(System.Logger.Level.WARNING, why + ", so its JSON is read instead");
  }
}
