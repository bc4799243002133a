package dev.rapport.examples.web;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.InputProblem;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.writing.CheckInOutcome;
import dev.rapport.assessment.writing.CheckIns;
import dev.rapport.assessment.writing.LetterComposer;
import dev.rapport.assessment.writing.LetterOutcome;
import dev.rapport.assessment.writing.LetterRequest;
import dev.rapport.assessment.writing.SafetyHold;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.material.LetterVariant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The assessment as the web app uses it: the two questionnaires, reports for checked answers with
 * help resources for the app's region, and the writing help for a report (letters and check-in
 * guides, under the library's safety rule). Immutable and thread-safe.
 */
final class CheckUps {
  private final Assessment assessment;
  private final Map<Form, Questionnaire> questionnaires = new EnumMap<>(Form.class);
  private final LetterComposer letters;
  private final CheckIns checkIns;

  CheckUps(KnowledgeBase kb, String region) {
    this.assessment = Assessment.builder(kb).region(region).build();
    for (Form form : Form.values()) {
      questionnaires.put(form, assessment.questionnaire(form));
    }
    this.letters = LetterComposer.of(kb);
    this.checkIns = CheckIns.of(kb);
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
   * What the writing pages may keep of a report: the report, or, when it puts safety first, only
   * the safety holds, so that nothing of the safety answers is kept.
   *
   * @param report the report the person just saw
   * @return what to keep
   */
  LastResult lastResult(Report report) {
    if (!(letters.compose(report) instanceof SafetyHold)) {
      return new LastResult.Open(report);
    }
    Map<LetterVariant, SafetyHold> holds = new EnumMap<>(LetterVariant.class);
    for (LetterVariant variant : LetterVariant.values()) {
      LetterOutcome outcome =
          letters.compose(report, LetterRequest.builder().variant(variant).build());
      // the library holds for every variant alike; should it ever not, the first hold stands
      holds.put(
          variant,
          outcome instanceof SafetyHold hold ? hold : (SafetyHold) letters.compose(report));
    }
    CheckInOutcome talk = checkIns.forReport(report);
    return new LastResult.Held(
        holds, talk instanceof SafetyHold hold ? hold : holds.get(LetterVariant.RECONNECT));
  }

  /** Tells whether the writing help has anything for the two of you in a report. */
  boolean offersWriting(Report report) {
    return !(letters.compose(report) instanceof SafetyHold);
  }

  /** Drafts a letter from a report that does not put safety first. */
  LetterOutcome letter(Report report, LetterRequest request) {
    return letters.compose(report, request);
  }

  /** The check-in guide for a report. */
  CheckInOutcome talk(Report report) {
    return checkIns.forReport(report);
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
