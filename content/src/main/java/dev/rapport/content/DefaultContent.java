package dev.rapport.content;

import com.google.common.base.Suppliers;
import dev.rapport.core.KnowledgeBase;
import java.util.function.Supplier;

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
 */
public final class DefaultContent {
  private static final Supplier<KnowledgeBase> DEFAULT =
      Suppliers.memoize(() -> PackLoader.load(PackLoader.bundled(PackLoader.DEFAULT_LANGUAGE)));

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
    return DEFAULT.get();
  }

  /** Loads the English pack afresh, without the cache; for measuring and for tests. */
  static KnowledgeBase loadUncached() {
    return PackLoader.load(PackLoader.bundled(PackLoader.DEFAULT_LANGUAGE));
  }
}
