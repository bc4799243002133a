package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.NeedId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void isSlug_anyText_agreesWithTheSlugPattern() {
    Generators.forAll(
        "slug check",
        random -> {
          String alphabet = "ab09-A_ .\u00e9";
          StringBuilder text = new StringBuilder();
          int length = random.nextInt(8);
          for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }

          assertEquals(SLUG.matcher(text).matches(), Values.isSlug(text.toString()), text.toString());
        });
  }

  @Test
  void isSlug_manyHyphenatedParts_isCheckedWithoutRecursing() {
    assertEquals(true, Values.isSlug("a-".repeat(100_000) + "a"));
    assertEquals(false, Values.isSlug("a-".repeat(100_000)));
  }

  @Test
  void needScore_outOfRange_namesTheNeedAndTheValue() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> new NeedScore(NeedId.of("trust"), 1.5));

    assertEquals("score of need trust must be in [0, 1] but was 1.5", e.getMessage());
  }

  @Test
  void link_outOfRangeWeight_namesBothEnds() {
    Node from = new Node(NodeKind.SIGN, "lonely-together");
    Node to = new Node(NodeKind.NEED, "being-heard");

    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Link(from, to, -0.5, Optional.empty(), List.of()));

    assertEquals(
        "weight of link SIGN:lonely-together -> NEED:being-heard must be in [0, 1] but was -0.5",
        e.getMessage());
  }

  @Test
  void link_nullSource_namesBothEnds() {
    Node from = new Node(NodeKind.SIGN, "lonely-together");
    Node to = new Node(NodeKind.NEED, "being-heard");
    List<dev.rapport.core.Citation> sources = new ArrayList<>(Arrays.asList(null, null));

    var e =
        assertThrows(
            NullPointerException.class, () -> new Link(from, to, 0.5, Optional.empty(), sources));

    assertEquals(
        "sources of link SIGN:lonely-together -> NEED:being-heard must not contain null",
        e.getMessage());
  }

  @Test
  void week_nullList_namesTheWeek() {
    var e = assertThrows(NullPointerException.class, () -> new Week(2, List.of(), null, List.of()));

    assertEquals("weekly items of week 2 must not be null", e.getMessage());
  }
}
