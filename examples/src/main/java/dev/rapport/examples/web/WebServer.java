package dev.rapport.examples.web;

import dev.rapport.core.KnowledgeBase;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running web app: a Javalin server with the check-up, report, history, writing-help and
 * neutral pages, behind the security guards. Start it with {@link #start}; {@link #close()} stops
 * it.
 */
final class WebServer implements AutoCloseable {
  private static final long MAX_REQUEST_BYTES = 64 * 1024;
  private static final Map<String, String> STATIC_HEADERS = Map.of("Cache-Control", "no-store");

  private final Javalin app;
  private final String host;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts the server.
   *
   * @param settings where to listen, the history file and the region
   * @param kb the knowledge base to assess with
   * @param clock when results are saved
   * @return the running server
   * @throws CannotListenException when the port is taken or the address cannot be used
   */
  static WebServer start(WebSettings settings, KnowledgeBase kb, Clock clock) {
    Quiet.logging();
    Csrf csrf = new Csrf();
    Pages pages = new Pages(new Templates(), csrf);
    CheckUps checkUps = new CheckUps(kb, settings.region());
    HistoryStore store = new HistoryStore(settings.db());
    LastResults lastResults = new LastResults(clock);
    CheckUpRoutes checkUp = new CheckUpRoutes(pages, checkUps, lastResults);
    HistoryRoutes history = new HistoryRoutes(pages, checkUp, checkUps, store, clock, lastResults);
    WritingRoutes writing = new WritingRoutes(pages, checkUps, lastResults);
    AtomicInteger port = new AtomicInteger(settings.port());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              // Chart.js from its WebJar, and the app's own CSS and JS: nothing from outside.
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/webjars";
                    files.directory = "/META-INF/resources/webjars";
                    files.location = Location.CLASSPATH;
                    files.headers = STATIC_HEADERS;
                  });
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/web/static";
                    files.location = Location.CLASSPATH;
                    files.headers = STATIC_HEADERS;
                  });
              var routes = config.routes;
              routes.before(new SecurityHeaders());
              if (LocalHostGuard.isLoopback(settings.host())) {
                routes.before(new LocalHostGuard(settings.host(), port::get));
              }
              routes.before(
                  ctx -> {
                    if (ctx.method() == HandlerType.POST) {
                      csrf.verify(ctx);
                    }
                  });
              routes.get("/", ctx -> home(ctx, pages, store));
              routes.get(
                  "/away",
                  ctx -> {
                    lastResults.forget(ctx); // the quick exit leaves nothing to come back to
                    pages.away(ctx);
                  });
              routes.get("/favicon.ico", ctx -> ctx.status(204)); // no icon: nothing to recognise
              checkUp.register(routes);
              history.register(routes);
              writing.register(routes);
              ErrorPages.register(routes, pages);
            });
    try {
      app.start();
    } catch (JavalinBindException e) {
      throw CannotListenException.of(settings.host(), settings.port(), e);
    }
    port.set(app.port());
    return new WebServer(app, settings.host());
  }

  private static void home(Context ctx, Pages pages, HistoryStore store) {
    pages.show(
        ctx, 200, "home.jte", "Welcome", Nav.HOME, false, Map.of("hasHistory", store.exists()));
  }

  /** The port the server really listens on. */
  int port() {
    return app.port();
  }

  /** The address to open in a browser, such as {@code http://127.0.0.1:8080/}. */
  URI address() {
    String name = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + name + ":" + port() + "/");
  }

  @Override
  public void close() {
    app.stop();
  }

  /**
   * Thrown when the server cannot listen where it was asked to; its message is one plain line for
   * the person running the app.
   */
  static final class CannotListenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean portInUse;

    private CannotListenException(String message, boolean portInUse, Throwable cause) {
      super(message, cause);
      this.portInUse = portInUse;
    }

    static CannotListenException of(String host, int port, Throwable e) {
      String reason = "";
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException || t instanceof UnknownHostException) {
          reason = String.valueOf(t.getMessage());
        }
      }
      if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
        return new CannotListenException(
            "Port "
                + port
                + " on "
                + host
                + " is already in use. Stop the program using it, or choose another port with"
                + " --port (0 picks a free one).",
            true,
            e);
      }
      return new CannotListenException(
          "Cannot listen on "
              + host
              + " port "
              + port
              + (reason.isEmpty() ? "" : " (" + reason + ")")
              + ". Check --host and --port; the default, 127.0.0.1, is this computer only.",
          false,
          e);
    }

    /** True when another program holds the port. */
    boolean portInUse() {
      return portInUse;
    }
  }
}
