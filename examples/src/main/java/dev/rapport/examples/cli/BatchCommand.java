package dev.rapport.examples.cli;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.ReportJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.spi.SystemStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport batch}: assesses many people at once, one a line, streaming: JSON Lines or CSV in,
 * one JSON report a line out, in input order.
 *
 * <p>It holds a few chunks of lines at a time, so a million lines take no more memory than ten;
 * with {@code --threads} above 1 the chunks are assessed in parallel and written in order. A bad line never
 * stops the run: its output line is an error record {@code {"line": N, "error": "..."}}. Blank
 * lines are skipped and give no output line.
 */
@Command(
    name = "batch",
    sortOptions = false,
    description = {
      "Assess many inputs, one a line: JSON Lines or CSV in, JSON Lines of reports out.",
      "JSON Lines: the input shape of 'assess', one object a line. CSV: a header of sign ids,"
          + " plus optional 'context' (cause ids separated by ';') and 'partnerEngagement';"
          + " then one person a line, intensities 0 to 4, empty when not answered.",
      "A bad line becomes an error record {\"line\": N, \"error\": \"...\"} and the run goes on.",
      "Progress goes to stderr: a bar on a terminal, a line every 100000 lines otherwise."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line was good",
      "1:internal error",
      "2:bad flags, or the input cannot be read",
      "3:some lines were bad (see the error records)"
    })
public final class BatchCommand extends CliCommand {
  enum Format {
    JSONL,
    CSV;

    static final class Words extends EnumWords<Format> {
      Words() {
        super(Format.class);
      }
    }
  }

  enum ReportForm {
    FULL,
    SUMMARY;

    static final class Words extends EnumWords<ReportForm> {
      Words() {
        super(ReportForm.class);
      }
    }
  }

  @Mixin InputOption input;

  @Mixin RegionOption region;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|-",
      defaultValue = "-",
      description = "Where the reports go, or - for stdout (the default).")
  String output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "jsonl|csv",
      defaultValue = "jsonl",
      converter = Format.Words.class,
      description = "The input format: jsonl (the default) or csv.")
  Format format;

  @Option(
      names = "--report",
      paramLabel = "full|summary",
      defaultValue = "full",
      converter = ReportForm.Words.class,
      description =
          "Each line of output: the full report (the default, tens of KB a line) or its summary"
              + " (about 1 KB: safety, scenario, index, scores, recommendation ids).")
  ReportForm report;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description =
          "How many threads assess lines; the output keeps the input's order. Default: one a"
              + " processor (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress-every",
      hidden = true,
      defaultValue = "100000",
      description = "Lines between progress lines when stderr is not a terminal.")
  long progressEvery;

  /** Makes the command; picocli sets its options. */
  public BatchCommand() {}

  @Override
  int run() throws IOException {
    if (progressEvery < 1) {
      throw new InputError("--progress-every must be at least 1 but was " + progressEvery);
    }
    if (threads < 1) {
      throw new InputError("--threads must be at least 1 but was " + threads);
    }
    Assessment assessment = region.assessment();
    LineParser parser =
        switch (format) {
          case JSONL -> new JsonLineParser();
          case CSV -> new CsvLineParser(assessment.knowledgeBase().signs());
        };
    BatchRun.Counts counts;
    try (BufferedReader in = FileArgs.reader(input.path);
        Writer out = FileArgs.writer(output, out());
        Progress progress = progress()) {
      counts =
          new BatchRun(
                  assessment,
                  parser,
                  switch (report) {
                    case FULL -> ReportJson::toJsonLine;
                    case SUMMARY -> ReportJson::toSummaryLine;
                  },
                  threads)
              .run(in, out, progress);
    }
    err()
        .println(
            "done: "
                + counts.lines()
                + " lines read, "
                + counts.good()
                + " good, "
                + counts.bad()
                + " bad"
                + (counts.bad() > 0 ? " (see the error records in the output)" : ""));
    return counts.bad() == 0 ? OK : SOME_BAD_LINES;
  }

  private Progress progress() throws IOException {
    if (Terminals.isTerminal(SystemStream.Error)) {
      boolean stdin = FileArgs.STANDARD.equals(input.path);
      return new BarProgress(stdin ? -1 : countLines(Path.of(input.path)));
    }
    return new PeriodicProgress(err(), progressEvery);
  }

  /** Counts the lines of a file for the bar's total: a quick pass over bytes, no decoding. */
  private static long countLines(Path path) throws IOException {
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    }
    return last == '\n' ? lines : lines + 1;
  }
}
