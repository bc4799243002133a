package dev.rapport.examples.cli;

import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InvalidInputException;
import java.util.Optional;

/**
 * Turns one line of a batch input into an assessment input.
 *
 * <p>The first non-blank line is parsed on its own, before any other; after it, lines are parsed
 * from several threads at once, in any order, so an implementation keeps no state but what that
 * first line set (a CSV header).
 */
interface LineParser {

  /**
   * Parses one line.
   *
   * @param line the line, without its line break; never blank
   * @param number its line number, from 1
   * @return the input, or empty when the line holds no record (a CSV header)
   * @throws InvalidInputException when the line is not a valid record
   * @throws InputError when the whole input is unusable (a bad CSV header), which stops the batch
   */
  Optional<AssessmentInput> parse(String line, long number);
}
