package dev.rapport.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads answers as plain lines: for piped input, scripts, tests and dumb terminals. */
final class PlainLineInput implements LineInput {
  private final BufferedReader in;
  private final PrintWriter out;
  private final boolean echo;

  PlainLineInput(BufferedReader in, PrintWriter out, boolean echo) {
    this.in = in;
    this.out = out;
    this.echo = echo;
  }

  @Override
  public Optional<String> readLine(String prompt) {
    out.print(prompt);
    out.flush();
    try {
      String line = in.readLine();
      if (line == null || echo) {
        out.println(line == null ? "" : line);
      }
      return Optional.ofNullable(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answers", e);
    }
  }

  @Override
  public void close() {
    // stdin belongs to the process; it stays open
  }
}
