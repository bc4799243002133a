package dev.rapport.content;

import dev.rapport.core.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads packs: reads each layer, lays them over each other, maps them onto the core and builds the
 * knowledge base, or throws one {@link ContentException} with every problem of every layer.
 *
 * <p>Layers are read afresh for every load, so that no parsed JSON is kept once a knowledge base is
 * built (the bundled knowledge bases themselves are cached by {@link DefaultContent} and {@link
 * ContentPacks}); reading the English pack takes a few milliseconds. Thread-safe.
 */
final class PackLoader {
  /** The language of the default pack, which every other bundled pack is laid over. */
  static final String DEFAULT_LANGUAGE = "en";

  private PackLoader() {}

  /** The bundled layers for {@code language}: English, with the language's pack over it. */
  static List<Layer> bundled(String language) {
    List<Layer> layers = new ArrayList<>();
    layers.add(Layer.read(new PackSource.Bundled(DEFAULT_LANGUAGE), true));
    if (!language.equals(DEFAULT_LANGUAGE) && PackSource.Bundled.exists(language)) {
      layers.add(Layer.read(new PackSource.Bundled(language), false));
    }
    return layers;
  }

  /** The language whose bundled pack serves {@code language}: itself if bundled, else English. */
  static String bundledLanguage(String language) {
    return PackSource.Bundled.exists(language) ? language : DEFAULT_LANGUAGE;
  }

  /**
   * Builds the knowledge base of {@code layers}, the first at the bottom.
   *
   * @throws ContentException with every problem of every layer
   */
  static KnowledgeBase load(List<Layer> layers) {
    Problems problems = new Problems();
    int order = 0;
    for (Layer layer : layers) {
      problems.file(layer.source().name(), order++, Optional.empty());
      for (PackFile file : PackFile.values()) {
        problems.file(layer.source().display(file), order++, layer.text(file));
      }
      for (Layer.ReadProblem p : layer.problems()) {
        problems.addAt(p.file(), p.pointer(), p.line(), p.column(), p.message());
      }
    }
    Assembly assembly = Assembly.of(layers, problems);
    Layer top = layers.get(layers.size() - 1);
    return new PackMapper(assembly, problems, top.source().display(PackFile.PACK)).build();
  }
}
