package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.assessment.writing.Category;
import dev.rapport.assessment.writing.Coach;
import dev.rapport.assessment.writing.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coach's findings marked in a person's text: everything escaped, only our marks added. */
class HighlightTest {

  static Finding finding(String text, int start, int end) {
    return new Finding(
        start,
        end,
        Category.ABSOLUTE,
        "test-rule",
        text.substring(start, end),
        "a reason",
        List.of("a suggestion"));
  }

  static Finding finding(String text, String quote) {
    int start = text.indexOf(quote);
    return finding(text, start, start + quote.length());
  }

  @Test
  void highlight_withoutFindings_isTheTextEscaped() {
    Highlight h = Highlight.of("<b>Tom & \"Jo\"</b> 'hi'", List.of());

    assertEquals("&lt;b&gt;Tom &amp; &quot;Jo&quot;&lt;/b&gt; &#39;hi&#39;", h.html());
  }

  @Test
  void highlight_withHostileTextAroundAFinding_escapesIt_andMarksOnlyTheFinding() {
    String text = "<script>alert(1)</script>You never listen\"><img src=x onerror=alert(1)>";

    Highlight h = Highlight.of(text, List.of(finding(text, "You never")));

    assertEquals(
        "&lt;script&gt;alert(1)&lt;/script&gt;<mark data-finding=\"1\">You never</mark> listen"
            + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        h.html());
  }

  @Test
  void highlight_withHostileTextInsideAFinding_escapesItInsideTheMark() {
    String text = "Well \"><img src=x onerror=alert(1)> <script>alert(1)</script> then";

    Highlight h =
        Highlight.of(text, List.of(finding(text, "\"><img src=x onerror=alert(1)> <script>")));

    assertEquals(
        "Well <mark data-finding=\"1\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;"
            + "</mark>alert(1)&lt;/script&gt; then",
        h.html());
  }

  @Test
  void highlight_ofOverlappingOrTouchingFindings_usesOneMark_namingThemAll() {
    String text = "why do you never listen";
    List<Finding> findings =
        List.of(finding(text, 0, 10), finding(text, 7, 16), finding(text, 16, 23));

    Highlight h = Highlight.of(text, findings);

    assertEquals("<mark data-finding=\"1, 2, 3\">why do you never listen</mark>", h.html());
  }

  @Test
  void highlight_ofSeparateFindings_atTheEdges_marksEach() {
    String text = "Calm down, or else";

    Highlight h = Highlight.of(text, List.of(finding(text, 0, 9), finding(text, 14, 18)));

    assertEquals(
        "<mark data-finding=\"1\">Calm down</mark>, or <mark data-finding=\"2\">else</mark>",
        h.html());
  }

  @Test
  void highlight_ofAFindingThatDoesNotFitTheText_leavesItUnmarked() {
    String other = "a much longer text than the one shown";
    String emoji = "I 😀 you";

    Highlight tooLong = Highlight.of("short", List.of(finding(other, 20, 30)));
    Highlight halfAPair = Highlight.of(emoji, List.of(finding(emoji, 3, 6)));

    assertEquals("short", tooLong.html());
    assertEquals(emoji, halfAPair.html());
  }

  @Test
  void highlight_ofTheCoachsFindings_marksTheirWords_keepingLineBreaks() {
    String text = "I miss you.\nYou never listen to me. Why won't you call?";

    Highlight h = Highlight.of(text, Coach.standard().review(text).findings());

    assertEquals(
        "I miss you.\n<mark data-finding=\"1\">You never</mark> listen to me."
            + " <mark data-finding=\"2\">Why won&#39;t you</mark> call?",
        h.html());
  }
}
