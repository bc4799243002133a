package dev.rapport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the batch benchmark on tiny inputs: it must work; how fast it is is not tested here. */
class BatchBenchmarkTest {

  private static int run(StringWriter out, String... args) {
    CommandLine command = new CommandLine(new BatchBenchmark());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(out));
    return command.execute(args);
  }

  @Test
  void tinyRun_keepsOneReportLinePerInputLine(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();

    int exit =
        run(out, "--lines", "25", "--seed", "5", "--repeats", "1", "--warmup-lines", "5",
            "--warmup-passes", "1", "--breakdown", "--dir", dir.toString(), "--keep");

    assertEquals(0, exit, out.toString());
    List<String> inputs = Files.readAllLines(dir.resolve("inputs-seed5-25.jsonl"));
    List<String> reports = Files.readAllLines(dir.resolve("reports-seed5-25.jsonl"));
    assertEquals(25, inputs.size());
    assertEquals(inputs.size(), reports.size());
    for (String report : reports) {
      assertFalse(report.startsWith("{\"line\""), report);
      ReportJson.fromJson(report);
    }
    String printed = out.toString();
    assertTrue(printed.contains("reports/s"), printed);
    assertTrue(printed.contains("ratio b/a"), printed);
    assertTrue(printed.contains("+ assess"), printed);
  }

  @Test
  void twoSizes_printASummary_andLeaveNoFiles(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();

    int exit =
        run(out, "--lines", "10,20", "--repeats", "2", "--warmup-lines", "5",
            "--warmup-passes", "0", "--discard-output", "--dir", dir.toString());

    assertEquals(0, exit, out.toString());
    assertTrue(out.toString().contains("Summary"), out.toString());
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void zeroLines_isABadOption() {
    StringWriter out = new StringWriter();

    assertEquals(2, run(out, "--lines", "0"));
  }
}
