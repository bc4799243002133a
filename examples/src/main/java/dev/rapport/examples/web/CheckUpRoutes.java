package dev.rapport.examples.web;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Report;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The check-up: {@code GET /check-up} shows the short or full form, {@code POST /check-up} checks
 * the answers and shows the report, or the form again with each problem next to its question and
 * every other answer kept. Nothing is stored on disk here; the report a person is shown is kept in
 * memory for this browser (see {@link LastResults}), so the writing help can draft from it.
 */
final class CheckUpRoutes {
  private final Pages pages;
  private final CheckUps checkUps;
  private final Names names;
  private final LastResults lastResults;

  CheckUpRoutes(Pages pages, CheckUps checkUps, LastResults lastResults) {
    this.pages = pages;
    this.checkUps = checkUps;
    this.names = new Names(checkUps.kb());
    this.lastResults = lastResults;
  }

  void register(RoutesConfig routes) {
    routes.get("/check-up", this::form);
    routes.post("/check-up", this::submit);
  }

  private void form(Context ctx) {
    Form form = AnswerForm.formOf(ctx.queryParam("form"));
    Answers none = new Answers(form, Map.of(), Optional.empty());
    showForm(ctx, 200, checkUps.questionnaire(form), none, new FormErrors());
  }

  private void submit(Context ctx) {
    Optional<Checked> checked = check(ctx);
    checked.ifPresent(
        c ->
            showReport(
                ctx,
                200,
                c.report(),
                SaveForm.of(c.answers(), "", Optional.empty(), c.report().safety().raised())));
  }

  /**
   * Reads, checks and assesses the answers of a posted form, and keeps the report as this browser's
   * last result; when they have a problem, shows the form again (status 422) and returns empty.
   */
  Optional<Checked> check(Context ctx) {
    Questionnaire questionnaire =
        checkUps.questionnaire(AnswerForm.formOf(ctx.formParam(AnswerForm.FORM_FIELD)));
    AnswerForm.Read read = AnswerForm.read(ctx.formParamMap(), questionnaire);
    if (!read.errors().isEmpty()) {
      showForm(ctx, 422, questionnaire, read.answers(), read.errors());
      return Optional.empty();
    }
    Report report;
    try {
      report = checkUps.assess(read.answers());
    } catch (InvalidInputException e) {
      showForm(ctx, 422, questionnaire, read.answers(), CheckUps.errorsOf(e, questionnaire));
      return Optional.empty();
    }
    lastResults.remember(ctx, checkUps.lastResult(report));
    return Optional.of(new Checked(read.answers(), report));
  }

  void showReport(Context ctx, int status, Report report, SaveForm save) {
    pages.show(
        ctx,
        status,
        "report.jte",
        "Your results",
        Nav.CHECK_UP,
        true,
        Map.of("page", ReportPage.of(report, names, save, checkUps.offersWriting(report))));
  }

  private void showForm(
      Context ctx, int status, Questionnaire questionnaire, Answers answers, FormErrors errors) {
    pages.show(
        ctx,
        status,
        "checkup.jte",
        errors.isEmpty() ? "Check-up" : "Check-up: something needs another look",
        Nav.CHECK_UP,
        false,
        Map.of("page", CheckUpPage.of(questionnaire, answers, errors)));
  }

  /**
   * Answers that passed every check, and their report.
   *
   * @param answers the answers
   * @param report the report
   */
  record Checked(Answers answers, Report report) {}
}
