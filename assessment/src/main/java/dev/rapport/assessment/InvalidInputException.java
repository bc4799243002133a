package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Thrown when the input of an assessment, or a JSON text read by {@link InputJson} or {@link
 * ReportJson}, is not valid; carries every problem found, not just the first.
 *
 * <p>The message lists the problems, one a line:
 *
 * <pre>
 * input has 2 problems
 * - /answers/lonely-together-1: answer to lonely-together-1 must be in [0, 4] but was 7
 * - /signs/lonely: unknown sign 'lonely'
 * </pre>
 *
 * <p>This is the only exception that bad input causes anywhere in this package.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of records, serialisable as the JDK's immutable list. */
  @SuppressWarnings("serial")
  private final List<InputProblem> problems;

  /**
   * Makes the exception.
   *
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException when the list is empty
   */
  public InvalidInputException(List<InputProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<InputProblem> problems) {
    checkArgument(!problems.isEmpty(), "an exception needs at least one problem");
    StringBuilder text =
        new StringBuilder("input has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (InputProblem problem : problems) {
      text.append("\n- ").append(problem);
    }
    return text.toString();
  }

  /**
   * The problems, in the order they were found.
   *
   * @return the problems; never empty
   */
  public List<InputProblem> problems() {
    return problems;
  }
}
