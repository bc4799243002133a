package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.writing.LetterRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writing help over HTTP: the letter, the coach's check, the download, and the check-in. */
class WritingRoutesTest {
  static final String EXPERIENCE = "part.what-i-experience";
  static final String BLAME = " You never listen to me.";
  static final String NEVER_SUGGESTION = "I miss our talks and feeling really heard by you.";
  static final String HOSTILE_BEFORE = "<script>alert(1)</script>";
  static final String HOSTILE_AFTER = "\"><img src=x onerror=alert(1)>";

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

  /** A check-up with everyday distance and no safety answer. */
  HttpResponse<String> checkUp() {
    return server.post(
        "/check-up",
        server.form(
            "short",
            Answers.field(statements.get(0)),
            "3",
            Answers.field(statements.get(1)),
            "4",
            Answers.field(statements.get(2)),
            "1",
            Answers.field(statements.get(3)),
            "0"));
  }

  /** A check-up with one safety answer. */
  HttpResponse<String> checkUpWith(String safetyTopic, String value) {
    return server.post(
        "/check-up",
        server.form(
            "short",
            Answers.field(Items.safety(safetyTopic)),
            value,
            Answers.field(statements.get(0)),
            "3"));
  }

  List<Map.Entry<String, String>> draftFields() {
    return LetterFields.list(server.get("/letter").body());
  }

  static void assertNoLetter(String html) {
    assertFalse(html.contains("<form id=\"letter\""), "a letter form");
    assertFalse(html.contains("<textarea"), "a text field");
    assertFalse(html.contains("action=\"/letter\""), "the letter options");
    assertFalse(html.contains("/letter/check"), "the check");
    assertFalse(html.contains("/letter/download"), "the download");
  }

  static String between(String html, String from, String to) {
    int start = html.indexOf(from);
    assertTrue(start >= 0, from);
    int end = html.indexOf(to, start + from.length());
    assertTrue(end >= 0, to);
    return html.substring(start + from.length(), end);
  }

  @Nested
  class Letter {
    @Test
    void letter_beforeAnyCheckUp_asksForOne() {
      HttpResponse<String> response = server.get("/letter");

      String html = response.body();
      assertEquals(200, response.statusCode());
      assertTrue(html.contains("Take a check-up first"));
      assertTrue(html.contains("href=\"/check-up\""));
      assertNoLetter(html);
    }

    @Test
    void letter_afterACheckUp_showsTheDraftInEditableFields_andStoresNothing() {
      checkUp();

      HttpResponse<String> response = server.get("/letter");

      String html = response.body();
      assertEquals(200, response.statusCode());
      assertTrue(
          html.contains(
              "<form id=\"letter\" class=\"letter\" method=\"post\""
                  + " action=\"/letter/check#draft\""));
      assertTrue(html.contains("formaction=\"/letter/download\""));
      assertTrue(html.contains("name=\"variant\" value=\"reconnect\" checked"));
      Map<String, String> fields = LetterFields.of(html);
      assertEquals("Dear [name],", fields.get("greeting"));
      assertTrue(fields.get("part.intention-without-blame").startsWith("I'm writing because"));
      assertTrue(fields.containsKey(EXPERIENCE));
      assertEquals("With love,", fields.get("signoff"));
      assertTrue(html.contains("<label class=\"field\" for=\"part-what-i-experience\">"));
      assertTrue(html.contains("Before you send it"));
      assertTrue(
          html.contains("Nothing from your private answers about safety is in this letter."));
      assertFalse(html.contains("<mark"), "the composer's own words pass the coach");
      assertTrue(html.contains("<details>"), "the options fold away under the draft");
      assertFalse(Files.exists(server.db), "nothing is stored");
    }

