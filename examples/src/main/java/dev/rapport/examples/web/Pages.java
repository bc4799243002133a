package dev.rapport.examples.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders pages into responses: the shared frame (title, form token, navigation) around each
 * template, and the friendly problem pages. Thread-safe.
 */
final class Pages {
  private final Templates templates;
  private final Csrf csrf;

  Pages(Templates templates, Csrf csrf) {
    this.templates = templates;
    this.csrf = csrf;
  }

  /**
   * Renders a page of the layout.
   *
   * @param ctx the request
   * @param status the HTTP status
   * @param template the template, such as {@code report.jte}
   * @param title the page title
   * @param nav the navigation entry it belongs to
   * @param charts whether the page draws charts
   * @param params the template's own parameters
   */
  void show(
      Context ctx,
      int status,
      String template,
      String title,
      Nav nav,
      boolean charts,
      Map<String, Object> params) {
    Map<String, Object> all = new HashMap<>(params);
    all.put("frame", new PageFrame(title, csrf.token(ctx), nav, charts));
    ctx.status(status).html(templates.render(template, all));
  }

  /**
   * Renders a friendly problem page; never shows a stack trace or an exception's message.
   *
   * @param ctx the request
   * @param status the HTTP status
   * @param heading what happened, in plain words
   * @param message what it means for the person and what to do
   */
  void problem(Context ctx, int status, String heading, String message) {
    problem(ctx, status, heading, message, "/", "Go to the start page");
  }

  /**
   * Renders a friendly problem page with a way onwards of the caller's choosing.
   *
   * @param ctx the request
   * @param status the HTTP status
   * @param heading what happened, in plain words
   * @param message what it means for the person and what to do
   * @param actionHref where the page's button leads
   * @param actionText the button's words
   */
  void problem(
      Context ctx,
      int status,
      String heading,
      String message,
      String actionHref,
      String actionText) {
    show(
        ctx,
        status,
        "problem.jte",
        heading,
        Nav.NONE,
        false,
        Map.of(
            "heading", heading,
            "message", message,
            "actionHref", actionHref,
            "actionText", actionText));
  }

  /** Renders the neutral page that the quick exit leads to. */
  void away(Context ctx) {
    ctx.status(200).html(templates.render("away.jte", Map.of()));
  }
}
