package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-up form and its validation, and the report, over HTTP. */
class CheckUpRoutesTest {
  @TempDir Path dir;
  TestServer server;
  final List<String> statements = Items.statements();

  @BeforeEach
  void start() {
    server = TestServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void form_short_asksTheSafetyQuestionsFirst_withLabelledGroups() {
    HttpResponse<String> response = server.get("/check-up");

    String html = response.body();
    assertEquals(200, response.statusCode());
    assertTrue(html.indexOf("First, your safety") < html.indexOf("How things have been lately"));
    assertTrue(html.contains("never shown on a page meant"));
    assertTrue(html.contains("<fieldset"));
    assertTrue(html.contains("<legend>"));
    for (int v = 0; v <= 4; v++) {
      String id = "q-" + statements.get(0) + "-" + v;
      assertTrue(html.contains("id=\"" + id + "\""), id);
      assertTrue(html.contains("<label for=\"" + id + "\">"), "label for " + id);
    }
    assertTrue(html.contains("method=\"post\" action=\"/check-up\""));
    assertTrue(
        html.contains("id=\"quick-exit\" class=\"quick-exit\" href=\"/away\""), "works without JS");
  }

  @Test
  void form_full_asksMoreThanTheShortOne() {
    String full = server.get("/check-up?form=full").body();
    String shortForm = server.get("/check-up?form=short").body();

    assertTrue(
        count(full, "<fieldset class=\"question") > count(shortForm, "<fieldset class=\"question"));
    assertTrue(full.contains("name=\"form\" value=\"full\""));
  }

  @Test
  void submit_withNoAnswer_showsTheErrorNextToTheFirstStatement() {
    HttpResponse<String> response = server.post("/check-up", server.form("short"));

    String html = response.body();
    assertEquals(422, response.statusCode());
    assertTrue(html.contains("id=\"error-summary\""));
    assertTrue(html.contains("href=\"#item-" + statements.get(0) + "\""));
    int question = html.indexOf("id=\"item-" + statements.get(0) + "\"");
    int error = html.indexOf("id=\"error-" + statements.get(0) + "\"");
    assertTrue(question > 0 && error > question && error - question < 800, "error beside it");
    assertTrue(html.contains(AnswerForm.AT_LEAST_ONE));
  }

  @Test
  void submit_withATamperedValue_marksThatQuestion_andKeepsTheOtherAnswers() {
    HttpResponse<String> response =
        server.post(
            "/check-up",
            server.form(
                "short",
                Answers.field(statements.get(0)),
                "7",
                Answers.field(statements.get(1)),
                "3",
                Answers.field(Item.ENGAGEMENT_ID),
                "UNSURE"));

    String html = response.body();
    assertEquals(422, response.statusCode());
    assertTrue(html.contains("id=\"error-" + statements.get(0) + "\""));
    assertFalse(html.contains("id=\"error-" + statements.get(1) + "\""));
    assertTrue(isChecked(html, "q-" + statements.get(1) + "-3"), "kept answer");
    assertTrue(html.contains("value=\"UNSURE\" checked"), "kept engagement");
    assertFalse(html.contains("value=\"7\""), "the bad value is not shown as a choice");
  }

  @Test
  void submit_withTwoAnswersToOneQuestion_asksForOne() {
    HttpResponse<String> response =
        server.post(
            "/check-up",
            server.form(
                "short",
                Answers.field(statements.get(0)),
                "1",
                Answers.field(statements.get(0)),
                "2"));

    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains(AnswerForm.ONE_ONLY));
  }

  @Test
  void submit_withAQuestionTheFormDoesNotAsk_isRejected() {
    HttpResponse<String> response =
        server.post(
            "/check-up",
            server.form("short", "q.no-such-question", "2", Answers.field(statements.get(0)), "2"));

    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains("does not ask"));
    assertTrue(isChecked(response.body(), "q-" + statements.get(0) + "-2"));
  }

  @Test
  void submit_withAFullFormAnswerOnTheShortForm_isRejected() {
    String fullOnly =
        Items.questionnaire(Form.FULL).items().stream()
            .map(Item::id)
            .filter(id -> Items.questionnaire(Form.SHORT).item(id).isEmpty())
            .findFirst()
            .orElseThrow();

    HttpResponse<String> response =
        server.post("/check-up", server.form("short", Answers.field(fullOnly), "2"));

    assertEquals(422, response.statusCode());
  }

  @Test
  void submit_withAnswers_showsTheReport_andStoresNothing() {
    HttpResponse<String> response =
        server.post(
            "/check-up",
            server.form(
                "short",
                Answers.field(statements.get(0)),
                "3",
                Answers.field(statements.get(1)),
                "4",
                Answers.field(statements.get(2)),
                "0"));

    String html = response.body();
    assertEquals(200, response.statusCode());
    assertTrue(html.contains("not a diagnosis or therapy"));
    assertTrue(html.indexOf("What is going well") < html.indexOf("id=\"needs-chart\""));
    assertTrue(html.indexOf("What may need care") < html.indexOf("id=\"needs-chart\""));
    assertTrue(html.contains("data-chart=\"{"));
    assertTrue(html.contains("src=\"" + PageFrame.CHART_JS + "\""));
    assertTrue(html.contains("Your plan, week by week"));
    assertTrue(html.contains("<strong>Why:</strong>"));
    assertTrue(html.contains("Drawn from:"));
    assertTrue(html.contains("action=\"/history/save\""));
    assertFalse(html.contains("id=\"safety\""), "no safety part without a safety answer");
    assertFalse(Files.exists(server.db), "nothing is stored until the person saves");
  }

  @Test
  void submit_withThoughtsOfSelfHarm_putsCrisisHelpFirst() {
    HttpResponse<String> response =
        server.post(
            "/check-up",
            server.form(
                "short",
                Answers.field(Items.safety("self-harm")),
                "2",
                Answers.field(statements.get(0)),
                "3"));

    String html = response.body();
    assertEquals(200, response.statusCode());
    int safety = html.indexOf("id=\"safety\"");
    assertTrue(safety > 0 && safety < html.indexOf("id=\"disclaimer\""), "safety comes first");
    assertTrue(html.contains("Please talk to someone today"));
    String firstKind = firstMatch(html, "<span class=\"kind\">([^<]+)</span>");
    assertTrue(firstKind.equals("Emergency") || firstKind.equals("Crisis support"), firstKind);
  }

  @Test
  void submit_withFear_showsSafetyFirst_andNoCoupleExercise() {
    HttpResponse<String> response =
        server.post(
            "/check-up",
            server.form(
                "short",
                Answers.field(Items.safety("fear")),
                "3",
                Answers.field(statements.get(0)),
                "4"));

    String html = response.body();
    assertEquals(200, response.statusCode());
    assertTrue(html.contains("class=\"safety urgent\"") || html.contains("class=\"safety\""));
    assertFalse(html.contains("Please talk to someone today"), "that heading is for self-harm");
    assertFalse(html.contains("<span class=\"tag\">Together</span>"), "no couple exercise");
    assertTrue(html.contains("think before saving"));
  }

  private static boolean isChecked(String html, String inputId) {
    Matcher m =
        Pattern.compile("<input[^>]*id=\"" + Pattern.quote(inputId) + "\"[^>]*>").matcher(html);
    return m.find() && m.group().contains(" checked");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static String firstMatch(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertTrue(m.find(), regex);
    return m.group(1);
  }
}
