package dev.rapport.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where the files of one pack are read from: a bundled resource folder or a folder on disk. */
sealed interface PackSource {

  /** The folder that problems name when they concern the pack as a whole. */
  String name();

  /** How problems name {@code file} of this pack. */
  String display(PackFile file);

  /**
   * Reads a file of the pack.
   *
   * @return the bytes, or empty when the pack has no such file
   * @throws IOException when the file exists but cannot be read
   */
  Optional<byte[]> read(PackFile file) throws IOException;

  /** The JSON files of the pack whose names are not those of a pack file (likely typos). */
  List<String> strayJsonFiles() throws IOException;

  /** The bundled pack of a language, under {@code dev/rapport/content/<language>/}. */
  record Bundled(String language) implements PackSource {
    static final String ROOT = "dev/rapport/content/";

    @Override
    public String name() {
      return ROOT + language + "/";
    }

    @Override
    public String display(PackFile file) {
      return name() + file.fileName();
    }

    @Override
    public Optional<byte[]> read(PackFile file) throws IOException {
      try (InputStream in = PackSource.class.getResourceAsStream("/" + display(file))) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    }

    @Override
    public List<String> strayJsonFiles() {
      // Resource folders cannot be listed portably; the bundled packs are checked by tests.
      return List.of();
    }

    /** Tells whether a pack is bundled for {@code language}. */
    static boolean exists(String language) {
      return !language.isEmpty()
          && language.chars().allMatch(c -> c >= 'a' && c <= 'z')
          && PackSource.class.getResource("/" + ROOT + language + "/" + PackFile.PACK.fileName())
              != null;
    }
  }

  /** A pack in a folder on disk. */
  record Folder(Path folder) implements PackSource {

    @Override
    public String name() {
      return folder.toString();
    }

    @Override
    public String display(PackFile file) {
      return folder.resolve(file.fileName()).toString();
    }

    @Override
    public Optional<byte[]> read(PackFile file) throws IOException {
      Path path = folder.resolve(file.fileName());
      if (!Files.exists(path)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readAllBytes(path));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    }

    @Override
    public List<String> strayJsonFiles() throws IOException {
      List<String> stray = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*")) {
        for (Path path : files) {
          String name = path.getFileName().toString();
          if (name.toLowerCase(Locale.ROOT).endsWith(".json")
              && PackFile.byFileName(name).isEmpty()) {
            stray.add(name);
          }
        }
      }
      stray.sort(null);
      return stray;
    }
  }
}
