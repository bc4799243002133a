package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport batch} over a seeded batch of hostile lines ({@link GeneratedLines#hostile}):
 * invalid UTF-8, a 5 MB line, 10,000 levels of nesting, huge numbers, wrong types, nulls,
 * duplicate keys, byte-order marks, truncated and bit-flipped lines among good ones. The run never
 * stops: every non-blank line gives one output line, in order, each bad one an error record with
 * its line number, and the exit code is 3. A failure names the seed ({@code -Drapport.seed=N}).
 */
class BatchHostileInputTest {
  private static final long SEED = Long.getLong("rapport.seed", 20261123L);
  private static final int LINES = 1500;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A hang guard, not a speed requirement: the batch takes a few seconds. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(3);

  @TempDir Path dir;

  @Test
  void batch_hostileLines_giveOneErrorRecordEachAndTheRunGoesOnToExitThree() throws IOException {
    GeneratedLines.HostileBatch batch = GeneratedLines.hostile(SEED, LINES);
    Path input = dir.resolve("hostile.jsonl");
    Files.write(input, batch.bytes());
    String seed = "seed " + SEED + ": ";

    Result result =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () -> RapportRun.run("batch", "-i", input.toString()),
            () -> seed + "the batch hung");

    assertFalse(RapportRun.hasStackTrace(result.err()), seed + result.err());
    List<String> out = result.out().lines().toList();
    List<Integer> numbers = nonBlankLineNumbers(batch.bytes());
    assertEquals(numbers.size(), out.size(), seed + "output lines; stderr: " + result.err());
    int good = 0;
    for (int i = 0; i < out.size(); i++) {
      int number = numbers.get(i);
      String what = seed + "line " + number + " (" + batch.how().get(number - 1) + ")";
      GeneratedLines.Verdict verdict = batch.verdicts().get(number - 1);
      JsonNode record = JSON.readTree(out.get(i));
      boolean report = record.has("recommendations");

      if (report) {
        good++;
        assertTrue(verdict == GeneratedLines.Verdict.GOOD || verdict == GeneratedLines.Verdict.EITHER,
            what + " gave a report");
      } else {
        assertTrue(verdict == GeneratedLines.Verdict.BAD || verdict == GeneratedLines.Verdict.EITHER,
            what + " gave " + out.get(i));
        assertEquals(number, record.get("line").asInt(), what);
        assertFalse(record.get("error").asText().isBlank(), what);
        assertTrue(out.get(i).length() < 20_000, what + ": an error record of " + out.get(i).length());
      }
    }
    assertEquals(3, result.exitCode(), seed + result.err());
    assertEquals(
        "done: " + LINES + " lines read, " + good + " good, " + (out.size() - good)
            + " bad (see the error records in the output)\n",
        result.err(),
        seed);
  }

  /** The numbers of the lines that are not blank once decoded, as the batch reads them. */
  private static List<Integer> nonBlankLineNumbers(byte[] bytes) {
    List<Integer> numbers = new ArrayList<>();
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        numbers.add(i + 1);
      }
    }
    return numbers;
  }
}
