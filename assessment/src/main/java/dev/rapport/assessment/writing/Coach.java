package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reviews a message to a partner for wording that tends to put them on the defensive, and
 * suggests how to say it as a feeling, a need and an invitation.
 *
 * <p>It looks for absolutes ("you never", "every time you"), blame ("it's your fault"),
 * reproachful questions ("why won't you"), demands ("you need to"), criticism of character
 * ("you're so selfish"), contempt or sarcasm ("oh great", "*sigh*") and dismissal ("calm down").
 * Each rule reads the words around what it matches, so praise ("you always make me laugh", "you
 * never let me down"), reassurance ("it's not your fault") and care ("you must be exhausted") are
 * left alone.
 *
 * <p>The rules are English, deterministic and explainable: the same text always gives the same
 * findings, each naming its rule. No network, no randomness, no model. Immutable and thread-safe.
 * It is a writing aid, not a judge of anyone: wording it misses can still hurt, and wording it
 * flags can be fine between two people who know each other.
 *
 * <pre>{@code
 * Review review = Coach.standard().review("You never listen to me.");
 * for (Finding f : review.findings()) {
 *   System.out.println(f.quote() + ": " + f.reason());
 *   System.out.println("Try: " + f.suggestions().get(0));
 * }
 * }</pre>
 */
public final class Coach {
  private static final Coach STANDARD = new Coach(Rules.STANDARD);

  private final List<Rule> rules;

  private Coach(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The coach with the standard English rules.
   *
   * @return the shared instance
   */
  public static Coach standard() {
    return STANDARD;
  }

  /**
   * Reviews a text: a sentence, a message or a whole letter.
   *
   * <p>Where two rules of the same category find overlapping words, the finding that starts
   * first (then the longer one) is kept; findings of different categories may overlap.
   *
   * @param text the text, as the person wrote it; typographic apostrophes are understood
   * @return the findings, in text order
   */
  public Review review(String text) {
    checkNotNull(text, "text must not be null");
    Passage passage = new Passage(text);
    List<Rule.Hit> hits = new ArrayList<>();
    for (Rule rule : rules) {
      rule.find(passage, hits);
    }
    hits.sort(
        Comparator.comparingInt(Rule.Hit::start)
            .thenComparing(Comparator.comparingInt(Rule.Hit::end).reversed())
            .thenComparing(h -> h.rule().category())
            .thenComparing(h -> h.rule().id()));
    List<Rule.Hit> kept = new ArrayList<>();
    for (Rule.Hit hit : hits) {
      boolean overlapsSameCategory =
          kept.stream()
              .anyMatch(
                  k ->
                      k.rule().category() == hit.rule().category()
                          && k.start() < hit.end()
                          && hit.start() < k.end());
      if (!overlapsSameCategory) {
        kept.add(hit);
      }
    }
    kept.sort(
        Comparator.comparingInt(Rule.Hit::start)
            .thenComparingInt(Rule.Hit::end)
            .thenComparing(h -> h.rule().category()));
    List<Finding> findings = new ArrayList<>();
    for (Rule.Hit hit : kept) {
      String quote = text.substring(hit.start(), hit.end());
      findings.add(
          new Finding(
              hit.start(),
              hit.end(),
              hit.rule().category(),
              hit.rule().id(),
              quote,
              hit.rule().reasonFor(quote),
              Rewrites.suggestions(passage, hit.start(), hit.end(), hit.rule().category())));
    }
    return new Review(text, findings);
  }
}
