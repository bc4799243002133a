package dev.rapport.assessment.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.material.LetterVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterDraftTest {
  private static final DraftSection WHY = new DraftSection("why", "Why", "Say why.", "I miss you.");

  private static IllegalArgumentException rejected(List<DraftSection> sections, String reviewed) {
    return assertThrows(
        IllegalArgumentException.class,
        () ->
            new LetterDraft(
                LetterVariant.RECONNECT,
                "Dear Sam,",
                sections,
                "With love,",
                List.of(),
                Coach.standard().review(reviewed)));
  }

  @Test
  void draft_noSection_isRejected() {
    assertEquals(
        "a letter must have at least one section",
        rejected(List.of(), "Dear Sam,\n\nWith love,\n").getMessage());
  }

  @Test
  void draft_keyUsedTwice_isRejectedWithTheKey() {
    assertEquals(
        "section key why is used twice",
        rejected(List.of(WHY, WHY), "Dear Sam,\n\nI miss you.\n\nI miss you.\n\nWith love,\n")
            .getMessage());
  }

  @Test
  void draft_reviewOfAnotherText_isRejected() {
    assertEquals(
        "review must be of the letter's text",
        rejected(List.of(WHY), "Dear Sam,\n\nI miss you so.\n\nWith love,\n").getMessage());
  }

  @Test
  void section_blankKeyOrTitle_isRejected() {
    var key =
        assertThrows(IllegalArgumentException.class, () -> new DraftSection(" ", "T", "g", "t"));
    var title =
        assertThrows(IllegalArgumentException.class, () -> new DraftSection("why", " ", "g", "t"));

    assertEquals("section key must not be blank", key.getMessage());
    assertEquals("title of section why must not be blank", title.getMessage());
  }
}
