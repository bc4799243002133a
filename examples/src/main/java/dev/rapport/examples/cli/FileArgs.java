package dev.rapport.examples.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the {@code FILE|-} arguments of the commands: {@code -} is stdin or stdout, anything else a
 * path. Text is UTF-8; a file that cannot be opened is an {@link InputError} naming it.
 */
final class FileArgs {
  static final String STANDARD = "-";

  private FileArgs() {}

  /** What an input argument names, for messages: the path as given, or "stdin". */
  static String describe(String argument) {
    return STANDARD.equals(argument) ? "stdin" : argument;
  }

  /**
   * Opens an input for reading; stdin is wrapped so that closing the reader leaves it open.
   *
   * @throws InputError when the file is missing, a directory or unreadable
   */
  static BufferedReader reader(String argument) {
    InputStream in = STANDARD.equals(argument) ? unclosable(System.in) : open(path(argument));
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Opens an output for writing; {@code -} is the given standard writer, wrapped so that closing it
   * only flushes.
   *
   * @throws InputError when the file cannot be created
   */
  static Writer writer(String argument, Writer standard) {
    if (STANDARD.equals(argument)) {
      return new FilterWriter(standard) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path path = path(argument);
    try {
      return Files.newBufferedWriter(path);
    } catch (NoSuchFileException e) {
      throw new InputError("cannot create output file " + argument + ": its folder does not exist");
    } catch (AccessDeniedException e) {
      throw new InputError("cannot create output file " + argument + ": permission denied");
    } catch (IOException e) {
      throw new InputError("cannot create output file " + argument + ": " + e.getMessage());
    }
  }

  private static Path path(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new InputError("'" + argument + "' is not a usable file name: " + e.getReason());
    }
  }

  private static InputStream open(Path path) {
    if (Files.isDirectory(path)) {
      throw new InputError("input " + path + " is a directory, not a file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputError("input file not found: " + path);
    } catch (AccessDeniedException e) {
      throw new InputError("cannot read input file " + path + ": permission denied");
    } catch (IOException e) {
      throw new InputError("cannot read input file " + path + ": " + e.getMessage());
    }
  }

  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
