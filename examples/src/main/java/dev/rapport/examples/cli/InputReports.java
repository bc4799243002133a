package dev.rapport.examples.cli;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.InputJson;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Report;
import java.io.BufferedReader;
import java.io.IOException;

/** Reads an input file (or stdin) and assesses it, the same way for every command that does. */
final class InputReports {
  private InputReports() {}

  /**
   * Assesses the input named on the command line.
   *
   * @param assessment the assessment to run
   * @param input a path, or {@code -} for stdin
   * @return the report
   * @throws InputError naming the file and the problem (JSON pointer, line and column, closest
   *     known ids) when the file is missing or the input is bad
   * @throws IOException when reading fails otherwise
   */
  static Report assess(Assessment assessment, String input) throws IOException {
    try (BufferedReader in = FileArgs.reader(input)) {
      return assessment.assess(InputJson.read(in));
    } catch (InvalidInputException e) {
      throw new InputError(
          FileArgs.describe(input) + ": " + new Problems(assessment).oneLine(e), e);
    }
  }
}
