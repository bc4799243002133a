package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.assessment.ReportJson;
import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport batch --threads} and {@code --report}: any number of threads gives the output of
 * one, byte for byte and in input order; the summary form is the library's summary of each report.
 */
class BatchThreadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LINES = 1000;
  private static final int BAD_EVERY = 7;

  @TempDir Path dir;

  @Test
  void batch_manyThreads_writesWhatOneThreadWritesInTheSameOrder() throws IOException {
    Path input = generated();

    Result one = RapportRun.run("batch", "-i", input.toString(), "--threads", "1");
    Result four = RapportRun.run("batch", "-i", input.toString(), "--threads", "4");

    assertEquals(3, one.exitCode(), one.err());
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    assertEquals(LINES, one.out().lines().count());
    long bad = GeneratedLines.bad(LINES, BAD_EVERY);
    assertEquals(
        "done: " + LINES + " lines read, " + (LINES - bad) + " good, " + bad
            + " bad (see the error records in the output)\n",
        four.err());
  }

  @Test
  void batch_summary_writesTheSummaryOfEachReportAndTheSameErrorRecords() throws IOException {
    Path input = generated();

    Result full = RapportRun.run("batch", "-i", input.toString(), "-t", "3");
    Result summary = RapportRun.run("batch", "-i", input.toString(), "-t", "3", "--report", "summary");

    assertEquals(3, summary.exitCode(), summary.err());
    List<String> fullLines = full.out().lines().toList();
    List<String> summaryLines = summary.out().lines().toList();
    assertEquals(fullLines.size(), summaryLines.size());
    for (int i = 0; i < fullLines.size(); i++) {
      JsonNode record = JSON.readTree(fullLines.get(i));
      if (record.has("error")) {
        assertEquals(fullLines.get(i), summaryLines.get(i));
      } else {
        assertEquals(
            ReportJson.toSummaryLine(ReportJson.fromJson(fullLines.get(i))), summaryLines.get(i));
      }
    }
    assertTrue(summary.out().length() * 5 < full.out().length());
  }

  @Test
  void batch_csvWhoseHeaderComesAfterMoreBlankLinesThanAChunk_readsTheHeaderFirst()
      throws IOException {
    Path input = dir.resolve("late-header.csv");
    StringBuilder csv = new StringBuilder("\n".repeat(BatchRun.CHUNK + 5));
    csv.append("lonely-together,resentment\n");
    for (int i = 0; i < 500; i++) {
      csv.append(i % 5).append(',').append((i + 2) % 5).append('\n');
    }
    Files.writeString(input, csv);

    Result one = RapportRun.run("batch", "-i", input.toString(), "-f", "csv", "-t", "1");
    Result four = RapportRun.run("batch", "-i", input.toString(), "-f", "csv", "-t", "4");

    assertEquals(0, four.exitCode(), four.err());
    assertEquals(500, four.out().lines().count());
    assertEquals(one.out(), four.out());
  }

  @Test
  void batch_zeroThreads_isABadFlagAndWritesNothing() throws IOException {
    Path output = dir.resolve("out.jsonl");

    Result result =
        RapportRun.run("batch", "-i", generated().toString(), "-o", output.toString(), "-t", "0");

    assertEquals(2, result.exitCode());
    assertEquals("rapport batch: --threads must be at least 1 but was 0\n", result.err());
    assertFalse(Files.exists(output));
  }

  @Test
  void batch_unknownReportForm_isABadFlag() throws IOException {
    Result result = RapportRun.run("batch", "-i", generated().toString(), "--report", "short");

    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().contains("expected one of full, summary but was 'short'"), result.err());
  }

  private Path generated() throws IOException {
    Path input = dir.resolve("generated.jsonl");
    try (InputStream lines = new GeneratedLines(LINES, BAD_EVERY)) {
      Files.write(input, lines.readAllBytes());
    }
    String text = Files.readString(input, StandardCharsets.UTF_8);
    assertEquals(LINES, text.lines().count());
    return input;
  }
}
