package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Citation;
import dev.rapport.core.Grounding;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.Question;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import dev.rapport.core.Source;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentSearchTest {
  private static final Source SOURCE = Source.of("notes", "Notes");
  private static final List<Citation> CITED = List.of(new Citation(SOURCE, "One"));

  /**
   * A hand-built knowledge base whose only mention of "harbour" is in the name of one need, the
   * description of another, and the statement of a sign: one per field weight.
   */
  private static KnowledgeBase harbour() {
    NeedId named = NeedId.of("b-named");
    NeedId described = NeedId.of("a-described");
    SignId stated = SignId.of("c-stated");
    return KnowledgeBase.builder()
        .contentVersion("test")
        .addSource(SOURCE)
        .add(new Need(named, "Harbour", "A place to rest.", CITED))
        .add(new Need(described, "Shelter", "Like a harbour in a storm.", CITED))
        .add(
            new Sign(
                stated,
                "Drifting",
                "Feeling adrift.",
                List.of(new Question("c-stated-1", "I long for a harbour.")),
                false,
                CITED))
        .relate(stated, named, 0.5, Grounding.EDITORIAL, List.of())
        .relate(stated, described, 0.5, Grounding.EDITORIAL, List.of())
        .build();
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.kind() + ":" + h.id()).toList();
  }

  @Test
  void search_sameWordInNameDescriptionAndBody_ranksNameThenDescriptionThenBody() {
    ContentSearch search = ContentSearch.of(harbour());

    List<SearchHit> hits = search.search("harbour");

    assertEquals(List.of("need:b-named", "need:a-described", "sign:c-stated"), ids(hits));
    assertTrue(hits.get(0).score() > hits.get(1).score());
    assertTrue(hits.get(1).score() > hits.get(2).score());
  }

  @Test
  void search_hit_carriesTitleAndASnippetAroundTheMatch() {
    ContentSearch search = ContentSearch.of(harbour());

    List<SearchHit> hits = search.search("harbour");

    assertEquals("Harbour", hits.get(0).title());
    assertEquals("A place to rest.", hits.get(0).snippet());
    assertEquals("Like a harbour in a storm.", hits.get(1).snippet());
    assertEquals("I long for a harbour.", hits.get(2).snippet());
  }

  @Test
  void search_equalScores_areOrderedByKindThenId() {
    ContentSearch search = ContentSearch.of(harbour());

    List<SearchHit> hits = search.search("rest adrift storm");

    assertEquals(hits.get(0).score(), hits.get(1).score());
    assertEquals(List.of("need:a-described", "need:b-named", "sign:c-stated"), ids(hits));
  }

  @Test
  void search_itemName_putsThatItemFirst() {
    ContentSearch search = ContentSearch.of(DefaultContent.load());

    List<SearchHit> lonely = search.search("lonely together", 3);
    List<SearchHit> listening = search.search("active listening", 3);

    assertEquals("sign:lonely-together", ids(lonely).get(0));
    assertEquals("intervention:active-listening", ids(listening).get(0));
  }

  @Test
  void search_wordEndings_matchTheSameStem() {
    ContentSearch search = ContentSearch.of(ContentPacks.fromFolder(ContentFixtures.FIXTURE));

    List<String> listened = ids(search.search("listened"));
    List<String> listens = ids(search.search("listens"));

    assertEquals(ids(search.search("listening")), listened);
    assertEquals(listened, listens);
    assertEquals("intervention:active-listening", listened.get(0));
  }

  @Test
  void search_startOfAWord_matchesLongerWords() {
    ContentSearch search = ContentSearch.of(ContentPacks.fromFolder(ContentFixtures.FIXTURE));

    List<String> hits = ids(search.search("lone"));

    assertEquals("sign:lonely-together", hits.get(0));
  }

  @Test
  void search_upperCaseUnderATurkishDefaultLocale_findsTheSameHits() {
    // The build runs the tests under tr-TR, where "I".toLowerCase() is a dotless i.
    ContentSearch search = ContentSearch.of(DefaultContent.load());

    List<SearchHit> upper = search.search("LISTENING IN SILENCE");

    assertEquals(search.search("listening in silence"), upper);
    assertTrue(!upper.isEmpty());
  }

  @Test
  void search_everyKindOfMaterial_isFound() {
    ContentSearch search = ContentSearch.of(ContentPacks.fromFolder(ContentFixtures.FIXTURE));

    List<String> kinds =
        List.of(
                "unheard promotion",
                "distance normal",
                "quiet love gone",
                "phone-down greeting",
                "best part of your day",
                "letter to reconnect",
                "emergency number",
                "emotional neglect")
            .stream()
            .map(q -> search.search(q, 1).get(0).kind())
            .toList();

    assertEquals(
        List.of(
            "story", "faq", "misconception", "habit", "prompt", "letter", "resource", "scenario"),
        kinds);
  }

  @Test
  void search_onlyCommonWordsOrNoWords_findsNothing() {
    ContentSearch search = ContentSearch.of(DefaultContent.load());

    List<SearchHit> common = search.search("the and of my");
    List<SearchHit> blank = search.search("  --  ");

    assertEquals(List.of(), common);
    assertEquals(List.of(), blank);
  }

  @Test
  void search_limit_capsTheHits() {
    ContentSearch search = ContentSearch.of(DefaultContent.load());

    List<SearchHit> all = search.search("partner");
    List<SearchHit> five = search.search("partner", 5);

    assertTrue(all.size() > 5);
    assertEquals(all.subList(0, 5), five);
  }

  @Test
  void search_limitBelowOne_isRejectedWithTheValue() {
    ContentSearch search = ContentSearch.of(DefaultContent.load());

    var e = assertThrows(IllegalArgumentException.class, () -> search.search("partner", 0));

    assertEquals("limit must be at least 1 but was 0", e.getMessage());
  }

  @Test
  void of_sameKnowledgeBase_returnsTheSameIndex() {
    KnowledgeBase knowledge = DefaultContent.load();

    ContentSearch first = ContentSearch.of(knowledge);
    ContentSearch second = ContentSearch.of(knowledge);

    assertSame(first, second);
  }

  @Test
  void search_anyQuery_isDeterministicAcrossSeparatelyBuiltIndexes() {
    long seed = 20261123L;
    Random random = new Random(seed);
    ContentSearch one = ContentSearch.of(DefaultContent.loadUncached());
    ContentSearch other = ContentSearch.of(DefaultContent.loadUncached());
    List<String> words =
        List.of(
            "feel",
            "partner",
            "listen",
            "work",
            "stress",
            "phone",
            "time",
            "together",
            "alone",
            "talk",
            "love",
            "help",
            "safe",
            "space",
            "leave",
            "trust",
            "lone",
            "apprec");

    for (int i = 0; i < 200; i++) {
      String query =
          words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));

      List<SearchHit> first = one.search(query);
      List<SearchHit> second = other.search(query);

      assertEquals(first, second, "seed " + seed + ", query '" + query + "'");
      for (int h = 1; h < first.size(); h++) {
        assertTrue(
            first.get(h - 1).score() >= first.get(h).score(),
            "seed " + seed + ", query '" + query + "': not best first");
      }
    }
  }
}
