package dev.rapport.examples;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the {@code rapport} command in-process, as {@code main} would but without exiting, with
 * stdin replaced and stdout and stderr captured. Tests run one at a time, so swapping {@code
 * System.in} is safe; it is restored after each run.
 */
public final class RapportRun {
  /** What a run gave. */
  public record Result(int exitCode, String out, String err) {}

  private RapportRun() {}

  /** Runs with an empty stdin. */
  public static Result run(String... args) {
    return withStdin("", args);
  }

  /** Runs with {@code stdin} as the standard input. */
  public static Result withStdin(String stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs with a stream as the standard input. */
  public static Result withStdin(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = withStreams(stdin, out, err, args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** Runs with the given stdin and writers, for output too large to hold. */
  public static int withStreams(InputStream stdin, Writer out, Writer err, String... args) {
    InputStream original = System.in;
    System.setIn(stdin);
    try {
      CommandLine commandLine = Rapport.commandLine(args);
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      return commandLine.execute(args);
    } finally {
      System.setIn(original);
    }
  }

  /** True when the text holds a line of a Java stack trace. */
  public static boolean hasStackTrace(String text) {
    return text.lines().anyMatch(line -> line.strip().startsWith("at ") && line.contains("("));
  }
}
