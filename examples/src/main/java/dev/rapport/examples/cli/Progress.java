package dev.rapport.examples.cli;

/**
 * How a batch shows how far it got, on stderr: a bar on a terminal, plain periodic lines otherwise.
 * Not thread-safe; the batch calls it from its one thread.
 */
interface Progress extends AutoCloseable {

  /** Records that one more line was read. */
  void step(long lines, long good, long bad);

  /** Ends the display; the batch prints its summary after. */
  @Override
  void close();
}
