package dev.rapport.examples.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Adds the headers every response carries: a content security policy that allows only this server's
 * own files, no framing, no referrer, no sniffing, and no caching (a shared device must not keep
 * pages of answers in its cache or its back-forward cache).
 */
final class SecurityHeaders implements Handler {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cache-Control", "no-store");
  }
}
