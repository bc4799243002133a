package dev.rapport.examples.cli;

import java.util.Optional;

/**
 * Where the check-up reads its answers: a JLine line reader on a terminal, plain lines otherwise.
 */
interface LineInput extends AutoCloseable {

  /**
   * Shows the prompt and reads one line.
   *
   * @return the line without its line end, or empty at the end of piped input
   */
  Optional<String> readLine(String prompt);

  @Override
  void close();
}
