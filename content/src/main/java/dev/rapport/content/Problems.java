package dev.rapport.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the problems of one load, then gives each its line and column and puts them in order.
 *
 * <p>Positions are worked out only at the end and only for files that have problems, so a good pack
 * pays nothing for them.
 */
final class Problems {
  private final Map<String, Integer> fileOrder = new HashMap<>();
  private final Map<String, byte[]> texts = new HashMap<>();
  private final Set<Raw> raw = new LinkedHashSet<>();

  private record Raw(String file, String pointer, int line, int column, String message) {}

  /** Registers a file, its place in the report order, and its text when it was read. */
  void file(String file, int order, Optional<byte[]> text) {
    fileOrder.putIfAbsent(file, order);
    text.ifPresent(bytes -> texts.putIfAbsent(file, bytes));
  }

  /** Where {@code file} comes in the report order: later layers come later. */
  int order(String file) {
    return fileOrder.getOrDefault(file, Integer.MAX_VALUE);
  }

  /** Adds a problem whose position is worked out from its pointer. */
  void add(Origin origin, String message) {
    add(origin.file(), origin.pointer(), message);
  }

  /** Adds a problem whose position is worked out from its pointer. */
  void add(String file, String pointer, String message) {
    raw.add(new Raw(file, pointer, 0, 0, message));
  }

  /** Adds a problem whose position is known, such as where a parser stopped. */
  void addAt(String file, String pointer, int line, int column, String message) {
    raw.add(new Raw(file, pointer, line, column, message));
  }

  boolean isEmpty() {
    return raw.isEmpty();
  }

  /** Every problem, with positions, ordered by file, position, pointer and message. */
  List<ContentProblem> sorted() {
    Map<String, Map<String, int[]>> positions = new HashMap<>();
    List<ContentProblem> problems = new ArrayList<>();
    for (Raw problem : raw) {
      int line = problem.line();
      int column = problem.column();
      byte[] text = texts.get(problem.file());
      if (line == 0 && text != null) {
        Optional<int[]> position =
            Json.position(
                positions.computeIfAbsent(problem.file(), f -> Json.positions(text)),
                problem.pointer());
        if (position.isPresent() && position.get()[0] > 0 && position.get()[1] > 0) {
          line = position.get()[0];
          column = position.get()[1];
        }
      }
      problems.add(
          new ContentProblem(problem.file(), problem.pointer(), line, column, problem.message()));
    }
    problems.sort(
        Comparator.<ContentProblem>comparingInt(p -> order(p.file()))
            .thenComparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line)
            .thenComparingInt(ContentProblem::column)
            .thenComparing(ContentProblem::pointer, Problems::comparePointers)
            .thenComparing(ContentProblem::message));
    return List.copyOf(problems);
  }

  /**
   * Orders pointers segment by segment, numbers as numbers, so {@code /2} comes before {@code /10}.
   */
  static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = compareSegments(left[i], right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareSegments(String a, String b) {
    boolean numbers = isNumber(a) && isNumber(b);
    if (numbers && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
