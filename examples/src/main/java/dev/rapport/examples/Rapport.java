package dev.rapport.examples;

import dev.rapport.examples.cli.AssessCommand;
import dev.rapport.examples.cli.BatchCommand;
import dev.rapport.examples.cli.CheckinCommand;
import dev.rapport.examples.cli.CheckupCommand;
import dev.rapport.examples.cli.CoachCommand;
import dev.rapport.examples.cli.ContentCommand;
import dev.rapport.examples.cli.LetterCommand;
import dev.rapport.examples.web.WebCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rapport} command: the reference apps of Rapport as subcommands of one executable jar.
 *
 * <p>Exit codes, for every subcommand: 0 for success; 2 for bad flags (with picocli's usage
 * message) and for bad input (with a one-line message saying what and where); 3 when a batch had
 * some bad lines; 1 only for an internal error.
 *
 * <pre>{@code
 * java -jar rapport.jar checkup
 * java -jar rapport.jar assess --input answers.json --format text
 * }</pre>
 */
@Command(
    name = "rapport",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    description = {
      "Rapport: a self-help check-up for a partnership that has gone emotionally quiet.",
      "Not a diagnosis or therapy, and not a crisis service. Answers stay on this machine."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error",
      "2:bad flags or bad input",
      "3:a batch had some bad lines"
    })
public final class Rapport {
  /** The subcommands, in the order the usage message lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CheckupCommand.class,
          AssessCommand.class,
          BatchCommand.class,
          ContentCommand.class,
          LetterCommand.class,
          CoachCommand.class,
          CheckinCommand.class,
          WebCommand.class);

  /** Makes the command object; {@link #commandLine()} gives it ready to run. */
  public Rapport() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine(args);
    // JSON is UTF-8 whatever the platform's default charset; the text forms follow suit.
    commandLine.setOut(utf8(FileDescriptor.out));
    commandLine.setErr(utf8(FileDescriptor.err));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /**
   * Makes the {@code rapport} command line with its subcommands and error handling.
   *
   * <p>Bad flags print picocli's usage message and give exit code 2; an unexpected exception prints
   * one line and gives exit code 1 (with the stack trace when the system property {@code
   * rapport.debug} is set).
   *
   * @return a new command line; set its out and err writers to capture the output
   */
  public static CommandLine commandLine() {
    return withSubcommands(SUBCOMMANDS);
  }

  /**
   * Makes the {@code rapport} command line for running {@code args}: when the first argument names
   * a subcommand exactly, only that subcommand is set up, otherwise all of them are (for the
   * top-level usage message, and for picocli's suggestions on a misspelt name).
   *
   * <p>Setting up a subcommand means reading its annotations and fields reflectively, which in a
   * fresh JVM costs several milliseconds each; a one-shot command such as {@code rapport assess}
   * should not pay for the seven others. What runs, and what it prints, is the same either way.
   *
   * @param args the command-line arguments that will be executed
   * @return a new command line; set its out and err writers to capture the output
   */
  public static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return withSubcommands(List.of(subcommand));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine withSubcommands(List<Class<?>> subcommands) {
    CommandLine commandLine = new CommandLine(new Rapport());
    for (Class<?> subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    return commandLine;
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }
}
