package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers, error pages, the host check, and nothing loaded from outside. */
class SecurityTest {
  @TempDir Path dir;

  @Test
  void everyResponse_carriesTheSecurityHeaders() {
    try (TestServer server = TestServer.start(dir)) {
      for (String path :
          List.of(
              "/",
              "/check-up",
              "/history",
              "/letter",
              "/talk",
              "/away",
              "/static/rapport.css",
              PageFrame.CHART_JS,
              "/no-such-page")) {
        HttpResponse<String> response = server.get(path);

        var headers = response.headers();
        assertEquals(
            SecurityHeaders.CONTENT_SECURITY_POLICY,
            headers.firstValue("Content-Security-Policy").orElse(""),
            path);
        assertTrue(
            headers
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("frame-ancestors 'none'"));
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), path);
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), path);
      }
    }
  }

  @Test
  void pages_loadNothingFromOutside_andHaveNoInlineScript() {
    try (TestServer server = TestServer.start(dir)) {
      String report =
          server
              .post(
                  "/check-up", server.form("short", Answers.field(Items.statements().get(0)), "2"))
              .body();
      for (String html : List.of(server.get("/").body(), server.get("/check-up").body(), report)) {
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (sources.find()) {
          String url = sources.group(1);
          boolean local = url.startsWith("/") || url.startsWith("#");
          boolean helpLink = html.contains("rel=\"noreferrer\">" + url);
          assertTrue(local || helpLink, "loads from outside: " + url);
        }
        assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline script");
        assertFalse(html.contains("cdn"), "a CDN is named");
      }
      assertEquals(200, server.get(PageFrame.CHART_JS).statusCode());
      assertEquals(200, server.get("/static/rapport.js").statusCode());
    }
  }

  @Test
  void unknownPage_getsAFriendly404() {
    try (TestServer server = TestServer.start(dir)) {
      HttpResponse<String> response = server.get("/no/such/page");

      assertEquals(404, response.statusCode());
      assertTrue(response.body().contains("This page does not exist"));
      assertTrue(response.body().contains("id=\"quick-exit\""));
    }
  }

  @Test
  void failure_getsAFriendly500_withoutAStackTrace() throws IOException {
    Path notAFile = Files.createDirectories(dir.resolve("a-folder.db"));
    try (TestServer server = TestServer.start(dir, notAFile)) {
      HttpResponse<String> response =
          server.post(
              "/history/save", server.form("short", Answers.field(Items.statements().get(0)), "2"));

      assertEquals(500, response.statusCode());
      assertTrue(response.body().contains("Something went wrong on our side"));
      assertFalse(response.body().contains("Exception"));
      assertFalse(response.body().contains("at dev.rapport"));
      assertFalse(response.body().contains("sqlite"));
    }
  }

  @Test
  void tooLargeRequest_isRefusedPolitely() throws Exception {
    try (TestServer server = TestServer.start(dir)) {
      // "Expect: 100-continue" lets the server refuse before the body is sent, so the answer
      // always arrives (otherwise the server may close the connection mid-upload).
      HttpRequest request =
          HttpRequest.newBuilder(server.uri("/check-up"))
              .expectContinue(true)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", Csrf.COOKIE + "=" + server.token())
              .POST(HttpRequest.BodyPublishers.ofString("note=" + "x".repeat(200_000)))
              .build();

      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertEquals(413, response.statusCode());
      assertTrue(response.body().contains("This request could not be handled"));
      assertFalse(response.body().contains("Exception"));
    }
  }

  @Test
  void requestForAnotherHost_isTurnedAway() throws IOException {
    try (TestServer server = TestServer.start(dir)) {
      String answer = rawGet(server.server.port(), "rebound.example:" + server.server.port());

      assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    }
  }

  @Test
  void requestForLocalhost_isServed() throws IOException {
    try (TestServer server = TestServer.start(dir)) {
      String answer = rawGet(server.server.port(), "localhost:" + server.server.port());

      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }
  }

  @Test
  void away_isNeutral_andWorksWithoutAnythingElse() {
    try (TestServer server = TestServer.start(dir)) {
      String html = server.get("/away").body();

      assertTrue(html.contains("<title>Simple tomato soup</title>"));
      assertFalse(html.contains("Rapport"));
      assertFalse(html.contains("<script"));
    }
  }

  /** A GET with a Host header of the test's choosing, which HttpClient does not allow. */
  private static String rawGet(int port, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
