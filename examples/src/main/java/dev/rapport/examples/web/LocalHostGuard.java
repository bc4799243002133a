package dev.rapport.examples.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Turns away requests whose {@code Host} header is not this machine's loopback name, so that a web
 * page elsewhere cannot read the history through a DNS-rebinding trick while the app runs.
 *
 * <p>Only used when the server listens on a loopback address.
 */
final class LocalHostGuard implements Handler {
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private final String host;
  private final IntSupplier port;

  /**
   * Makes a guard for a server bound to {@code host}.
   *
   * @param host the address the server listens on
   * @param port the port it really listens on, known once it has started
   */
  LocalHostGuard(String host, IntSupplier port) {
    this.host = host.toLowerCase(Locale.ROOT);
    this.port = port;
  }

  /** Tells whether {@code host} is a loopback address, for which the guard is wanted. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return LOOPBACK_NAMES.contains(h) || h.equals("::1") || h.startsWith("127.");
  }

  @Override
  public void handle(Context ctx) {
    String given = ctx.header("Host");
    if (given == null || !allowed(given.toLowerCase(Locale.ROOT))) {
      throw new UnknownHostException();
    }
  }

  private boolean allowed(String given) {
    String suffix = ":" + port.getAsInt();
    if (!given.endsWith(suffix)) {
      return false;
    }
    String name = given.substring(0, given.length() - suffix.length());
    return LOOPBACK_NAMES.contains(name) || name.equals(host);
  }

  /** Thrown when a request names a host this server does not answer for. */
  static final class UnknownHostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownHostException() {
      super("request for a host this server does not answer for", null, false, false);
    }
  }
}
