package dev.rapport.examples;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on stderr and exit code 1.
 *
 * <p>Commands report bad input themselves (exit code 2); anything reaching here is a bug or a
 * broken installation, so the stack trace is printed only on request, with {@code -Drapport.debug}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  static final int INTERNAL_ERROR = 1;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    commandLine
        .getErr()
        .println(
            commandLine.getCommandSpec().qualifiedName()
                + ": internal error: "
                + exception
                + " (run with -Drapport.debug for the stack trace)");
    if (System.getProperty("rapport.debug") != null) {
      exception.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return INTERNAL_ERROR;
  }
}
