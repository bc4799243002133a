package dev.rapport.examples.web;

/**
 * Keeps the server's libraries quiet on the console: the app prints its own one-line message, and
 * nothing about a person's requests is ever logged.
 */
final class Quiet {
  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
  // Javalin logs its own failure to start; the command says it in one line instead.
  private static final String JAVALIN = "org.slf4j.simpleLogger.log.io.javalin.Javalin";

  private Quiet() {}

  /** Sets the default log level to warnings, unless someone chose a level already. */
  static void logging() {
    if (System.getProperty(LEVEL) == null) {
      System.setProperty(LEVEL, "warn");
    }
    if (System.getProperty(JAVALIN) == null) {
      System.setProperty(JAVALIN, "off");
    }
  }
}
