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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest
  @CsvSource({
    "a, true", "z, true", "0, true", "9, true", "a-z-0-9, true", "'', false", "`, false",
    "'{', false", "/, false", ":, false", "-a, false", "a-, false", "a--b, false", "A, false"
  })
  void isSlug_charactersAtTheEdgesOfTheRanges_areJudgedByThePattern(String text, boolean slug) {
    assertEquals(slug, Values.isSlug(text), text);
    assertEquals(SLUG.matcher(text).matches(), slug, "the table agrees with the pattern");
  }

  @Test
  void isSlug_null_isNoSlug() {
    assertEquals(false, Values.isSlug(null));
  }

  @Test
  void change_badIdOrScore_isRejectedWithTheValue() {
    var id =
        assertThrows(
            IllegalArgumentException.class, () -> new Change(NodeKind.SIGN, "Trust", 0.5, 0.5));
    var score =
        assertThrows(
            IllegalArgumentException.class, () -> new Change(NodeKind.NEED, "trust", 1.5, 0.5));

    assertEquals("changed id must be lower-case kebab-case but was 'Trust'", id.getMessage());
    assertEquals("score before must be in [0, 1] but was 1.5", score.getMessage());
  }

  @Test
  void explanation_blankText_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> new Explanation(" ", List.of()));

    assertEquals("explanation text must not be blank", e.getMessage());
  }

  @Test
  void shown_textOfSixtyCharacters_isShownWholeAndALongerOneIsCut() {
    String sixty = "x".repeat(60);

    assertEquals(sixty, Values.shown(sixty));
    assertEquals(sixty + "...", Values.shown(sixty + "y"));
  }

  @ParameterizedTest
  @CsvSource({
    "Active listening, active listening",
    "A, A",
    "TV time, TV time",
    "date night, date night"
  })
  void inSentence_name_lowersOnlyACapitalisedFirstWord(String name, String expected) {
    assertEquals(expected, Values.inSentence(name));
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
