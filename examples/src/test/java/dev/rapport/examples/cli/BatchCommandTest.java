package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.assessment.ReportJson;
import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void batch_goodJsonLines_writesOneReportALineAndExitsZero() throws IOException {
    Result result = RapportRun.run("batch", "--input", path("good.jsonl"));

    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(3, lines.size());
    for (String line : lines) {
      assertTrue(JSON.readTree(line).has("recommendations"), line);
    }
    assertEquals("partner-unwilling", ReportJson.fromJson(lines.get(1)).scenario().slug());
    assertEquals("done: 3 lines read, 3 good, 0 bad\n", result.err());
  }

  @Test
  void batch_reportLine_isTheReportOfAssessOnOneLine() throws IOException {
    Result batch = RapportRun.run("batch", "-i", path("good.jsonl"));
    String first = Files.readAllLines(Path.of(path("good.jsonl"))).get(0);
    Result assess = RapportRun.withStdin(first, "assess", "-i", "-");

    assertEquals(JSON.readTree(assess.out()), JSON.readTree(batch.out().lines().findFirst().get()));
  }

  @Test
  void batch_badJsonLines_writesAnErrorRecordForEachAndExitsThree() throws IOException {
    Result result = RapportRun.run("batch", "-i", path("broken/bad.jsonl"));

    assertEquals(3, result.exitCode());
    List<JsonNode> records = records(result.out());
    assertEquals(List.of(1, 2, 3), records.stream().map(r -> r.get("line").asInt()).toList());
    assertTrue(records.get(0).get("error").asText().contains("must be in [0, 4] but was 9"));
    assertTrue(
        records
            .get(1)
            .get("error")
            .asText()
            .startsWith("/ (column 1): malformed JSON: Unrecognized token 'not'"));
    assertTrue(records.get(2).get("error").asText().contains("unknown sign 'no-such-sign'"));
    assertEquals(
        "done: 3 lines read, 0 good, 3 bad (see the error records in the output)\n", result.err());
  }

  @Test
  void batch_mixedJsonLines_keepsGoingAndNumbersTheBadLines() throws IOException {
    Result result = RapportRun.run("batch", "-i", path("mixed.jsonl"));

    assertEquals(3, result.exitCode());
    List<JsonNode> records = records(result.out());
    assertEquals(4, records.size(), "the blank line 3 gives no output");
    assertTrue(records.get(0).has("recommendations"));
    assertEquals(2, records.get(1).get("line").asInt());
    assertEquals(4, records.get(2).get("line").asInt());
    assertTrue(records.get(2).get("error").asText().startsWith("/ (column 30): malformed JSON"));
    assertTrue(records.get(3).has("recommendations"));
    assertTrue(result.err().startsWith("done: 5 lines read, 2 good, 2 bad"), result.err());
  }

  @Test
  void batch_region_listsThatRegionsHelpWhereALineNamesNone() throws IOException {
    Path input = dir.resolve("afraid.jsonl");
    Files.writeString(
        input,
        "{\"answers\": {\"safety-fear\": 3}, \"signs\": {\"lonely-together\": 3}}\n"
            + "{\"answers\": {\"safety-fear\": 3}, \"region\": \"US\"}\n");

    Result result = RapportRun.run("batch", "-i", input.toString(), "--region", "uk");

    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals("UK", ReportJson.fromJson(lines.get(0)).safety().resources().get(0).region());
    assertEquals("US", ReportJson.fromJson(lines.get(1)).safety().resources().get(0).region());
  }

  @Test
  void batch_badRegion_isABadFlag() throws IOException {
    Result result = RapportRun.run("batch", "-i", path("good.jsonl"), "--region", "U5");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("region must be 2 to 4 letters"), result.err());
  }

  @Test
  void batch_goodCsv_readsOneColumnPerSignAndContextAndEngagement() throws IOException {
    Result result = RapportRun.run("batch", "-i", path("good.csv"), "--format", "csv");

    assertEquals(0, result.exitCode(), result.out() + result.err());
    List<JsonNode> reports = records(result.out());
    assertEquals(3, reports.size());
    JsonNode first = reports.get(0);
    assertTrue(first.get("causes").toString().contains("work-stress"));
    assertEquals(2, first.get("signs").size());
    assertEquals("done: 4 lines read, 3 good, 0 bad\n", result.err());
  }

  @Test
  void batch_mixedCsv_turnsEachBadRowIntoAnErrorRecord() throws IOException {
    Result result = RapportRun.run("batch", "-i", path("mixed.csv"), "-f", "CSV");

    assertEquals(3, result.exitCode());
    List<JsonNode> records = records(result.out());
    assertEquals(5, records.size());
    assertTrue(records.get(0).has("recommendations"));
    assertEquals(3, records.get(1).get("line").asInt());
    assertEquals(
        "/signs/lonely-together: intensity of sign lonely-together must be a whole number in"
            + " [0, 4] but was 'often'",
        records.get(1).get("error").asText());
    assertTrue(records.get(2).has("recommendations"));
    assertEquals(
        "line 5: there are 6 values but the header names 4 columns",
        records.get(3).get("error").asText());
    assertTrue(records.get(4).get("error").asText().contains("unknown cause 'no-such-cause'"));
  }

  @Test
  void batch_csvWithAnUnknownColumn_stopsWithOneLineAndExitsTwo() {
    Result result = RapportRun.run("batch", "-i", path("broken/unknown-column.csv"), "-f", "csv");

    assertEquals(2, result.exitCode());
    assertEquals(
        "rapport batch: CSV header (line 1) has an unknown column 'lonely-togther' (did you mean"
            + " lonely-together?); columns are sign ids, context and partnerEngagement\n",
        result.err());
  }

  @Test
  void batch_outputFile_getsTheReportsAndStdoutStaysEmpty() throws IOException {
    Path output = dir.resolve("reports.jsonl");

    Result result = RapportRun.run("batch", "-i", path("good.jsonl"), "-o", output.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.out());
    assertEquals(3, Files.readAllLines(output).size());
  }

  @Test
  void batch_dash_readsStdin() throws IOException {
    String input = Files.readString(Path.of(path("mixed.jsonl")));

    Result result = RapportRun.withStdin(input, "batch", "-i", "-");

    assertEquals(3, result.exitCode());
    assertEquals(4, result.out().lines().count());
  }

  @Test
  void batch_missingInput_namesTheFileAndExitsTwo() {
    Result result = RapportRun.run("batch", "-i", "missing.jsonl");

    assertEquals(2, result.exitCode());
    assertEquals("rapport batch: input file not found: missing.jsonl\n", result.err());
  }

  @Test
  void batch_unknownFormat_isABadFlag() {
    Result result = RapportRun.run("batch", "-i", path("good.jsonl"), "-f", "xml");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("expected one of jsonl, csv but was 'xml'"), result.err());
    assertTrue(result.err().contains("Usage: rapport batch"), result.err());
  }

  @Test
  void batch_stderrNotATerminal_printsPlainProgressLines() {
    Result result = RapportRun.run("batch", "-i", path("mixed.jsonl"), "--progress-every", "2");

    assertEquals(
        List.of(
            "processed 2 lines (1 good, 1 bad)",
            "processed 4 lines (1 good, 2 bad)",
            "done: 5 lines read, 2 good, 2 bad (see the error records in the output)"),
        result.err().lines().toList());
  }

  private static List<JsonNode> records(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.lines().toList()) {
      records.add(JSON.readTree(line));
    }
    return records;
  }
}
