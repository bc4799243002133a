package dev.rapport.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items of one or more layers laid over each other, each still raw JSON with the place it came
 * from.
 *
 * <p>Layering works by id within each file: an item whose id matches one of a lower layer replaces
 * it whole, and a new id adds an item. {@code pack.json} is layered field by field: {@code version}
 * and {@code locale} of a higher layer win, and its sources are layered by id like items. Two items
 * with one id in the same file of one layer are a problem; the second is dropped.
 */
final class Assembly {
  /** One raw item and where it came from. */
  record Item(JsonNode node, Origin origin) {}

  /** The head of one layer's {@code pack.json}: everything but its sources. */
  record Head(JsonNode node, Origin origin, boolean complete) {}

  private final List<Head> heads = new ArrayList<>();
  private final Map<String, Item> sources = new LinkedHashMap<>();
  private final Map<PackFile, Map<String, Item>> items = new EnumMap<>(PackFile.class);
  private final Set<PackFile> unreadable = EnumSet.noneOf(PackFile.class);

  private Assembly() {
    for (PackFile file : PackFile.values()) {
      if (file.isList()) {
        items.put(file, new LinkedHashMap<>());
      }
    }
  }

  /** Lays {@code layers} over each other, the first at the bottom. */
  static Assembly of(List<Layer> layers, Problems problems) {
    Assembly assembly = new Assembly();
    for (int l = 0; l < layers.size(); l++) {
      Layer layer = layers.get(l);
      for (PackFile file : PackFile.values()) {
        String name = layer.source().display(file);
        Optional<JsonNode> root = layer.root(file);
        if (root.isEmpty()) {
          if (layer.complete() || layer.text(file).isPresent()) {
            assembly.unreadable.add(file);
          }
          continue;
        }
        if (file == PackFile.PACK) {
          assembly.addPack(root.get(), new Origin(name, ""), layer.complete(), l, problems);
        } else {
          layer(
              assembly.items.get(file),
              file.subject(),
              root.get(),
              new Origin(name, ""),
              l,
              problems);
        }
      }
    }
    return assembly;
  }

  private void addPack(
      JsonNode root, Origin origin, boolean complete, int layer, Problems problems) {
    ObjectNode head = root.deepCopy();
    JsonNode list = head.remove("sources");
    heads.add(new Head(head, origin, complete));
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      problems.add(origin.field("sources"), "sources must be an array but was " + Json.shown(list));
      return;
    }
    layer(sources, "source", list, origin.field("sources"), layer, problems);
  }

  private static void layer(
      Map<String, Item> into,
      String subject,
      JsonNode array,
      Origin origin,
      int layer,
      Problems problems) {
    Map<String, Origin> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      Origin at = origin.index(i);
      JsonNode id = node.path("id");
      if (!id.isTextual()) {
        // Kept under a key no id can have, so that binding reports what is wrong with it.
        into.put("#" + layer + at, new Item(node, at));
        continue;
      }
      Origin first = seen.putIfAbsent(id.textValue(), at);
      if (first != null) {
        problems.add(
            at.field("id"),
            subject
                + " id '"
                + Json.abbreviate(id.textValue())
                + "' is used twice in this file; the first is at "
                + first.pointer());
        continue;
      }
      into.put(id.textValue(), new Item(node, at));
    }
  }

  /** The heads of every layer's {@code pack.json}, lowest first. */
  List<Head> heads() {
    return heads;
  }

  /**
   * The files that some layer has but could not be read, or that a complete layer lacks: what their
   * items would have defined is unknown.
   */
  Set<PackFile> unreadable() {
    return unreadable;
  }

  /** The sources of {@code pack.json}, layered, in order of first appearance. */
  List<Item> sources() {
    return List.copyOf(sources.values());
  }

  /** The items of a list file, layered, in order of first appearance. */
  List<Item> items(PackFile file) {
    return List.copyOf(items.get(file).values());
  }
}
