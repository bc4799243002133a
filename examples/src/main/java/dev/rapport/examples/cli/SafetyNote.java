package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Wrap.wrap;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Help shown straight after the safety questions when any answer was above 0, rather than only at
 * the end of the check-up: crisis lines first for thoughts of self-harm, otherwise emergency
 * numbers and domestic-abuse services. The report repeats and completes it.
 */
final class SafetyNote {
  private static final String SELF_HARM = "self-harm";

  private final Assessment assessment;
  private final PrintWriter out;

  SafetyNote(Assessment assessment, PrintWriter out) {
    this.assessment = assessment;
    this.out = out;
  }

  /**
   * Shows the note when any safety answer so far is above 0.
   *
   * @param answers the answers so far, by item id
   */
  void showIfNeeded(Map<String, Integer> answers) {
    List<Item> raised =
        assessment.questionnaire(Form.FULL).items().stream()
            .filter(Item::sensitive)
            .filter(item -> answers.getOrDefault(item.id(), 0) > 0)
            .toList();
    if (raised.isEmpty()) {
      return;
    }
    boolean selfHarm = raised.stream().anyMatch(item -> item.subject().equals(SELF_HARM));
    Set<HelpKind> first =
        selfHarm
            ? Set.of(HelpKind.CRISIS, HelpKind.EMERGENCY)
            : Set.of(HelpKind.EMERGENCY, HelpKind.DOMESTIC_ABUSE);
    out.println();
    out.print(
        wrap(
            selfHarm
                ? "Thank you for answering. Your safety comes first. If you are thinking of"
                    + " harming yourself, please reach out now: you do not have to carry this"
                    + " alone. Rapport is not a crisis service."
                : "Thank you for answering. Your safety comes first: nobody should have to live"
                    + " with fear, threats or harm. Help is available, in confidence.",
            ""));
    for (HelpResource resource : assessment.knowledgeBase().resourcesFor(assessment.region())) {
      if (first.contains(resource.kind())) {
        out.print(
            wrap(
                resource.name()
                    + ": "
                    + resource.contact()
                    + resource.url().map(u -> " (" + u + ")").orElse(""),
                "  - ",
                "    "));
      }
    }
    out.print(
        wrap(
            "The check-up goes on, and your report will put safety first. You can type q at any"
                + " time to stop.",
            ""));
    out.flush();
  }
}
