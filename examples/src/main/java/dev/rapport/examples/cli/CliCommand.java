package dev.rapport.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command of this package shares: {@code --help}, the output writers, and the exit codes
 * for bad input.
 */
abstract class CliCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int BAD_INPUT = 2;
  static final int SOME_BAD_LINES = 3;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  /**
   * Runs the command.
   *
   * @return the exit code
   * @throws InputError for bad input, which becomes one line on stderr and exit code 2
   * @throws Exception for anything else, an internal error
   */
  abstract int run() throws Exception;

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (InputError e) {
      err().println(spec.qualifiedName() + ": " + e.getMessage());
      return BAD_INPUT;
    } finally {
      out().flush();
      err().flush();
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
