package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a person or an attacker types comes back as text, never as markup. */
class EscapingTest {
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&";

  @TempDir Path dir;
  TestServer server;
  final String statement = Items.statements().get(0);

  @BeforeEach
  void start() {
    server = TestServer.start(dir);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void savedNote_withMarkup_isShownEscaped() {
    server.post(
        "/history/save", server.form("short", Answers.field(statement), "2", "note", HOSTILE));

    String html = server.get("/history").body();

    assertTrue(html.contains("&lt;script&gt;alert("), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<img src=x"));
  }

  @Test
  void noteTooLong_isShownEscapedInTheTextArea_andNotSaved() {
    String note = HOSTILE + "x".repeat(SavedResult.MAX_NOTE_LENGTH);

    HttpResponse<String> response =
        server.post(
            "/history/save", server.form("short", Answers.field(statement), "2", "note", note));

    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains(HistoryRoutes.NOTE_TOO_LONG));
    assertTrue(response.body().contains("&lt;script&gt;alert"));
    assertFalse(response.body().contains("<script>alert"));
    assertTrue(server.get("/history").body().contains("Nothing is saved"));
  }

  @Test
  void tamperedAnswer_withMarkup_isNeverReflected() {
    HttpResponse<String> response =
        server.post("/check-up", server.form("short", Answers.field(statement), HOSTILE));

    assertEquals(422, response.statusCode());
    assertFalse(response.body().contains("<script>alert"));
    assertFalse(response.body().contains("onerror=alert"));
  }

  @Test
  void hostileFieldName_isNeverReflected() {
    HttpResponse<String> response =
        server.post("/check-up", server.form("short", "q.<script>alert(1)</script>", "2"));

    assertEquals(422, response.statusCode());
    assertFalse(response.body().contains("<script>alert"));
  }

  @Test
  void hostileQuery_isNeverReflected() {
    HttpResponse<String> response = server.get("/check-up?form=%3Cscript%3Ealert(1)%3C/script%3E");

    assertEquals(200, response.statusCode());
    assertFalse(response.body().contains("<script>alert"));
  }
}
