package dev.rapport.examples.cli;

import dev.rapport.assessment.Report;
import dev.rapport.assessment.writing.CheckInOutcome;
import dev.rapport.assessment.writing.CheckIns;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport checkin}: assesses an input and prints a weekly check-in agenda and conversation
 * starters chosen for its growth areas; when the answers put safety first, why there is none and
 * where to find help instead.
 */
@Command(
    name = "checkin",
    sortOptions = false,
    description = {
      "Assess one input and print a weekly check-in agenda (what went well, what felt off, how"
          + " to support each other) and conversation starters for your growth areas.",
      "If your answers show fear, threats, harm or control, nothing for the two of you is"
          + " suggested; you get help resources instead.",
      "The input is the JSON of the assess command."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error", "2:bad flags or bad input"})
public final class CheckinCommand extends CliCommand {

  @Mixin InputOption input;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|markdown",
      defaultValue = "text",
      converter = WritingFormat.Words.class,
      description = "Plain text (the default) or Markdown.")
  WritingFormat format;

  @Mixin RegionOption region;

  /** Makes the command; picocli sets its options. */
  public CheckinCommand() {}

  @Override
  int run() throws IOException {
    Report report = InputReports.assess(region.assessment(), input.path);
    CheckInOutcome outcome = CheckIns.of(Knowledge.base()).forReport(report);
    out().print(format == WritingFormat.MARKDOWN ? outcome.markdown() : outcome.text());
    return OK;
  }
}
