package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.examples.RapportRun;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch far larger than it would be sensible to hold: the input is made as it is read, and the
 * output only counted, so the run can finish only by streaming. Speed is measured by the batch
 * benchmark, never here.
 */
class BatchStreamingTest {
  private static final long LINES = 200_000;
  private static final long BAD_EVERY = 1_000;

  /** Counts lines and characters, and keeps nothing. */
  private static final class CountingSink extends Writer {
    long lines;
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void write(String text, int offset, int length) {
      chars += length;
      for (int i = offset; i < offset + length; i++) {
        if (text.charAt(i) == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void batch_manyGeneratedLines_streamsThroughAndCountsEveryLine() {
    CountingSink out = new CountingSink();
    StringWriter err = new StringWriter();
    long bad = GeneratedLines.bad(LINES, BAD_EVERY);

    int exitCode =
        RapportRun.withStreams(
            new GeneratedLines(LINES, BAD_EVERY), out, err, "batch", "--input", "-");

    assertEquals(3, exitCode, err.toString());
    assertEquals(LINES, out.lines);
    assertEquals(
        List.of(
            "processed 100000 lines (" + (100_000 - bad / 2) + " good, " + bad / 2 + " bad)",
            "processed " + LINES + " lines (" + (LINES - bad) + " good, " + bad + " bad)",
            "done: " + LINES + " lines read, "
                + (LINES - bad)
                + " good, "
                + bad
                + " bad (see the error records in the output)"),
        err.toString().lines().toList());
  }
}
