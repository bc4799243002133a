package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Wrap.wrap;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
import dev.rapport.assessment.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.spi.SystemStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rapport checkup}: the interactive check-up in the terminal.
 *
 * <p>The disclaimer and a privacy note first, then the safety questions, then one statement at a
 * time, then the context and the partner's engagement; then the report, as {@code assess --format
 * text} prints it. Answers stay in memory: nothing is written unless {@code --save} names a file.
 * On a terminal it reads with JLine; with piped input (scripts, tests) or a dumb terminal it reads
 * plain lines.
 */
@Command(
    name = "checkup",
    sortOptions = false,
    description = {
      "The interactive check-up: answer one question at a time, then read your report.",
      "Answers stay on this machine and nothing is saved unless you use --save.",
      "While answering: a number (or the words of the scale), b to go back, s to skip, q to"
          + " quit without saving."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report shown, or quit on request",
      "1:internal error",
      "2:bad flags, input ended before the end, or nothing answered"
    })
public final class CheckupCommand extends CliCommand {
  static final class FormChoice {
    @Option(names = "--short", description = "One statement per sign (the default).")
    boolean shortForm;

    @Option(names = "--full", description = "Every statement of every sign.")
    boolean fullForm;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  FormChoice form;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description =
          "Also write the report as JSON to FILE. It holds your results, safety included: keep it"
              + " private.")
  Optional<String> save;

  @Mixin RegionOption region;

  /** Makes the command; picocli sets its options. */
  public CheckupCommand() {}

  @Override
  int run() throws IOException {
    Assessment assessment = region.assessment();
    Questionnaire questionnaire =
        assessment.questionnaire(form != null && form.fullForm ? Form.FULL : Form.SHORT);
    introduce();
    try (LineInput in = lineInput()) {
      Interview interview =
          new Interview(inOrder(questionnaire), in, out())
              .afterSafety(answers -> new SafetyNote(assessment, out()).showIfNeeded(answers));
      return switch (interview.run()) {
        case QUIT -> quit();
        case INPUT_ENDED ->
            throw new InputError(
                "the input ended before the check-up was finished; nothing was saved");
        case FINISHED -> report(assessment, questionnaire, interview.answers());
      };
    }
  }

  private int quit() {
    out().println();
    out().println("You quit the check-up. Nothing was saved.");
    return OK;
  }

  private void introduce() {
    out().println("RAPPORT CHECK-UP");
    out().println();
    out().print(wrap(Report.DISCLAIMER, ""));
    out().println();
    out()
        .print(
            wrap(
                "Your answers stay on this machine: nothing is sent anywhere, and nothing is saved"
                    + " unless you asked for it with --save.",
                ""));
    out().println();
    out()
        .print(
            wrap(
                "Answer with a number (or the words of the scale). Type b to go back, s to skip a"
                    + " question, q to quit without saving.",
                ""));
    out().flush();
  }

  /**
   * Safety first (the safety questions, then the other sensitive items), then the signs, the
   * context, and the partner's engagement.
   */
  static List<Item> inOrder(Questionnaire questionnaire) {
    List<Item> items = new ArrayList<>(questionnaire.items(Section.SAFETY));
    questionnaire.items().stream()
        .filter(item -> item.sensitive() && item.section() != Section.SAFETY)
        .forEach(items::add);
    for (Section section : List.of(Section.SIGNS, Section.CONTEXT, Section.ENGAGEMENT)) {
      questionnaire.items(section).stream().filter(item -> !item.sensitive()).forEach(items::add);
    }
    return items;
  }

  private int report(
      Assessment assessment, Questionnaire questionnaire, Map<String, Integer> answers)
      throws IOException {
    AssessmentInput.Builder input = AssessmentInput.builder();
    answers.forEach(
        (id, value) -> {
          if (id.equals(Item.ENGAGEMENT_ID)) {
            String label = questionnaire.item(id).orElseThrow().scale().label(value);
            input.engagement(PartnerEngagement.valueOf(label.toUpperCase(Locale.ROOT)));
          } else {
            input.answer(id, value);
          }
        });
    Report report;
    try {
      report = assessment.assess(input.build());
    } catch (InvalidInputException e) {
      throw new InputError("no report: " + new Problems(assessment).oneLine(e), e);
    }
    out().println();
    out().print(new ReportText(assessment.knowledgeBase()).render(report));
    if (save.isPresent()) {
      try (Writer file = FileArgs.writer(save.get(), out())) {
        file.write(ReportJson.toJson(report));
        file.write('\n');
      }
      out().println();
      out().println("Saved the report as JSON to " + save.get() + ".");
    }
    return OK;
  }

  private LineInput lineInput() {
    if (System.console() != null && Terminals.isTerminal(SystemStream.Input)) {
      Optional<LineInput> jline = JLineInput.open();
      if (jline.isPresent()) {
        return jline.get();
      }
    }
    BufferedReader stdin = FileArgs.reader(FileArgs.STANDARD);
    // Piped answers are not echoed by a terminal; echo them so the transcript reads well.
    return new PlainLineInput(stdin, out(), System.console() == null);
  }
}
