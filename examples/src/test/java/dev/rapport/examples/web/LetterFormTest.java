package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.writing.LetterRequest;
import dev.rapport.core.material.LetterVariant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading what a letter is for, and putting a letter together as plain text. */
class LetterFormTest {

  @Test
  void options_withNothingSent_areALetterToReconnect() {
    LetterForm.Options options = LetterForm.options(Map.of());

    assertTrue(options.errors().isEmpty());
    assertEquals(LetterRequest.DEFAULT, options.request());
  }

  @Test
  void options_withBlankMoments_leaveThemOut_andCleanTheRest() {
    LetterForm.Options options =
        LetterForm.options(
            Map.of(
                LetterForm.VARIANT, List.of("leaving"),
                LetterForm.PARTNER, List.of("  Sam \u0007"),
                LetterForm.MOMENT, List.of("  ", "On Sunday\r\nwe walked.")));

    assertTrue(options.errors().isEmpty());
    assertEquals(
        new LetterRequest(
            LetterVariant.LEAVING,
            Optional.of("Sam"),
            Optional.empty(),
            List.of("On Sunday\nwe walked.")),
        options.request());
  }

  @Test
  void options_withTwoKindsAndTooManyMoments_tieEachProblemToItsField() {
    LetterForm.Options options =
        LetterForm.options(
            Map.of(
                LetterForm.VARIANT, List.of("reconnect", "leaving"),
                LetterForm.MOMENT, List.of("One.", "Two.", "x".repeat(601))));

    assertEquals(
        Map.of(
            LetterForm.VARIANT,
            LetterForm.ONE_KIND,
            LetterForm.MOMENTS_ID,
            LetterForm.TOO_MANY_MOMENTS,
            "moment-3",
            LetterForm.tooLong(LetterRequest.MAX_MOMENT_LENGTH, 601)),
        options.errors().byField());
  }

  @Test
  void text_joinsTheNonBlankParts_withABlankLineBetween() {
    String text = LetterForm.text(List.of("Dear Sam,", " I miss you. ", "", "  ", "With love,"));

    assertEquals("Dear Sam,\n\nI miss you.\n\nWith love,\n", text);
  }
}
