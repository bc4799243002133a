package dev.rapport.content;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.KnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and loads content packs: the bundled pack of a locale, and packs in folders, on their own
 * or laid over another.
 *
 * <p>A pack is a folder of JSON files, one per kind of item ({@code needs.json}, {@code
 * signs.json}, ...) plus {@code pack.json}; its format is described in {@code FORMAT.md} and by the
 * JSON Schemas shipped in {@code dev/rapport/content/schema/}.
 *
 * <p><b>Layering.</b> A pack laid over another (an <i>overlay</i>) changes it item by item: an item
 * whose id matches an item of the same file below replaces it whole; a new id adds an item. Every
 * file of an overlay is optional, and so is every field of its {@code pack.json}: {@code version}
 * and {@code locale}, when given, replace those below, and its {@code sources} are added (or
 * replace sources with the same id). Overlays cannot remove items.
 *
 * <p><b>Locales.</b> Bundled packs live under {@code dev/rapport/content/<language>/}, named by the
 * language's ISO 639 code. A bundled pack other than English is itself an overlay on the English
 * one, so an item not yet translated appears in English. Only {@code en} is bundled now.
 *
 * <p><b>Versions.</b> Every knowledge base carries the version of the content it was built from
 * ({@link KnowledgeBase#contentVersion()}): that of the highest layer that sets one.
 *
 * <p><b>Errors.</b> A broken pack is never half-loaded: every method here either returns a
 * complete, checked knowledge base or throws one {@link ContentException} that lists every problem
 * of every file of every layer, with the file and the place in it.
 *
 * <p>Bundled packs are loaded once and kept; packs from folders are read afresh on every call.
 * Thread-safe.
 */
public final class ContentPacks {
  private static final Map<String, KnowledgeBase> BY_LANGUAGE = new ConcurrentHashMap<>();

  private ContentPacks() {}

  /**
   * Returns the bundled pack for a locale, falling back to English.
   *
   * <p>Only the locale's language counts ({@code de_CH} finds {@code de}); a language with no
   * bundled pack, and {@link Locale#ROOT}, get English. The result for each language is loaded once
   * and kept.
   *
   * @param locale the locale the content is wanted in
   * @return the knowledge base of that locale's pack, or of the English pack
   * @throws ContentException if the bundled pack is broken
   */
  public static KnowledgeBase forLocale(Locale locale) {
    checkNotNull(locale, "locale must not be null");
    String language = PackLoader.bundledLanguage(locale.getLanguage());
    if (language.equals(PackLoader.DEFAULT_LANGUAGE)) {
      return DefaultContent.load();
    }
    // computeIfAbsent stores nothing when the load throws, so a broken pack is tried again.
    return BY_LANGUAGE.computeIfAbsent(language, l -> PackLoader.load(PackLoader.bundled(l)));
  }

  /**
   * Loads a pack from a folder laid over the bundled English pack.
   *
   * @param overlay a folder holding any of the pack files
   * @return the knowledge base of the English pack with the folder's items laid over it
   * @throws ContentException listing every problem, in the folder's files or in how its items fit
   *     with the default ones (such as a relation to an id that neither defines)
   */
  public static KnowledgeBase overDefault(Path overlay) {
    return overBundled(Locale.ENGLISH, overlay);
  }

  /**
   * Loads a pack from a folder laid over the bundled pack of a locale (see {@link
   * #forLocale(Locale)} for how the bundled pack is chosen).
   *
   * @param locale the locale of the bundled pack to lay the folder over
   * @param overlay a folder holding any of the pack files
   * @return the knowledge base of the bundled pack with the folder's items laid over it
   * @throws ContentException listing every problem found
   */
  public static KnowledgeBase overBundled(Locale locale, Path overlay) {
    checkNotNull(locale, "locale must not be null");
    checkNotNull(overlay, "overlay folder must not be null");
    List<Layer> layers =
        new ArrayList<>(PackLoader.bundled(PackLoader.bundledLanguage(locale.getLanguage())));
    layers.add(Layer.read(new PackSource.Folder(overlay), false));
    return PackLoader.load(layers);
  }

  /**
   * Loads a complete pack from a folder, with no bundled content under it, and lays any overlays
   * over it in order.
   *
   * <p>The pack folder must have every file and a {@code pack.json} with {@code version}, {@code
   * locale} and {@code sources}; this is how an app brings content of its own.
   *
   * @param pack a folder holding every pack file
   * @param overlays folders laid over it, lowest first, each holding any of the pack files
   * @return the knowledge base
   * @throws ContentException listing every problem found
   */
  public static KnowledgeBase fromFolder(Path pack, Path... overlays) {
    checkNotNull(pack, "pack folder must not be null");
    checkNotNull(overlays, "overlays must not be null");
    List<Layer> layers = new ArrayList<>();
    layers.add(Layer.read(new PackSource.Folder(pack), true));
    for (Path overlay : overlays) {
      checkNotNull(overlay, "overlay folder must not be null");
      layers.add(Layer.read(new PackSource.Folder(overlay), false));
    }
    return PackLoader.load(layers);
  }
}
