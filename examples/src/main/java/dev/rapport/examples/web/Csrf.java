package dev.rapport.examples.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Cross-site request forgery protection by the double-submit cookie: every form carries the token
 * that the browser also holds in a strict same-site, HTTP-only cookie, and a POST whose form token
 * does not match its cookie is rejected.
 *
 * <p>The token is random and holds nothing about the person; the cookie lasts until the browser
 * closes. Nothing is kept on the server, so a form stays valid across a restart. Thread-safe.
 */
final class Csrf {
  static final String COOKIE = "rapport_csrf";
  static final String FIELD = "csrf";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random = new SecureRandom();

  /**
   * The token for this browser, to put in a form; sets the cookie when the browser has none yet.
   *
   * @param ctx the request
   * @return the token
   */
  String token(Context ctx) {
    String issued = ctx.attribute(COOKIE);
    if (issued != null) {
      return issued;
    }
    String token = ctx.cookie(COOKIE);
    if (!isWellFormed(token)) {
      token = newToken();
      ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
    }
    ctx.attribute(COOKIE, token);
    return token;
  }

  /**
   * Checks a state-changing request.
   *
   * @param ctx the request
   * @throws Rejected when the form token is missing or does not match the cookie
   */
  void verify(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    String field = ctx.formParam(FIELD);
    if (!isWellFormed(cookie)
        || field == null
        || !MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.US_ASCII),
            field.getBytes(StandardCharsets.US_ASCII))) {
      throw new Rejected();
    }
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Tells whether a token has the shape of one this class makes. */
  static boolean isWellFormed(String token) {
    return token != null && WELL_FORMED.matcher(token).matches();
  }

  /** Thrown when a form's token is missing or does not match; shown as a friendly 403 page. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected() {
      super("form token missing or not matching its cookie", null, false, false);
    }
  }
}
