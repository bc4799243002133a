package dev.rapport.examples.cli;

import java.io.PrintWriter;

/**
 * Progress as plain lines, every so many input lines: {@code processed 100000 lines (99980 good, 20
 * bad)}. For stderr that is a file or a pipe, where a redrawn bar would be noise.
 */
final class PeriodicProgress implements Progress {
  private final PrintWriter err;
  private final long every;

  PeriodicProgress(PrintWriter err, long every) {
    this.err = err;
    this.every = every;
  }

  @Override
  public void step(long lines, long good, long bad) {
    if (lines % every == 0) {
      err.println(line(lines, good, bad));
      err.flush();
    }
  }

  static String line(long lines, long good, long bad) {
    return "processed " + lines + " lines (" + good + " good, " + bad + " bad)";
  }

  @Override
  public void close() {}
}
