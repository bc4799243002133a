package dev.rapport.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.ReportJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The loop of a batch: read a line, assess it, write the report or an error record, count. Holds
 * one line at a time and writes as it goes, so memory stays flat whatever the input's size. No
 * report is cached: real check-ins rarely repeat, and a cache would flatter the benchmarks.
 */
final class BatchRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many lines were read (blank ones included), and how many gave a report or an error. */
  record Counts(long lines, long good, long bad) {}

  private final Assessment assessment;
  private final LineParser parser;
  private final Problems problems;

  BatchRun(Assessment assessment, LineParser parser) {
    this.assessment = assessment;
    this.parser = parser;
    this.problems = new Problems(assessment);
  }

  Counts run(BufferedReader in, Writer out, Progress progress) throws IOException {
    long lines = 0;
    long good = 0;
    long bad = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines++;
      if (!line.isBlank()) {
        try {
          Optional<AssessmentInput> input = parser.parse(line, lines);
          if (input.isPresent()) {
            out.write(ReportJson.toJsonLine(assessment.assess(input.get())));
            out.write('\n');
            good++;
          }
        } catch (InvalidInputException e) {
          out.write(errorRecord(lines, problems.oneLine(e)));
          out.write('\n');
          bad++;
        }
      }
      progress.step(lines, good, bad);
    }
    out.flush();
    return new Counts(lines, good, bad);
  }

  static String errorRecord(long line, String error) {
    ObjectNode record = JSON.createObjectNode().put("line", line).put("error", error);
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write an error record", e);
    }
  }
}