    @Test
    void compose_withAKindANameAndTwoMoments_draftsThatLetter() {
      checkUp();

      HttpResponse<String> response =
          server.post(
              "/letter",
              List.of(
                  Map.entry("csrf", server.token()),
                  Map.entry("variant", "difficult-times"),
                  Map.entry("partner", "Sam"),
                  Map.entry("moment", "Last Sunday you made me tea when I was tired."),
                  Map.entry("moment", "On Friday we laughed at the old photos")));

      String html = response.body();
      assertEquals(200, response.statusCode());
      Map<String, String> fields = LetterFields.of(html);
      assertEquals("Dear Sam,", fields.get("greeting"));
      assertTrue(fields.containsKey("part.acknowledge-what-we-face"));
      assertFalse(fields.containsKey("part.intention-without-blame"));
      assertTrue(html.contains("Last Sunday you made me tea when I was tired."));
      assertTrue(html.contains("On Friday we laughed at the old photos."));
      assertTrue(html.contains("name=\"variant\" value=\"difficult-times\" checked"));
      List<Map.Entry<String, String>> carried = LetterFields.list(html);
      assertTrue(carried.contains(Map.entry("variant", "difficult-times")), "kept for the check");
      assertTrue(carried.contains(Map.entry("partner", "Sam")));
      assertEquals(2, carried.stream().filter(e -> e.getKey().equals("moment")).count());
    }

    @Test
    void compose_withMarkupInTheNameAndMoments_showsItAsText() {
      checkUp();

      HttpResponse<String> response =
          server.post(
              "/letter",
              List.of(
                  Map.entry("csrf", server.token()),
                  Map.entry("partner", HOSTILE_AFTER),
                  Map.entry("moment", HOSTILE_BEFORE + " We laughed.")));

      String html = response.body();
      assertEquals(200, response.statusCode());
      assertFalse(html.contains("<script>alert"));
      assertFalse(html.contains("<img src=x"));
      assertEquals("Dear " + HOSTILE_AFTER + ",", LetterFields.of(html).get("greeting"));
      assertTrue(LetterFields.of(html).get(EXPERIENCE).contains(HOSTILE_BEFORE + " We laughed."));
    }

    @Test
    void compose_withAMomentOverTheLimit_showsTheErrorBesideIt_andKeepsTheText() {
      checkUp();
      String tooLong = "We walked by the river. " + "x".repeat(LetterRequest.MAX_MOMENT_LENGTH);

      HttpResponse<String> response =
          server.post(
              "/letter",
              List.of(
                  Map.entry("csrf", server.token()),
                  Map.entry("variant", "reconnect"),
                  Map.entry("moment", "A short one."),
                  Map.entry("moment", tooLong)));

      String html = response.body();
      assertEquals(422, response.statusCode());
      assertTrue(html.contains("id=\"error-summary\""));
      assertTrue(html.contains("href=\"#moment-2\""));
      int error = html.indexOf("id=\"error-moment-2\"");
      int field = html.indexOf("<textarea id=\"moment-2\"");
      assertTrue(error > 0 && field > error && field - error < 400, "the error sits beside it");
      assertTrue(between(html, "<textarea id=\"moment-2\"", "</textarea>").contains(tooLong));
      assertTrue(
          between(html, "<textarea id=\"moment-1\"", "</textarea>").contains("A short one."));
      assertTrue(html.contains("the limit is " + LetterRequest.MAX_MOMENT_LENGTH));
      assertFalse(html.contains("<form id=\"letter\""), "no draft until it is fixed");
      assertTrue(html.contains("<details open>"), "the options show open, with their problem");
    }

    @Test
    void compose_withMoreThanTwoMoments_asksForTwo_andShowsThemAll() {
      checkUp();

      HttpResponse<String> response =
          server.post(
              "/letter",
              List.of(
                  Map.entry("csrf", server.token()),
                  Map.entry("moment", "One."),
                  Map.entry("moment", "Two."),
                  Map.entry("moment", "Three.")));

      String html = response.body();
      assertEquals(422, response.statusCode());
      assertTrue(html.contains("id=\"error-moments\""));
      assertTrue(html.contains(LetterForm.TOO_MANY_MOMENTS));
      assertTrue(html.contains("href=\"#moments\""));
      assertTrue(between(html, "<textarea id=\"moment-3\"", "</textarea>").contains("Three."));
    }

