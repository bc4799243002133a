package dev.rapport.examples.web;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.material.HelpResource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rapport web}: runs the local web check-up until Ctrl+C.
 *
 * <p>It serves a calm check-up page (short or full form), the report with its chart, and an opt-in
 * history, on {@code http://127.0.0.1:8080/} by default. Nothing is stored unless the person saves
 * a result; saved results go to {@code ~/.rapport/history.db} unless {@code --db} names another
 * file, which is created on the first save. Nothing is sent off the machine and nothing is loaded
 * from outside it.
 *
 * <p>Exit codes: 2 when the port is taken, the address cannot be used or an option is wrong, 1 when
 * the content cannot be loaded. Ctrl+C ends the process (the server stops first); an interrupt of
 * the running thread stops the server and returns 0. Register it as a subcommand of the {@code
 * rapport} command; it has a public no-argument constructor.
 */
@Command(
    name = "web",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the local web check-up: a calm page in your browser, with charts and an opt-in"
          + " history.",
      "Nothing is stored unless you save a result, and nothing leaves this computer."
    })
public final class WebCommand implements Callable<Integer> {
  /** The exit code when the port is taken or an option is wrong. */
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks any free port).")
  int port;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "Where saved results go (default: ~/.rapport/history.db). The file is created only"
              + " when you first save a result.")
  Path db;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      description =
          "Region for help lines and crisis numbers, such as US, UK, CA, AU, IE or NZ (default:"
              + " this computer's country when known, else INTL for international resources).")
  String region;

  /** Makes the command; picocli sets its options. */
  public WebCommand() {}

  /** The default history file: {@code ~/.rapport/history.db}. */
  static Path defaultDb() {
    return Path.of(System.getProperty("user.home"), ".rapport", "history.db");
  }

  /**
   * Runs the server until the process is stopped.
   *
   * @return the exit code
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be in [0, 65535] but was " + port);
    }
    KnowledgeBase kb = DefaultContent.load();
    String chosen = region(kb);
    WebServer server;
    try {
      server =
          WebServer.start(
              new WebSettings(host, port, db == null ? defaultDb() : db, chosen),
              kb,
              Clock.systemDefaultZone());
    } catch (WebServer.CannotListenException e) {
      err.println(e.getMessage());
      err.flush();
      return USAGE;
    }
    // Ctrl+C ends the process; the hook stops the server on the way out.
    Thread stopOnExit = new Thread(server::close, "rapport-web-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    out.println("Rapport is running at " + server.address() + " — press Ctrl+C to stop");
    out.flush();
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // Interrupted by an embedding program rather than stopped with Ctrl+C: stop cleanly,
      // then keep the interrupt for the caller.
      interrupted = true;
    }
    Runtime.getRuntime().removeShutdownHook(stopOnExit);
    server.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private String region(KnowledgeBase kb) {
    Set<String> known = new TreeSet<>();
    for (HelpResource r : kb.resources()) {
      known.add(r.region());
    }
    if (region != null) {
      String code = region.toUpperCase(Locale.ROOT);
      if (!known.contains(code)) {
        throw new ParameterException(
            spec.commandLine(),
            "--region must be one of " + String.join(", ", known) + " but was " + region);
      }
      return code;
    }
    String country = Locale.getDefault().getCountry();
    String code = country.equals("GB") ? "UK" : country;
    return known.contains(code) ? code : "INTL";
  }
}
