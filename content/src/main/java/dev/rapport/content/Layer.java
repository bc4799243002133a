package dev.rapport.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of one pack, read and parsed but not yet checked: the JSON trees of the files that are
 * well-formed, and the problems of those that are not.
 *
 * <p>Immutable once read: the trees are never changed.
 */
final class Layer {
  private final PackSource source;
  private final boolean complete;
  private final Map<PackFile, JsonNode> roots;
  private final Map<PackFile, byte[]> texts;
  private final List<ReadProblem> problems;

  /** A problem found while reading, before positions are known for the other problems. */
  record ReadProblem(String file, String pointer, int line, int column, String message) {}

  private Layer(
      PackSource source,
      boolean complete,
      Map<PackFile, JsonNode> roots,
      Map<PackFile, byte[]> texts,
      List<ReadProblem> problems) {
    this.source = source;
    this.complete = complete;
    this.roots = roots;
    this.texts = texts;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads every file of a pack.
   *
   * @param source where the pack is
   * @param complete true for a pack that must have every file; false for one laid over another, in
   *     which every file is optional
   */
  static Layer read(PackSource source, boolean complete) {
    Map<PackFile, JsonNode> roots = new EnumMap<>(PackFile.class);
    Map<PackFile, byte[]> texts = new EnumMap<>(PackFile.class);
    List<ReadProblem> problems = new ArrayList<>();
    if (source instanceof PackSource.Folder folder && !Files.isDirectory(folder.folder())) {
      problems.add(
          new ReadProblem(
              source.name(),
              "",
              0,
              0,
              Files.exists(folder.folder())
                  ? "a pack must be a folder, but this is a file"
                  : "pack folder does not exist"));
      return new Layer(source, complete, roots, texts, problems);
    }
    try {
      for (String stray : source.strayJsonFiles()) {
        problems.add(
            new ReadProblem(
                source.name() + (source.name().endsWith("/") ? "" : "/") + stray,
                "",
                0,
                0,
                "unknown pack file '"
                    + stray
                    + "'; the files of a pack are "
                    + Stream.of(PackFile.values())
                        .map(PackFile::fileName)
                        .collect(Collectors.joining(", "))));
      }
    } catch (IOException e) {
      problems.add(new ReadProblem(source.name(), "", 0, 0, "cannot list the pack folder: " + e));
    }
    for (PackFile file : PackFile.values()) {
      String name = source.display(file);
      Optional<byte[]> bytes;
      try {
        bytes = source.read(file);
      } catch (IOException e) {
        problems.add(new ReadProblem(name, "", 0, 0, "cannot read the file: " + e));
        continue;
      }
      if (bytes.isEmpty()) {
        if (complete) {
          problems.add(
              new ReadProblem(
                  name,
                  "",
                  0,
                  0,
                  "file is missing; a pack that is not laid over another needs every file"));
        }
        continue;
      }
      texts.put(file, bytes.get());
      parse(file, name, bytes.get(), problems).ifPresent(root -> roots.put(file, root));
    }
    return new Layer(source, complete, roots, texts, problems);
  }

  private static Optional<JsonNode> parse(
      PackFile file, String name, byte[] bytes, List<ReadProblem> problems) {
    JsonNode root;
    try {
      root = Json.parse(bytes);
    } catch (JsonProcessingException e) {
      Json.ParseError error = Json.describe(e);
      problems.add(
          new ReadProblem(name, error.pointer(), error.line(), error.column(), error.message()));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(new ReadProblem(name, "", 0, 0, "cannot read the file: " + e));
      return Optional.empty();
    }
    if (root == null || root.isMissingNode()) {
      problems.add(
          new ReadProblem(
              name,
              "",
              0,
              0,
              "file is empty; it must hold "
                  + (file.isList() ? "an array (use [] for none)" : "an object")));
      return Optional.empty();
    }
    if (file.isList() && !root.isArray()) {
      problems.add(
          new ReadProblem(
              name, "", 0, 0, "the file must hold an array but holds " + Json.shown(root)));
      return Optional.empty();
    }
    if (!file.isList() && !root.isObject()) {
      problems.add(
          new ReadProblem(
              name, "", 0, 0, "the file must hold an object but holds " + Json.shown(root)));
      return Optional.empty();
    }
    return Optional.of(root);
  }

  PackSource source() {
    return source;
  }

  /** Whether this pack must have every file and every field of {@code pack.json}. */
  boolean complete() {
    return complete;
  }

  /** The parsed root of {@code file}, when the pack has it and it is well-formed. */
  Optional<JsonNode> root(PackFile file) {
    return Optional.ofNullable(roots.get(file));
  }

  /** The text of {@code file}, when the pack has it. */
  Optional<byte[]> text(PackFile file) {
    return Optional.ofNullable(texts.get(file));
  }

  /** The problems found while reading: missing, unreadable or malformed files. */
  List<ReadProblem> problems() {
    return problems;
  }
}
