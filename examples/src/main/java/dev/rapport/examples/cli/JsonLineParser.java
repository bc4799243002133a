package dev.rapport.examples.cli;

import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InputJson;
import dev.rapport.assessment.InputProblem;
import dev.rapport.assessment.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a batch in JSON Lines: one input object a line, in the shape of {@code assess}. A line is
 * parsed on its own, so its problems say "column 17" rather than "line 1, column 17"; the error
 * record gives the line.
 */
final class JsonLineParser implements LineParser {
  private static final String FIRST_LINE = " (line 1, column ";

  @Override
  public Optional<AssessmentInput> parse(String line, long number) {
    try {
      return Optional.of(InputJson.read(line));
    } catch (InvalidInputException e) {
      List<InputProblem> problems =
          e.problems().stream()
              .map(
                  p ->
                      new InputProblem(
                          p.where().replace(FIRST_LINE, " (column "), p.value(), p.message()))
              .toList();
      throw new InvalidInputException(problems);
    }
  }
}
