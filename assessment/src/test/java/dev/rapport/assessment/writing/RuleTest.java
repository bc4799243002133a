package dev.rapport.assessment.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rule of the coach turns matches into the spans its findings point at. */
class RuleTest {
  private static List<String> spans(Rule rule, String text) {
    List<Rule.Hit> hits = new ArrayList<>();
    rule.find(new Passage(text), hits);
    return hits.stream().map(h -> text.substring(h.start(), h.end())).toList();
  }

  @Test
  void find_patternWithoutASpan_pointsAtTheWholeMatch() {
    Rule rule = Rule.of("r", Category.DEMAND, "you {dont} listen", "'%s'", Rule.Check.ALWAYS);

    assertEquals(
        List.of("you don't listen", "you do not listen"),
        spans(rule, "Sometimes you don't listen, and you do not listen now."));
  }

  @Test
  void find_patternWithASpan_pointsAtTheSpanOnly() {
    Rule rule =
        Rule.of("r", Category.DEMAND, "(?<span>you must) go", "'%s'", Rule.Check.ALWAYS);

    assertEquals(List.of("you must"), spans(rule, "Now you must go."));
  }

  @Test
  void find_emptySpan_isNoHit() {
    Rule rule = Rule.of("r", Category.DEMAND, "(?<span>now )?go", "'%s'", Rule.Check.ALWAYS);

    assertEquals(List.of("now "), spans(rule, "Go. Then now go."));
  }
}
