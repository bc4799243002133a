package dev.rapport.examples.web;

import dev.rapport.content.DefaultContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web app on a free port of this machine, with a history file in a test folder, and a small
 * browser-like client that keeps the form-token cookie. Close it after use.
 */
final class TestServer implements AutoCloseable {
  static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  final WebServer server;
  final Path db;
  final TestClock clock = new TestClock(START);
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private String cookie = "";

  private TestServer(Path db, String region) {
    this.db = db;
    this.server =
        WebServer.start(new WebSettings("127.0.0.1", 0, db, region), DefaultContent.load(), clock);
  }

  static TestServer start(Path folder) {
    return new TestServer(folder.resolve("history.db"), "US");
  }

  static TestServer start(Path folder, Path db) {
    return new TestServer(db, "US");
  }

  URI uri(String path) {
    return server.address().resolve(path);
  }

  /** GET, keeping any cookie the server sets. */
  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** POST of form fields, with the cookie this client holds. */
  HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
  }

  /** The form token this client holds, fetching a page first when it has none. */
  String token() {
    if (cookie.isEmpty()) {
      get("/");
    }
    return cookie.substring(cookie.indexOf('=') + 1);
  }

  /** Forgets the cookie, as a new browser would. */
  void forgetCookie() {
    cookie = "";
  }

  /** Sends a cookie of the caller's choosing instead. */
  void useCookie(String value) {
    cookie = value;
  }

  /** A form: the token, the form's name, and the given fields. */
  List<Map.Entry<String, String>> form(String formName, String... pairs) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("csrf", token()));
    fields.add(Map.entry("form", formName));
    for (int i = 0; i < pairs.length; i += 2) {
      fields.add(Map.entry(pairs[i], pairs[i + 1]));
    }
    return fields;
  }

  /** The token a page's forms carry. */
  static Optional<String> tokenIn(String html) {
    Matcher m = TOKEN.matcher(html);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.ofString());
      response
          .headers()
          .firstValue("Set-Cookie")
          .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(List<Map.Entry<String, String>> fields) {
    return fields.stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  @Override
  public void close() {
    server.close();
  }
}
