package dev.rapport.examples.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JSON Lines input made on the fly as it is read, never held whole: line {@code n} rates two
 * signs from {@code n}, and every {@code badEvery}-th line is malformed.
 */
final class GeneratedLines extends InputStream {
  private static final String[] SIGNS = {
    "lonely-together",
    "surface-level-conversations",
    "shutting-down",
    "resentment",
    "dismissed-bids"
  };

  private final long lines;
  private final long badEvery;
  private long next = 1;
  private byte[] current = new byte[0];
  private int position;

  GeneratedLines(long lines, long badEvery) {
    this.lines = lines;
    this.badEvery = badEvery;
  }

  static long bad(long lines, long badEvery) {
    return lines / badEvery;
  }

  @Override
  public int read() {
    if (position == current.length) {
      if (next > lines) {
        return -1;
      }
      current = line(next++).getBytes(StandardCharsets.UTF_8);
      position = 0;
    }
    return current[position++];
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int count = 0;
    while (count < length) {
      int b = read();
      if (b == -1) {
        return count == 0 ? -1 : count;
      }
      buffer[offset + count++] = (byte) b;
    }
    return count;
  }

  private String line(long n) {
    if (n % badEvery == 0) {
      return "{\"signs\": {\"lonely-together\": oops}}\n";
    }
    String first = SIGNS[(int) (n % SIGNS.length)];
    String second = SIGNS[(int) ((n + 1) % SIGNS.length)];
    return "{\"signs\": {\""
        + first
        + "\": "
        + n % 5
        + ", \""
        + second
        + "\": "
        + (n / 5) % 5
        + "}}\n";
  }
}
