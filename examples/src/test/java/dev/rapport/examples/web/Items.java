package dev.rapport.examples.web;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Scale;
import dev.rapport.assessment.Section;
import dev.rapport.content.DefaultContent;
import java.util.List;

/** The item ids of the bundled questionnaires, for filling forms in tests. */
final class Items {
  private Items() {}

  static Questionnaire questionnaire(Form form) {
    return Assessment.of(DefaultContent.load()).questionnaire(form);
  }

  /** The short form's statements that are not safety answers, in form order. */
  static List<String> statements() {
    return questionnaire(Form.SHORT).items(Section.SIGNS).stream()
        .filter(i -> !i.sensitive())
        .map(Item::id)
        .toList();
  }

  /** The short form's context questions that are not safety answers. */
  static List<String> contextQuestions() {
    return questionnaire(Form.SHORT).items(Section.CONTEXT).stream()
        .filter(i -> !i.sensitive() && i.scale() == Scale.YES_NO)
        .map(Item::id)
        .toList();
  }

  /** The id of the safety question about a topic, such as {@code self-harm}. */
  static String safety(String topic) {
    return questionnaire(Form.SHORT).items(Section.SAFETY).stream()
        .filter(i -> i.subject().equals(topic))
        .map(Item::id)
        .findFirst()
        .orElseThrow();
  }
}