    @Test
    void compose_withAKindThatDoesNotExist_showsTheError_withoutReflectingIt() {
      checkUp();

      HttpResponse<String> response =
          server.post(
              "/letter",
              List.of(Map.entry("csrf", server.token()), Map.entry("variant", HOSTILE_BEFORE)));

      String html = response.body();
      assertEquals(422, response.statusCode());
      assertTrue(html.contains("id=\"error-variant\""));
      assertTrue(html.contains(LetterForm.NOT_A_KIND));
      assertFalse(html.contains("<script>alert"));
    }

    @Test
    void compose_withANameTooLongOrOnTwoLines_showsTheErrorBesideIt() {
      checkUp();

      HttpResponse<String> tooLong =
          server.post(
              "/letter",
              List.of(
                  Map.entry("csrf", server.token()),
                  Map.entry("partner", "S".repeat(LetterRequest.MAX_NAME_LENGTH + 1))));
      HttpResponse<String> twoLines =
          server.post(
              "/letter",
              List.of(Map.entry("csrf", server.token()), Map.entry("partner", "Sam\nAlex")));

      assertEquals(422, tooLong.statusCode());
      assertTrue(tooLong.body().contains("id=\"error-partner\""));
      assertTrue(tooLong.body().contains("the limit is " + LetterRequest.MAX_NAME_LENGTH));
      assertEquals(422, twoLines.statusCode());
      assertTrue(twoLines.body().contains(LetterForm.ONE_LINE));
    }
  }

  @Nested
  class CheckMyWords {
    @Test
    void check_withBlame_marksItInline_withTheReasonAndSuggestions_andKeepsTheEdits() {
      checkUp();
      List<Map.Entry<String, String>> fields = draftFields();
      String edited = LetterFields.of(server.get("/letter").body()).get(EXPERIENCE) + BLAME;

      HttpResponse<String> response =
          server.post("/letter/check", LetterFields.with(fields, EXPERIENCE, edited));

      String html = response.body();
      assertEquals(200, response.statusCode());
      assertEquals(edited, LetterFields.of(html).get(EXPERIENCE), "the edit is kept");
      String review = between(html, "id=\"review-part-what-i-experience\">", "</ol>");
      assertTrue(review.contains("<mark data-finding=\"1\">You never</mark> listen to me."));
      assertTrue(review.contains("Absolute"));
      assertTrue(review.contains("turns some moments into a verdict"), "the reason");
      assertTrue(review.contains("<strong>Try:</strong> " + NEVER_SUGGESTION), "the suggestion");
      assertTrue(review.contains("<strong>Or:</strong>"));
      assertTrue(html.contains("id=\"review-summary\""));
      assertTrue(html.contains("The coach marked one place"));
      assertTrue(
          html.contains(
              "aria-describedby=\"hint-part-what-i-experience review-part-what-i-experience\""));
      assertFalse(Files.exists(server.db), "the draft is never stored");
    }

    @Test
    void check_withHostileTextAroundAndInsideTheFindings_escapesEverything() {
      checkUp();
      String hostile =
          HOSTILE_BEFORE + " You never listen. " + HOSTILE_AFTER + " Why won't you call? & <b>";

      HttpResponse<String> response =
          server.post("/letter/check", LetterFields.with(draftFields(), EXPERIENCE, hostile));

      String html = response.body();
      assertEquals(200, response.statusCode());
      String marked = between(html, "<div class=\"review-text\"", "</div>");
      assertTrue(
          marked.contains(
              "&lt;script&gt;alert(1)&lt;/script&gt; <mark data-finding=\"1\">You never</mark>"),
          marked);
      assertTrue(marked.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), marked);
      assertTrue(marked.contains("<mark data-finding=\"2\">Why won&#39;t you</mark>"), marked);
      assertTrue(marked.endsWith("&amp; &lt;b&gt;"), marked);
      Matcher tags = Pattern.compile("<[^>]*>").matcher(marked.substring(marked.indexOf('>') + 1));
      while (tags.find()) {
        assertTrue(
            tags.group().matches("<mark data-finding=\"[0-9, ]+\">|</mark>"),
            "only our own marks: " + tags.group());
      }
      assertFalse(html.contains("<script>alert"));
      assertFalse(html.contains("<img src=x"));
      assertEquals(hostile, LetterFields.of(html).get(EXPERIENCE), "kept exactly, escaped");
    }

