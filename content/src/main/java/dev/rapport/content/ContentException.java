package dev.rapport.content;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Thrown when a content pack is broken; carries every problem found in every file of the pack, not
 * just the first.
 *
 * <p>This is the one exception of this module for bad content. A pack that throws it is not loaded
 * at all: nothing of it is half-applied. The message lists every problem, one per line.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of records, so serialisable as the JDK's immutable list. */
  @SuppressWarnings("serial")
  private final List<ContentProblem> problems;

  ContentException(List<ContentProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<ContentProblem> problems) {
    checkArgument(!problems.isEmpty(), "a content exception needs at least one problem");
    StringBuilder text =
        new StringBuilder("content pack has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (ContentProblem problem : problems) {
      text.append("\n- ").append(problem);
    }
    return text.toString();
  }

  /**
   * The problems, ordered by file (in the order a pack's files are read: {@code pack.json}, {@code
   * needs.json}, {@code signs.json}, ...; a layer's files before those of the layer over it), then
   * by line and column, then by pointer.
   *
   * @return the problems; never empty
   */
  public List<ContentProblem> problems() {
    return problems;
  }
}
