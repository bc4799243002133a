package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, the history page, and deleting everything, over HTTP. */
class HistoryRoutesTest {
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

  HttpResponse<String> save(String... pairs) {
    return server.post("/history/save", server.form("short", pairs));
  }

  @Test
  void history_beforeAnySave_saysSo_andCreatesNoFile() {
    HttpResponse<String> response = server.get("/history");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Nothing is saved"));
    assertFalse(Files.exists(server.db));
    assertFalse(Files.exists(server.db.getParent().resolve("history.db-journal")));
  }

  @Test
  void save_storesTheResult_andRedirectsToTheHistory() {
    HttpResponse<String> response =
        save(Answers.field(statements.get(0)), "3", "note", "after our talk");

    assertEquals(303, response.statusCode());
    assertEquals("/history?saved", response.headers().firstValue("Location").orElseThrow());
    assertTrue(Files.exists(server.db));
    String html = server.get("/history?saved").body();
    assertTrue(html.contains("id=\"saved-notice\""));
    assertTrue(html.contains("after our talk"));
    assertTrue(html.contains("id=\"index-chart\" data-chart=\"{"));
    assertTrue(html.contains("src=\"" + PageFrame.CHART_JS + "\""));
  }

  @Test
  void history_ofTwoResults_showsWhatImproved_andMilestones() {
    save(Answers.field(statements.get(0)), "4", Answers.field(statements.get(1)), "4");
    server.clock.advance(Duration.ofDays(14));
    save(Answers.field(statements.get(0)), "0", Answers.field(statements.get(1)), "1");

    String html = server.get("/history").body();

    assertEquals(2, html.split("<span class=\"when\">", -1).length - 1);
    assertTrue(html.contains("What improved"));
    assertTrue(html.contains("class=\"improved\""), "something improved");
    assertTrue(html.contains("Milestones"));
    assertTrue(html.contains("id=\"needs-history-chart\" data-chart=\"{"));
    String list = html.substring(html.indexOf("Each saved result"));
    assertTrue(list.indexOf("7 December 2026") < list.indexOf("23 November 2026"), "newest first");
  }

  @Test
  void save_withSafetyAnswers_neverStoresOrShowsThem() throws IOException {
    save(
        Answers.field(Items.safety("fear")), "4",
        Answers.field(Items.safety("self-harm")), "3",
        Answers.field(statements.get(0)), "2");

    String html = server.get("/history").body();
    String file = new String(Files.readAllBytes(server.db), StandardCharsets.ISO_8859_1);

    assertFalse(html.contains("afraid"));
    assertFalse(html.contains("harming yourself"));
    assertFalse(html.contains("safety"), "the history says nothing about safety");
    for (String forbidden :
        List.of("safety", "afraid", "self-harm", Items.safety("fear"), "scenario", "resources")) {
      assertFalse(file.contains(forbidden), "the file holds " + forbidden);
    }
  }

  @Test
  void rejectedSave_losesNothingSavedBefore() {
    save(Answers.field(statements.get(0)), "2", "note", "first");

    HttpResponse<String> rejected = save(Answers.field(statements.get(0)), "9", "note", "second");

    assertEquals(422, rejected.statusCode());
    String html = server.get("/history").body();
    assertTrue(html.contains("first"));
    assertFalse(html.contains("second"));
  }

  @Test
  void deletePage_asksForConfirmation() {
    save(Answers.field(statements.get(0)), "2");

    String html = server.get("/history/delete").body();

    assertTrue(html.contains("This cannot be undone"));
    assertTrue(html.contains("name=\"confirm\" value=\"yes\""));
    assertTrue(html.contains("method=\"post\" action=\"/history/delete\""));
  }

  @Test
  void delete_withoutConfirmation_keepsEverything() {
    save(Answers.field(statements.get(0)), "2", "note", "keep me");

    HttpResponse<String> response = server.post("/history/delete", server.form("short"));

    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains("Please tick the box to confirm"));
    assertTrue(Files.exists(server.db));
    assertTrue(server.get("/history").body().contains("keep me"));
  }

  @Test
  void delete_withConfirmation_removesTheFile_andEveryResult() throws IOException {
    save(Answers.field(statements.get(0)), "2", "note", "gone soon");
    save(Answers.field(statements.get(0)), "3");

    HttpResponse<String> response =
        server.post("/history/delete", server.form("short", "confirm", "yes"));

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Everything is deleted"));
    assertFalse(Files.exists(server.db));
    try (var files = Files.list(server.db.getParent())) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("history.db")));
    }
    String html = server.get("/history").body();
    assertTrue(html.contains("Nothing is saved"));
    assertFalse(html.contains("gone soon"));
  }

  @Test
  void history_ofADamagedFile_saysSo_andStillLetsThePersonDeleteIt() throws IOException {
    Files.writeString(server.db, "this is not a database");

    HttpResponse<String> history = server.get("/history");
    HttpResponse<String> confirm = server.get("/history/delete");
    HttpResponse<String> deleted =
        server.post("/history/delete", server.form("short", "confirm", "yes"));

    assertEquals(500, history.statusCode());
    assertTrue(history.body().contains("could not be read"));
    assertTrue(history.body().contains("href=\"/history/delete\""));
    assertFalse(history.body().contains("Exception"));
    assertTrue(confirm.body().contains("everything saved"));
    assertEquals(200, deleted.statusCode());
    assertFalse(Files.exists(server.db));
  }

  @Test
  void save_afterDeletingEverything_startsAfresh() {
    save(Answers.field(statements.get(0)), "2");
    server.post("/history/delete", server.form("short", "confirm", "yes"));

    save(Answers.field(statements.get(0)), "1", "note", "new start");

    String html = server.get("/history").body();
    assertEquals(1, html.split("<span class=\"when\">", -1).length - 1);
    assertTrue(html.contains("new start"));
  }
}
