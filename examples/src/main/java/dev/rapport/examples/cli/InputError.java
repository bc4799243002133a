package dev.rapport.examples.cli;

/**
 * Bad input from the person running a command: a missing file, malformed JSON, an unknown id.
 *
 * <p>The message is one line that says what is wrong and where; {@link CliCommand} prints it on
 * stderr and exits with code 2, without a stack trace.
 */
final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputError(String message) {
    super(oneLine(message));
  }

  InputError(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