    @Test
    void check_ofTheUnchangedDraft_saysThereIsNothingToLookAtAgain() {
      checkUp();

      HttpResponse<String> response = server.post("/letter/check", draftFields());

      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("The coach found nothing to look at again"));
      assertFalse(response.body().contains("<mark"));
    }

    @Test
    void check_withAPartOverTheLimit_showsTheErrorBesideIt_andKeepsEveryEdit() {
      checkUp();
      List<Map.Entry<String, String>> fields = draftFields();
      fields = LetterFields.with(fields, "greeting", "Dear Sam,");
      fields = LetterFields.with(fields, EXPERIENCE, "y".repeat(LetterForm.MAX_PART + 1));

      HttpResponse<String> response = server.post("/letter/check", fields);

      String html = response.body();
      assertEquals(422, response.statusCode());
      assertTrue(html.contains("href=\"#part-what-i-experience\""));
      int error = html.indexOf("id=\"error-part-what-i-experience\"");
      int field = html.indexOf("<textarea id=\"part-what-i-experience\"");
      assertTrue(error > 0 && field > error && field - error < 600, "the error sits beside it");
      assertEquals("Dear Sam,", LetterFields.of(html).get("greeting"));
      assertEquals(LetterForm.MAX_PART + 1, LetterFields.of(html).get(EXPERIENCE).length());
    }

    @Test
    void check_withAPartTheLetterDoesNotHave_saysSo() {
      checkUp();

      HttpResponse<String> response =
          server.post(
              "/letter/check", LetterFields.with(draftFields(), "part.no-such-part", "Hello"));

      assertEquals(422, response.statusCode());
      assertTrue(response.body().contains(LetterForm.UNKNOWN_PART));
    }

    @Test
    void check_withAGreetingOnTwoLines_showsTheErrorBesideIt() {
      checkUp();

      HttpResponse<String> response =
          server.post("/letter/check", LetterFields.with(draftFields(), "greeting", "Dear\nSam,"));

      assertEquals(422, response.statusCode());
      assertTrue(response.body().contains("id=\"error-greeting\""));
    }
  }

  @Nested
  class Download {
    @Test
    void download_givesTheLetterAsPlainText_asAnAttachment_withTheSecurityHeaders() {
      checkUp();
      List<Map.Entry<String, String>> fields = draftFields();
      String edited = "We used to talk every evening." + BLAME + " " + HOSTILE_BEFORE;
      fields = LetterFields.with(fields, EXPERIENCE, edited);
      fields = LetterFields.with(fields, "greeting", "Dear Sam,");

      HttpResponse<String> response = server.post("/letter/download", fields);

      assertEquals(200, response.statusCode());
      var headers = response.headers();
      String type = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      assertTrue(type.startsWith("text/plain") && type.contains("charset=utf-8"), type);
      assertEquals(
          "attachment; filename=\"letter.txt\"",
          headers.firstValue("Content-Disposition").orElse(""));
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""));
      assertEquals(
          SecurityHeaders.CONTENT_SECURITY_POLICY,
          headers.firstValue("Content-Security-Policy").orElse(""));
      String text = response.body();
      assertTrue(text.startsWith("Dear Sam,\n\nI'm writing because"), text);
      assertTrue(text.contains("\n\n" + edited + "\n\n"), "the edit, as typed");
      assertTrue(text.endsWith("\n\nWith love,\n"), text);
      assertFalse(text.contains("What I have been living with"), "no titles");
      assertFalse(text.contains("Before you send it"), "no notes");
      assertFalse(text.contains("\n\n\n"), "no empty part");
      assertFalse(Files.exists(server.db), "nothing is stored");
    }

    @Test
    void download_withAProblem_showsThePageAgain_andNoFile() {
      checkUp();

      HttpResponse<String> response =
          server.post(
              "/letter/download",
              LetterFields.with(draftFields(), "signoff", "z".repeat(LetterForm.MAX_SIGN_OFF + 1)));

      assertEquals(422, response.statusCode());
      assertTrue(response.headers().firstValue("Content-Disposition").isEmpty());
      assertTrue(response.body().contains("id=\"error-signoff\""));
    }
  }

  @Nested
  class SafetyFirst {
    @Test
    void fearAnswer_showsNoLetter_butWhyAndWhereToTurn() {
      checkUpWith("fear", "3");

      HttpResponse<String> response = server.get("/letter");

      String html = response.body();
      assertEquals(200, response.statusCode());
      assertNoLetter(html);
      assertTrue(html.contains("id=\"safety-hold\""));
      assertTrue(html.contains("No letter was drafted."));
      assertTrue(html.contains("a letter can raise the risk"), "says why, plainly");
      assertTrue(html.contains("<ul class=\"resources\">"));
      assertTrue(html.contains("<span class=\"kind\">Abuse support</span>"));
      assertFalse(html.contains("afraid"), "no safety answer is repeated");
    }

    @Test
    void selfHarmAnswer_showsNoLetter_andPutsCrisisHelpFirst() {
      checkUpWith("self-harm", "2");

      String html = server.get("/letter").body();

      assertNoLetter(html);
      assertTrue(html.contains("You matter. Please talk to someone today"));
      Matcher kind = Pattern.compile("<span class=\"kind\">([^<]+)</span>").matcher(html);
      assertTrue(kind.find());
      assertTrue(
          kind.group(1).equals("Emergency") || kind.group(1).equals("Crisis support"),
          kind.group(1));
    }

    @Test
    void fearAnswer_hidesTheCheckInGuide_andTheLinksFromTheReport() {
      String report = checkUpWith("fear", "4").body();

      String talk = server.get("/talk").body();

      assertFalse(report.contains("id=\"write-letter\""), "the report points to no letter");
      assertFalse(report.contains("href=\"/talk\""));
      assertTrue(talk.contains("No check-in guide was made."));
      assertTrue(talk.contains("id=\"safety-hold\""));
      assertFalse(talk.contains("Weekly check-in"));
      assertFalse(talk.contains("id=\"agenda\""));
      assertFalse(talk.contains("id=\"starters\""));
    }

    @Test
    void fearAnswer_refusesACheckOrDownloadOfAnEarlierDraft() {
      checkUp();
      List<Map.Entry<String, String>> fields = draftFields();
      checkUpWith("fear", "3"); // the latest check-up, in another tab

      HttpResponse<String> check = server.post("/letter/check", fields);
      HttpResponse<String> download = server.post("/letter/download", fields);
      HttpResponse<String> compose =
          server.post("/letter", List.of(Map.entry("csrf", server.token())));

      for (HttpResponse<String> response : List.of(check, download, compose)) {
        assertTrue(response.headers().firstValue("Content-Disposition").isEmpty());
        assertTrue(response.body().contains("No letter was drafted."));
        assertNoLetter(response.body());
      }
    }

    @Test
    void leavingLetter_afterAFearAnswer_speaksOfASafeWayToLeave() {
      checkUpWith("fear", "3");

      HttpResponse<String> response =
          server.post(
              "/letter",
              List.of(Map.entry("csrf", server.token()), Map.entry("variant", "leaving")));

      assertTrue(response.body().contains("plan a safe way and time"));
      assertNoLetter(response.body());
    }

    @Test
    void aLaterCheckUpWithoutSafetyAnswers_opensTheLetterAgain() {
      checkUpWith("fear", "3");
      checkUp();

      String html = server.get("/letter").body();

      assertTrue(html.contains("<form id=\"letter\""));
    }
  }

  @Nested
  class TalkingTogether {
    @Test
    void talk_afterACheckUp_showsTheWeeklyAgendaAndStartersForTheGrowthAreas() {
      checkUp();

      HttpResponse<String> response = server.get("/talk");

      String html = response.body();
      assertEquals(200, response.statusCode());
      assertTrue(html.contains("A weekly check-in"));
      assertTrue(html.indexOf("What went well") < html.indexOf("What felt off"));
      assertTrue(html.indexOf("What felt off") < html.indexOf("How we can support each other"));
      assertTrue(html.contains("Conversation starters"));
      assertTrue(html.contains("<span class=\"tag\">"), "each starter names its need");
      assertTrue(html.contains("These are invitations, not tests"));
    }

    @Test
    void talk_beforeAnyCheckUp_asksForOne() {
      String html = server.get("/talk").body();

      assertTrue(html.contains("Take a check-up first"));
      assertFalse(html.contains("A weekly check-in"));
    }

    @Test
    void report_andNavigation_leadToTheWritingHelp() {
      String report = checkUp().body();

      assertTrue(report.contains("id=\"write-letter\" href=\"/letter\""));
      assertTrue(report.contains("id=\"talk-together\" href=\"/talk\""));
      assertTrue(server.get("/").body().contains("<a href=\"/letter\""), "in the navigation");
      assertTrue(
          server.get("/letter").body().contains("href=\"/letter\" aria-current=\"page\""),
          "current in the navigation");
    }
  }

  @Nested
  class Forgetting {
    @Test
    void quickExit_forgetsTheLastResult() {
      checkUp();

      server.get("/away");

      assertTrue(server.get("/letter").body().contains("Take a check-up first"));
      assertTrue(server.get("/talk").body().contains("Take a check-up first"));
    }

    @Test
    void deletingAllMyData_forgetsTheLastResult() {
      server.post("/history/save", server.form("short", Answers.field(statements.get(0)), "3"));
      checkUp();

      server.post("/history/delete", server.form("short", "confirm", "yes"));

      assertTrue(server.get("/letter").body().contains("Take a check-up first"));
    }

    @Test
    void forgetButton_forgetsTheLastResult() {
      checkUp();

      HttpResponse<String> response =
          server.post("/letter/forget", List.of(Map.entry("csrf", server.token())));

      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("Your last result is forgotten"));
      assertTrue(server.get("/letter").body().contains("Take a check-up first"));
    }

    @Test
    void anotherBrowser_doesNotSeeTheResult() {
      checkUp();

      server.forgetCookie();

      assertTrue(server.get("/letter").body().contains("Take a check-up first"));
    }

    @Test
    void lastResult_isForgottenAfterHalfAnHourUnused() {
      checkUp();
      server.clock.advance(Duration.ofMinutes(20));
      assertTrue(server.get("/letter").body().contains("<form id=\"letter\""), "use keeps it");

      server.clock.advance(LastResults.IDLE.plusSeconds(1));

      assertTrue(server.get("/letter").body().contains("Take a check-up first"));
    }

    @Test
    void check_afterTheResultIsForgotten_keepsNothing_andSaysWhy() {
      checkUp();
      List<Map.Entry<String, String>> fields = draftFields();
      server.get("/away");

      HttpResponse<String> response = server.post("/letter/download", fields);

      assertTrue(response.headers().firstValue("Content-Disposition").isEmpty());
      assertTrue(response.body().contains("Take a check-up first"));
    }
  }

  @Nested
  class Protection {
    @Test
    void everyWritingPost_withoutTheFormToken_isRejected_andChangesNothing() {
      checkUp();
      List<Map.Entry<String, String>> fields = new ArrayList<>(draftFields());
      fields.removeIf(e -> e.getKey().equals("csrf"));

      for (String path :
          List.of("/letter", "/letter/check", "/letter/download", "/letter/forget")) {
        HttpResponse<String> response = server.post(path, fields);

        assertEquals(403, response.statusCode(), path);
        assertTrue(response.body().contains("This form could not be accepted"), path);
        assertTrue(response.headers().firstValue("Content-Disposition").isEmpty(), path);
      }
      assertTrue(server.get("/letter").body().contains("<form id=\"letter\""), "not forgotten");
    }

    @Test
    void writingPages_carryTheSecurityHeaders_andNoInlineScript() {
      checkUp();
      String checked =
          server.post("/letter/check", LetterFields.with(draftFields(), EXPERIENCE, BLAME)).body();

      for (String path : List.of("/letter", "/talk")) {
        HttpResponse<String> response = server.get(path);

        assertEquals(
            SecurityHeaders.CONTENT_SECURITY_POLICY,
            response.headers().firstValue("Content-Security-Policy").orElse(""),
            path);
        assertFalse(response.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), path);
        assertFalse(response.body().contains(" style="), "inline style on " + path);
      }
      assertFalse(checked.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"));
      assertFalse(checked.contains(" style="), "inline style");
    }
  }
}
