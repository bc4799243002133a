package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every POST needs the form token that matches the browser's cookie. */
class CsrfTest {
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
  void firstPage_setsAStrictHttpOnlyCookie_andPutsTheSameTokenInItsForms() {
    HttpResponse<String> response = server.get("/check-up");

    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith(Csrf.COOKIE + "="), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertEquals(server.token(), TestServer.tokenIn(response.body()).orElseThrow());
  }

  @Test
  void post_withoutToken_isRejectedWithAFriendlyPage() {
    server.token();

    HttpResponse<String> response =
        server.post(
            "/check-up",
            List.of(Map.entry("form", "short"), Map.entry(Answers.field(statement), "2")));

    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("This form could not be accepted"));
    assertTrue(response.body().contains("Nothing was saved or changed"));
    assertFalse(response.body().contains("Exception"));
  }

  @Test
  void post_withAWrongToken_isRejected() {
    List<Map.Entry<String, String>> form = server.form("short", Answers.field(statement), "2");
    form.set(0, Map.entry("csrf", "A".repeat(43)));

    HttpResponse<String> response = server.post("/check-up", form);

    assertEquals(403, response.statusCode());
  }

  @Test
  void post_withTheTokenButNoCookie_isRejected() {
    List<Map.Entry<String, String>> form = server.form("short", Answers.field(statement), "2");
    server.forgetCookie();

    HttpResponse<String> response = server.post("/check-up", form);

    assertEquals(403, response.statusCode());
  }

  @Test
  void save_withoutToken_storesNothing() {
    server.token();

    HttpResponse<String> response =
        server.post(
            "/history/save",
            List.of(Map.entry("form", "short"), Map.entry(Answers.field(statement), "2")));

    assertEquals(403, response.statusCode());
    assertFalse(Files.exists(server.db));
  }

  @Test
  void delete_withoutToken_deletesNothing() {
    server.post("/history/save", server.form("short", Answers.field(statement), "2"));
    server.useCookie(Csrf.COOKIE + "=" + "B".repeat(43));

    HttpResponse<String> response =
        server.post("/history/delete", List.of(Map.entry("confirm", "yes")));

    assertEquals(403, response.statusCode());
    assertTrue(Files.exists(server.db));
  }

  @Test
  void post_withTheRightToken_isAccepted() {
    HttpResponse<String> response =
        server.post("/check-up", server.form("short", Answers.field(statement), "2"));

    assertEquals(200, response.statusCode());
  }
}
