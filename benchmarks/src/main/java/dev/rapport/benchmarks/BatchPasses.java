package dev.rapport.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InputJson;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
import dev.rapport.examples.Rapport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import picocli.CommandLine;

/**
 * One pass over a JSON Lines file each: the parse-only baseline, the real {@code rapport batch},
 * and the steps in between. Each pass reads the file as the batch command does (UTF-8, a 64 KiB
 * buffer, line by line, skipping blank lines) and returns how many inputs it handled.
 */
final class BatchPasses {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BUFFER = 1 << 16;

  /** How far a step-by-step pass goes; each step does the ones before it too. */
  enum Step {
    /** Read each line into the input shape with {@code InputJson.read}. */
    READ("read lines + InputJson.read"),
    /** Then assess it. */
    ASSESS("  + assess"),
    /** Then write the report with {@code ReportJson.toJsonLine} to the output. */
    WRITE("  + ReportJson.toJsonLine, write");

    final String label;

    Step(String label) {
      this.label = label;
    }
  }

  private BatchPasses() {}

  /**
   * The baseline: reads each line into a Jackson tree with a plain {@link ObjectMapper}.
   *
   * @param input the JSON Lines file
   * @return the lines parsed
   * @throws IOException when the file cannot be read or a line is not JSON
   */
  static long parseOnly(Path input) throws IOException {
    long lines = 0;
    long fields = 0;
    try (BufferedReader in = reader(input)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          fields += JSON.readTree(line).size();
          lines++;
        }
      }
    }
    return fields >= 0 ? lines : -1; // uses the trees, so the JIT cannot drop the parsing
  }

  /**
   * Runs {@code rapport batch --input INPUT --output OUTPUT OPTIONS...} in this JVM, through
   * picocli, as {@code java -jar rapport.jar} would.
   *
   * @param input the JSON Lines file
   * @param output where the reports go (a file, or {@code /dev/null})
   * @param options more options of the command, such as {@code --threads 1}
   * @return what the command wrote to stderr: its progress and "done" lines
   * @throws IllegalStateException when the command exits with anything but 0 (some lines bad)
   */
  static String batch(Path input, Path output, List<String> options) {
    StringWriter err = new StringWriter();
    CommandLine command = Rapport.commandLine();
    command.setOut(new PrintWriter(Writer.nullWriter()));
    command.setErr(new PrintWriter(err));
    List<String> args =
        new ArrayList<>(List.of("batch", "--input", input.toString(), "--output", output.toString()));
    args.addAll(options);
    int exit = command.execute(args.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException("rapport batch exited with " + exit + ": " + err);
    }
    return err.toString();
  }

  /**
   * The batch loop without the command, up to a step, to tell where the time goes.
   *
   * @param input the JSON Lines file
   * @param output where the reports go when the step writes them
   * @param assessment the assessment, over the same content as the command's
   * @param upTo the last step done
   * @return the inputs handled
   * @throws IOException when the file cannot be read or the output written
   */
  static long steps(Path input, Path output, Assessment assessment, Step upTo)
      throws IOException {
    long lines = 0;
    long seen = 0;
    try (BufferedReader in = reader(input);
        Writer out = Files.newBufferedWriter(output)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        AssessmentInput read = InputJson.read(line);
        if (upTo == Step.READ) {
          seen += read.signs().size() + read.answers().size();
          continue;
        }
        Report report = assessment.assess(read);
        if (upTo == Step.ASSESS) {
          seen += report.recommendations().size();
          continue;
        }
        out.write(ReportJson.toJsonLine(report));
        out.write('\n');
      }
    }
    return seen >= 0 ? lines : -1; // uses the results, so the JIT cannot drop the work
  }

  /**
   * Counts the lines of a file.
   *
   * @param file the file
   * @return its line breaks
   * @throws IOException when the file cannot be read
   */
  static long countLines(Path file) throws IOException {
    long lines = 0;
    try (BufferedReader in = reader(file)) {
      while (in.readLine() != null) {
        lines++;
      }
    }
    return lines;
  }

  private static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), BUFFER);
  }
}
