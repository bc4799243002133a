package dev.rapport.assessment.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.assessment.SafetyLevel;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafetyHoldTest {
  private static final HelpResource EMERGENCY =
      new HelpResource(
          "intl-emergency",
          "INTL",
          HelpKind.EMERGENCY,
          "Your local emergency number",
          "112",
          "If you are in danger now, call it.",
          Optional.empty(),
          LocalDate.of(2026, 11, 23));
  private static final HelpResource HELPLINE =
      new HelpResource(
          "intl-helpline",
          "INTL",
          HelpKind.DOMESTIC_ABUSE,
          "Find *A* Helpline",
          "findahelpline.com",
          "Helplines by country.",
          Optional.of("https://findahelpline.com/a_b"),
          LocalDate.of(2026, 11, 23));

  private static SafetyHold hold(List<HelpResource> resources) {
    return new SafetyHold(
        SafetyLevel.CONCERN,
        "No letter was drafted.",
        List.of("Your safety comes first.", "Talk to someone trained to help."),
        resources,
        "Not a crisis service.");
  }

  @Test
  void text_listsEachResourceWithItsContactAndLink() {
    assertEquals(
        """
        No letter was drafted.

        Your safety comes first.

        Talk to someone trained to help.

        Help you can reach now:
        - Your local emergency number: 112. If you are in danger now, call it.
        - Find *A* Helpline: findahelpline.com (https://findahelpline.com/a_b). \
        Helplines by country.

        Not a crisis service.
        """,
        hold(List.of(EMERGENCY, HELPLINE)).text());
  }

  @Test
  void markdown_boldsTheNamesAndEscapesEveryText() {
    assertEquals(
        """
        ## No letter was drafted.

        Your safety comes first.

        Talk to someone trained to help.

        ### Help you can reach now

        - **Your local emergency number**: 112. If you are in danger now, call it.
        - **Find \\*A\\* Helpline**: findahelpline.com (https://findahelpline.com/a\\_b). \
        Helplines by country.

        *Not a crisis service.*
        """,
        hold(List.of(EMERGENCY, HELPLINE)).markdown());
  }

  @Test
  void markdown_noResources_hasNoHelpHeading() {
    assertEquals(
        """
        ## No letter was drafted.

        Your safety comes first.

        Talk to someone trained to help.

        *Not a crisis service.*
        """,
        hold(List.of()).markdown());
  }

  @Test
  void safetyHold_noExplanation_isRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SafetyHold(SafetyLevel.CONCERN, "h", List.of(), List.of(), "d"));

    assertEquals("explanation must not be empty", e.getMessage());
  }
}
