package dev.rapport.examples.web;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.InputProblem;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Report;
import dev.rapport.core.KnowledgeBase;
import java.util.EnumMap;
import java.util.Map;

/**
 * The assessment as the web app uses it: the two questionnaires, and reports for checked answers,
 * with help resources for the app's region. Immutable and thread-safe.
 */
final class CheckUps {
  private final Assessment assessment;
  private final Map<Form, Questionnaire> questionnaires = new EnumMap<>(Form.class);

  CheckUps(KnowledgeBase kb, String region) {
    this.assessment = Assessment.builder(kb).region(region).build();
    for (Form form : Form.values()) {
      questionnaires.put(form, assessment.questionnaire(form));
    }
  }

  KnowledgeBase kb() {
    return assessment.knowledgeBase();
  }

  Questionnaire questionnaire(Form form) {
    return questionnaires.get(form);
  }

  /**
   * Assesses checked answers.
   *
   * @param answers the answers
   * @return the report
   * @throws InvalidInputException when the assessment finds a problem the form did not
   */
  Report assess(Answers answers) {
    return assessment.assess(answers.toInput());
  }

  /**
   * Ties the problems an assessment found to the form's questions where it can.
   *
   * @param e the assessment's error
   * @param questionnaire the questionnaire that was answered
   * @return the problems, as the form shows them
   */
  static FormErrors errorsOf(InvalidInputException e, Questionnaire questionnaire) {
    FormErrors errors = new FormErrors();
    for (InputProblem problem : e.problems()) {
      String where = problem.where();
      if (where.startsWith("/answers/")) {
        String id = where.substring("/answers/".length()).split(" ", 2)[0];
        if (questionnaire.item(id).isPresent()) {
          errors.field(Answers.field(id), AnswerForm.NOT_A_CHOICE);
          continue;
        }
      } else if (where.startsWith("/partnerEngagement")) {
        errors.field(Answers.field(Item.ENGAGEMENT_ID), AnswerForm.NOT_A_CHOICE);
        continue;
      } else if (where.equals("/") || where.startsWith("/ ") || where.isEmpty()) {
        errors.field(
            Answers.field(AnswerForm.firstStatement(questionnaire)), AnswerForm.AT_LEAST_ONE);
        continue;
      }
      errors.general("Some answers could not be read. Please look over them and send them again.");
    }
    return errors;
  }
}
