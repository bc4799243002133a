package dev.rapport.assessment.writing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of the coach: a pattern for the wording, a check that rules out near misses by reading
 * the words around it, and the reason to show.
 *
 * <p>Every pattern has a group named {@code span}: the words a finding points at. Patterns are
 * written with a few shorthands for contractions, such as {@code {dont}} for "don't", "dont" or
 * "do not"; see {@link #expand(String)}.
 *
 * @param id a stable kebab-case id
 * @param category what kind of wording it finds
 * @param pattern the expanded, compiled pattern
 * @param reason why it lands badly; {@code %s} is replaced by the words found
 * @param check whether a match really is such wording
 */
record Rule(String id, Category category, Pattern pattern, String reason, Check check) {

  /** Reads the words around a match; true when the match is what the rule looks for. */
  @FunctionalInterface
  interface Check {
    boolean test(Passage passage, Matcher match);

    Check ALWAYS = (passage, match) -> true;
  }

  /** A match that passed its check: the span it points at and the rule that found it. */
  record Hit(int start, int end, Rule rule) {}

  static Rule of(String id, Category category, String regex, String reason, Check check) {
    String expanded = expand(regex);
    if (!expanded.contains("(?<span>")) {
      expanded = "(?<span>" + expanded + ")";
    }
    return new Rule(
        id, category, Pattern.compile(expanded, Pattern.CASE_INSENSITIVE), reason, check);
  }

  /** Replaces the contraction shorthands of a rule's regex with their spellings. */
  static String expand(String regex) {
    return regex
        .replace("{dont}", "(?:don'?t|do not)")
        .replace("{doesnt}", "(?:doesn'?t|does not)")
        .replace("{didnt}", "(?:didn'?t|did not)")
        .replace("{wont}", "(?:won'?t|will not)")
        .replace("{wouldnt}", "(?:wouldn'?t|would not)")
        .replace("{cant}", "(?:can'?t|cannot|can not)")
        .replace("{couldnt}", "(?:couldn'?t|could not)")
        .replace("{youre}", "(?:you'?re|you are)")
        .replace("{youve}", "(?:you'?ve|you have)")
        .replace("{its}", "(?:it'?s|it is)")
        .replace("{thats}", "(?:that'?s|that is)")
        .replace("{whats}", "(?:what'?s|what is)")
        .replace("{im}", "(?:i'?m|i am)");
  }

  void find(Passage passage, List<Hit> hits) {
    Matcher m = pattern.matcher(passage.text());
    while (m.find()) {
      if (m.end("span") > m.start("span") && check.test(passage, m)) {
        hits.add(new Hit(m.start("span"), m.end("span"), this));
      }
    }
  }

  String reasonFor(String quote) {
    return reason.replace("%s", quote.strip());
  }
}
