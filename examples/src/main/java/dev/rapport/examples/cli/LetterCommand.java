package dev.rapport.examples.cli;

import dev.rapport.assessment.Report;
import dev.rapport.assessment.writing.LetterComposer;
import dev.rapport.assessment.writing.LetterDraft;
import dev.rapport.assessment.writing.LetterOutcome;
import dev.rapport.assessment.writing.LetterRequest;
import dev.rapport.assessment.writing.Markdown;
import dev.rapport.core.material.LetterVariant;
import java.util.List;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport letter}: assesses an input and drafts a letter to the partner from the report.
 *
 * <p>When the answers put safety first, no letter is drafted: the command prints why, and where to
 * find help, and exits with 0. Otherwise it prints the letter, then notes for the person (never
 * part of the letter) and any of their own words that may read as an accusation.
 */
@Command(
    name = "letter",
    sortOptions = false,
    description = {
      "Assess one input and draft a letter to your partner from the report, section by section:"
          + " why I am writing, what I live with, how it affects me, what might be going on for"
          + " you, what I ask for, a way forward, a hopeful close.",
      "If your answers show fear, threats, harm or control, no letter is drafted: a letter can"
          + " raise the risk. You get help resources instead.",
      "The input is the JSON of the assess command."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (a letter, or why there is none)", "1:internal error",
      "2:bad flags or bad input"})
public final class LetterCommand extends CliCommand {
  /** Reads {@code reconnect}, {@code difficult-times} or {@code leaving}, in any case. */
  static final class Variants extends EnumWords<LetterVariant> {
    Variants() {
      super(LetterVariant.class);
    }
  }

  @Mixin InputOption input;

  @Option(
      names = {"-v", "--variant"},
      paramLabel = "reconnect|difficult-times|leaving",
      defaultValue = "reconnect",
      converter = Variants.class,
      description = "The kind of letter: reconnect (the default), difficult-times or leaving.")
  LetterVariant variant;

  @Option(
      names = {"-n", "--name"},
      paramLabel = "NAME",
      description = "Your partner's name, for the greeting.")
  Optional<String> name;

  @Option(
      names = "--from",
      paramLabel = "NAME",
      description = "Your own name, to sign the letter.")
  Optional<String> from;

  @Option(
      names = {"-m", "--moment"},
      paramLabel = "TEXT",
      description =
          "A concrete moment in your own words, used as given; repeat for a second one (at most"
              + " 2).")
  List<String> moments = List.of();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "text|markdown",
      defaultValue = "text",
      converter = WritingFormat.Words.class,
      description = "Plain text (the default) or Markdown.")
  WritingFormat format;

  @Mixin RegionOption region;

  /** Makes the command; picocli sets its options. */
  public LetterCommand() {}

  @Override
  int run() throws IOException {
    LetterRequest request = request();
    Report report = InputReports.assess(region.assessment(), input.path);
    LetterOutcome outcome =
        LetterComposer.of(Knowledge.base()).compose(report, request);
    boolean markdown = format == WritingFormat.MARKDOWN;
    out().print(markdown ? outcome.markdown() : outcome.text());
    if (outcome instanceof LetterDraft draft) {
      printNotes(draft, markdown);
    }
    return OK;
  }

  private LetterRequest request() {
    try {
      return new LetterRequest(variant, name, from, moments);
    } catch (IllegalArgumentException e) {
      throw new InputError(e.getMessage());
    }
  }

  private void printNotes(LetterDraft draft, boolean markdown) {
    out().println();
    out().println(markdown ? "---\n\n#### Before you send it (not part of the letter)\n"
        : "---- Before you send it (not part of the letter) ----");
    for (String note : draft.notes()) {
      out().println("- " + (markdown ? Markdown.escape(note) : note));
    }
    if (!draft.review().isInvitational()) {
      out().println();
      out().println(markdown ? "#### Words to look at again\n" : "Words to look at again:");
      if (markdown) {
        draft.review().findings().forEach(f -> out().println(
            "- \"" + Markdown.escape(f.quote()) + "\": " + Markdown.escape(f.reason())
                + " Try: " + Markdown.escape(f.suggestions().get(0))));
      } else {
        out().println();
        FindingText.print(draft.review(), out());
      }
    }
  }
}
