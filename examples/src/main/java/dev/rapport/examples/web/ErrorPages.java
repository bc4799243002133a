package dev.rapport.examples.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;

/**
 * The friendly pages for everything that goes wrong: a rejected form (403), a page that does not
 * exist (404), a request the server refuses (such as one too large), and any unexpected failure
 * (500). None shows a stack trace or an exception's message; each says that nothing saved was lost.
 */
final class ErrorPages {
  private ErrorPages() {}

  static void register(RoutesConfig routes, Pages pages) {
    routes.exception(
        LocalHostGuard.UnknownHostException.class,
        (e, ctx) -> ctx.status(403).result("This server only answers on this computer."));
    routes.exception(
        Csrf.Rejected.class,
        (e, ctx) ->
            pages.problem(
                ctx,
                403,
                "This form could not be accepted",
                "To protect you, a form is only accepted when it was sent from this app in this"
                    + " browser. Nothing was saved or changed. Please go back, reload the page and"
                    + " send it again."));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            pages.problem(
                ctx,
                e.getStatus(),
                "This request could not be handled",
                "Nothing was saved or changed. Please go back and try again."));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // The console of the person's own computer; the page never shows it.
          System.err.println("rapport web: unexpected error: " + e.getClass().getName());
          pages.problem(
              ctx,
              500,
              "Something went wrong on our side",
              "Sorry. Nothing you had saved was lost. Please go back and try again.");
        });
    routes.error(
        404,
        ctx ->
            pages.problem(
                ctx,
                404,
                "This page does not exist",
                "The address may be mistyped, or the page may have moved."));
  }
}
