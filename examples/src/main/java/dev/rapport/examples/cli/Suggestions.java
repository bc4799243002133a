package dev.rapport.examples.cli;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Close matches for a mistyped id: "did you mean lonely-together?". */
final class Suggestions {
  private static final int MAX = 3;

  private Suggestions() {}

  /**
   * The known words closest to {@code word}: those within a third of its length in edits, or that
   * contain it or are contained in it; closest first, ties by text; at most three.
   */
  static List<String> closest(String word, Collection<String> known) {
    String typed = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, typed.length() / 3);
    return known.stream()
        .distinct()
        .map(k -> Map.entry(k, distance(typed, k.toLowerCase(Locale.ROOT))))
        .filter(
            e ->
                e.getValue() <= limit
                    || (typed.length() >= 4 && e.getKey().contains(typed))
                    || (e.getKey().length() >= 4 && typed.contains(e.getKey())))
        .sorted(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /** {@code " (did you mean a or b?)"}, or empty when nothing is close. */
  static String didYouMean(String word, Collection<String> known) {
    List<String> close = closest(word, known);
    return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
  }

  /** The Levenshtein distance: the fewest one-character inserts, deletes and changes. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
