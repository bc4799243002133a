package dev.rapport.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapport content}: browse and search the bundled knowledge with {@code list}, {@code show}
 * and {@code search}. Without a subcommand, picocli reports the missing subcommand (exit code 2).
 */
@Command(
    name = "content",
    description =
        "Browse and search the knowledge: needs, signs, causes, interventions, scenarios.",
    subcommands = {ContentListCommand.class, ContentShowCommand.class, ContentSearchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error", "2:bad flags or an unknown id"})
public final class ContentCommand {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  /** Makes the command. */
  public ContentCommand() {}
}
