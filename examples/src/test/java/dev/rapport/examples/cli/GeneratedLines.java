package dev.rapport.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The generated JSON Lines inputs of the batch tests.
 *
 * <p>An instance is an input made on the fly as it is read, never held whole: line {@code n} rates
 * two signs from {@code n}, and every {@code badEvery}-th line is malformed. {@link #hostile} makes
 * a seeded batch of hostile lines instead, held whole, each with what the batch must make of it.
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

  /** What the batch must make of a line. */
  enum Verdict {
    /** A blank line: no output line. */
    SKIPPED,
    /** A report. */
    GOOD,
    /** An error record with the line's number. */
    BAD,
    /** A report or an error record, whichever the library decides: the run must just go on. */
    EITHER
  }

  /**
   * A hostile batch: its bytes (lines separated by {@code \n}, not all of them UTF-8) and, line by
   * line, what was done and what the batch must make of it.
   */
  record HostileBatch(byte[] bytes, List<String> how, List<Verdict> verdicts) {}

  private static final String[] BAD_UTF8 = {
    "ff", "fe", "80", "c3", "e2 82", "f0 9f 98", "ed a0 80", "f8 88 80 80 80", "c0 80"
  };

  /**
   * A seeded batch of {@code count} hostile lines: good lines among truncated, bit-flipped and
   * invalid-UTF-8 ones, wrong types, huge numbers, 10,000 levels of nesting, nulls, duplicate keys,
   * byte-order marks, blank lines, lines of 100,000 characters and one line of 5 MB.
   */
  static HostileBatch hostile(long seed, int count) {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> how = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    int fiveMegabytes = random.nextInt(count);
    for (int n = 1; n <= count; n++) {
      int first = random.nextInt(SIGNS.length);
      int second = (first + 1 + random.nextInt(SIGNS.length - 1)) % SIGNS.length;
      String good =
          "{\"signs\": {\"" + SIGNS[first] + "\": " + random.nextInt(5) + ", \"" + SIGNS[second]
              + "\": " + random.nextInt(5) + "}}";
      byte[] line;
      Verdict verdict;
      String what;
      int attack = n == fiveMegabytes ? -1 : random.nextInt(14);
      switch (attack) {
        case -1 -> {
          what = "a 5 MB cause id";
          line = utf8("{\"signs\": {\"lonely-together\": 2}, \"context\": [\""
              + "a-".repeat(5 << 19) + "a\"]}");
          verdict = Verdict.BAD;
        }
        case 0, 1 -> {
          what = "good";
          line = utf8(good);
          verdict = Verdict.GOOD;
        }
        case 2 -> {
          int length = 1 + random.nextInt(good.length() - 1);
          what = "first " + length + " chars";
          line = utf8(good.substring(0, length));
          verdict = Verdict.BAD;
        }
        case 3 -> {
          line = utf8(good);
          StringBuilder flips = new StringBuilder("bits flipped:");
          for (int i = 1 + random.nextInt(3); i > 0; i--) {
            int at = random.nextInt(line.length);
            int bit = random.nextInt(8);
            line[at] ^= (byte) (1 << bit);
            if (line[at] == '\n' || line[at] == '\r') {
              line[at] = ' ';
            }
            flips.append(' ').append(at).append('/').append(bit);
          }
          what = flips.toString();
          verdict = Verdict.EITHER;
        }
        case 4 -> {
          String hex = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
          what = "bytes " + hex + " in a sign id";
          line = concat(utf8("{\"signs\": {\"lonely-"), hex(hex), utf8("together\": 2}}"));
          verdict = Verdict.BAD;
        }
        case 5 -> {
          String hex = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
          what = "bytes " + hex + " outside any string";
          line = concat(utf8("{\"signs\": "), hex(hex), utf8("{\"lonely-together\": 2}}"));
          verdict = Verdict.BAD;
        }
        case 6 -> {
          String value =
              new String[] {"\"often\"", "[2]", "{}", "true", "null", "2.5", "\"2\""}[
                  random.nextInt(7)];
          what = "a sign rated " + value;
          line = utf8("{\"signs\": {\"lonely-together\": " + value + "}}");
          verdict = Verdict.BAD;
        }
        case 7 -> {
          String value =
              new String[] {
                "99999999999999999999", "1e308", "-2147483649", "9".repeat(2000), "NaN",
                "-Infinity", "1e-400"
              }[random.nextInt(7)];
          what = "a sign rated " + value.substring(0, Math.min(20, value.length()));
          line = utf8("{\"signs\": {\"lonely-together\": " + value + "}}");
          verdict = Verdict.BAD;
        }
        case 8 -> {
          boolean closed = random.nextBoolean();
          what = "10,000 levels of [" + (closed ? ", closed" : "");
          line = utf8("{\"signs\": " + "[".repeat(10_000) + (closed ? "]".repeat(10_000) : ""));
          verdict = Verdict.BAD;
        }
        case 9 -> {
          String text =
              new String[] {
                "null", "{\"signs\": null}", "{\"signs\": {\"lonely-together\": 2}, \"region\": null}",
                "{\"signs\": {\"\\u0000\": 2}}", "[]", "\"\"", "{}"
              }[random.nextInt(7)];
          what = "nulls and empties: " + text;
          line = utf8(text);
          verdict = text.contains("\"region\": null") ? Verdict.GOOD : Verdict.BAD;
        }
        case 10 -> {
          what = "a key twice";
          line =
              utf8(random.nextBoolean()
                  ? "{\"signs\": {\"lonely-together\": 1, \"lonely-together\": 2}}"
                  : "{\"signs\": {\"lonely-together\": 1}, \"signs\": {\"resentment\": 2}}");
          verdict = Verdict.BAD;
        }
        case 11 -> {
          what = "a byte-order mark first";
          line = concat(hex("ef bb bf"), utf8(good), new byte[0]);
          verdict = Verdict.EITHER;
        }
        case 12 -> {
          int length = 100_000;
          boolean key = random.nextBoolean();
          what = "a " + length + "-char " + (key ? "sign id" : "region");
          String text = "a-".repeat(length / 2) + "a";
          line =
              utf8(key
                  ? "{\"signs\": {\"" + text + "\": 2}}"
                  : "{\"signs\": {\"lonely-together\": 2}, \"region\": \"" + text + "\"}");
          verdict = Verdict.BAD;
        }
        default -> {
          what = "blank";
          line = utf8(new String[] {"", " ", "\t \t"}[random.nextInt(3)]);
          verdict = Verdict.SKIPPED;
        }
      }
      out.write(line, 0, line.length);
      out.write('\n');
      how.add(what);
      verdicts.add(verdict);
    }
    return new HostileBatch(out.toByteArray(), how, verdicts);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hex(String hex) {
    return HexFormat.ofDelimiter(" ").parseHex(hex);
  }

  private static byte[] concat(byte[] first, byte[] second, byte[] third) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first, 0, first.length);
    out.write(second, 0, second.length);
    out.write(third, 0, third.length);
    return out.toByteArray();
  }
}
