package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> IDS =
      List.of("lonely-together", "laugh-together", "work-stress", "resentment");

  @Test
  void closest_oneTypo_findsTheIdFirst() {
    assertEquals("lonely-together", Suggestions.closest("lonly-together", IDS).get(0));
  }

  @Test
  void closest_partOfAnId_findsIt() {
    assertEquals(List.of("work-stress"), Suggestions.closest("stress", IDS));
  }

  @Test
  void closest_nothingNear_isEmpty() {
    assertEquals(List.of(), Suggestions.closest("xyz", IDS));
    assertEquals("", Suggestions.didYouMean("xyz", IDS));
  }

  @Test
  void distance_classicPair_isThree() {
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
  }
}
