package dev.rapport.examples.cli;

import java.util.Locale;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Tells whether the process's own stdin, stdout or stderr is a terminal, and what it can show. */
final class Terminals {
  private Terminals() {}

  /**
   * Asks JLine whether a standard stream is a terminal; false when that cannot be told (no provider
   * works on this platform), which is the safe answer for scripts.
   */
  static boolean isTerminal(SystemStream stream) {
    try {
      return TerminalProvider.load("exec").isSystemStream(stream);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  /** Tells whether the locale's character set can show Unicode block characters. */
  static boolean unicode() {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = System.getenv(name);
      if (value != null && !value.isEmpty()) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("utf-8") || lower.contains("utf8");
      }
    }
    return false;
  }
}
