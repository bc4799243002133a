package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Thrown by {@link KnowledgeBase.Builder#build()} when the graph is inconsistent; carries every
 * problem found, not just the first.
 */
public final class KnowledgeBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of records, so serialisable as the JDK's immutable list. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * Makes the exception.
   *
   * @param problems the problems found; at least one
   */
  public KnowledgeBaseException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    checkArgument(!problems.isEmpty(), "an exception needs at least one problem");
    StringBuilder text =
        new StringBuilder("knowledge base has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems) {
      text.append("\n- ").append(problem);
    }
    return text.toString();
  }

  /**
   * The problems, in the order they were found: by check, then by subject.
   *
   * @return the problems; never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
