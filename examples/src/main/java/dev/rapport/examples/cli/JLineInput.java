package dev.rapport.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Reads answers with JLine on a real terminal: line editing, and Ctrl-C or Ctrl-D to quit, as
 * {@code q} does. No history is kept, on disk or otherwise: answers stay out of files.
 */
final class JLineInput implements LineInput {
  private static final String QUIT = "q";

  private final Terminal terminal;
  private final LineReader reader;

  private JLineInput(Terminal terminal) {
    this.terminal = terminal;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .variable(LineReader.HISTORY_SIZE, 0)
            .build();
  }

  /**
   * Opens the system terminal, or returns empty when it is dumb (no line editing to offer), in
   * which case the caller reads plain lines.
   */
  static Optional<LineInput> open() {
    try {
      Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
      String type = terminal.getType();
      if (type == null || type.startsWith(Terminal.TYPE_DUMB)) {
        terminal.close();
        return Optional.empty();
      }
      return Optional.of(new JLineInput(terminal));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> readLine(String prompt) {
    try {
      return Optional.of(reader.readLine(prompt));
    } catch (EndOfFileException | UserInterruptException e) {
      return Optional.of(QUIT);
    }
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the terminal", e);
    }
  }
}
