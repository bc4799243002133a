package dev.rapport.examples.web;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Scale;
import dev.rapport.assessment.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and checks the answers of a submitted check-up form against the questionnaire it showed.
 *
 * <p>Every problem is found at once and tied to its question where it has one: an answer that is
 * not one of the choices (a tampered value), two answers to one question, an answer to a question
 * the form does not ask, and no answer at all (at least one is needed; any may be skipped). The
 * answers that were fine are kept, so the form can be shown again with them.
 */
final class AnswerForm {
  /** The hidden field that says which form was answered. */
  static final String FORM_FIELD = "form";

  static final String NOT_A_CHOICE = "This answer was not one of the choices. Please choose again.";
  static final String ONE_ONLY = "Please choose only one answer here.";
  static final String AT_LEAST_ONE =
      "Please answer at least one statement. You can skip any that you like.";
  static final String UNKNOWN_QUESTION =
      "The form held an answer to a question it does not ask, and that answer was left out."
          + " Please look over your answers and send them again.";

  private AnswerForm() {}

  /** The form named by a request value: {@code full} for the full form, anything else short. */
  static Form formOf(String value) {
    return "full".equals(value) ? Form.FULL : Form.SHORT;
  }

  /** The request value that names a form. */
  static String nameOf(Form form) {
    return form.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the answers.
   *
   * @param params the form fields; fields other than the items are ignored
   * @param questionnaire the questionnaire the form showed
   * @return the answers that were fine and the problems found
   */
  static Read read(Map<String, List<String>> params, Questionnaire questionnaire) {
    FormErrors errors = new FormErrors();
    Map<String, Integer> values = new TreeMap<>();
    Optional<String> engagement = Optional.empty();
    for (Map.Entry<String, List<String>> param : new TreeMap<>(params).entrySet()) {
      String name = param.getKey();
      if (!name.startsWith(Answers.PREFIX)) {
        continue;
      }
      List<String> given = param.getValue().stream().filter(v -> !v.isBlank()).toList();
      Optional<Item> item = questionnaire.item(name.substring(Answers.PREFIX.length()));
      if (item.isEmpty()) {
        errors.general(UNKNOWN_QUESTION);
      } else if (given.size() > 1) {
        errors.field(name, ONE_ONLY);
      } else if (given.size() == 1) {
        String raw = given.get(0).strip();
        if (item.get().scale() == Scale.ENGAGEMENT) {
          Optional<String> parsed = engagement(raw);
          if (parsed.isEmpty()) {
            errors.field(name, NOT_A_CHOICE);
          }
          engagement = parsed.isPresent() ? parsed : engagement;
        } else {
          Optional<Integer> parsed = number(raw, item.get().scale());
          if (parsed.isEmpty()) {
            errors.field(name, NOT_A_CHOICE);
          }
          parsed.ifPresent(v -> values.put(item.get().id(), v));
        }
      }
    }
    if (values.isEmpty() && errors.isEmpty()) {
      errors.field(Answers.field(firstStatement(questionnaire)), AT_LEAST_ONE);
    }
    return new Read(new Answers(questionnaire.form(), values, engagement), errors);
  }

  /** The first statement that is not a safety question: where "answer at least one" is shown. */
  static String firstStatement(Questionnaire questionnaire) {
    return questionnaire.items(Section.SIGNS).stream()
        .filter(i -> !i.sensitive())
        .findFirst()
        .or(() -> questionnaire.items().stream().findFirst())
        .map(Item::id)
        .orElseThrow(() -> new IllegalStateException("the questionnaire has no items"));
  }

  private static Optional<Integer> number(String raw, Scale scale) {
    if (!raw.matches("[0-9]{1,2}")) {
      return Optional.empty();
    }
    int value = Integer.parseInt(raw);
    return value >= scale.min() && value <= scale.max() ? Optional.of(value) : Optional.empty();
  }

  private static Optional<String> engagement(String raw) {
    for (PartnerEngagement e : PartnerEngagement.values()) {
      if (e.name().equalsIgnoreCase(raw)) {
        return Optional.of(e.name());
      }
    }
    return Optional.empty();
  }

  /**
   * The outcome of reading a form.
   *
   * @param answers the answers that were fine
   * @param errors the problems found; empty when the form can be assessed
   */
  record Read(Answers answers, FormErrors errors) {}
}
