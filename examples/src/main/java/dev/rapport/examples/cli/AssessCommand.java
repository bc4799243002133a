package dev.rapport.examples.cli;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport assess}: one input in, one report out, for scripts.
 *
 * <p>The input is the JSON shape of DESIGN.md. Bad input gives one line on stderr, naming the
 * problem and where it is (the JSON pointer, and the line and column), and exit code 2.
 */
@Command(
    name = "assess",
    sortOptions = false,
    description = {
      "Assess one input and print the report.",
      "The input is a JSON object: {\"answers\": {\"<item-id>\": 0..4}, \"signs\": {\"<sign-id>\":"
          + " 0..4}, \"context\": [\"<cause-id>\"], \"partnerEngagement\":"
          + " \"WILLING|UNSURE|UNWILLING\"}; every part is optional, but answers or signs are"
          + " needed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error", "2:bad flags or bad input"})
public final class AssessCommand extends CliCommand {
  enum Format {
    JSON,
    TEXT;

    static final class Words extends EnumWords<Format> {
      Words() {
        super(Format.class);
      }
    }
  }

  @Mixin InputOption input;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "json|text",
      defaultValue = "json",
      converter = Format.Words.class,
      description = "The report as json (the default) or as readable text.")
  Format format;

  @Mixin RegionOption region;

  /** Makes the command; picocli sets its options. */
  public AssessCommand() {}

  @Override
  int run() throws IOException {
    Assessment assessment = region.assessment();
    Report report = InputReports.assess(assessment, input.path);
    switch (format) {
      case JSON -> out().println(ReportJson.toJson(report));
      case TEXT -> out().print(new ReportText(assessment.knowledgeBase()).render(report));
    }
    return OK;
  }
}
