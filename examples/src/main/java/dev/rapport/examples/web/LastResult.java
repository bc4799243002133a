package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.assessment.Report;
import dev.rapport.assessment.writing.SafetyHold;
import dev.rapport.core.material.LetterVariant;
import java.util.Map;

/**
 * What the writing pages may use of a person's last check-up in this browser: the report itself,
 * or, when it puts safety first, only the library's safety holds (why there is no letter and no
 * check-in guide, and where to turn). In that case the report is not kept at all, so nothing of the
 * safety answers stays in memory. Immutable.
 */
sealed interface LastResult {

  /**
   * A result that the writing help may draft from.
   *
   * @param report the report the person just saw
   */
  record Open(Report report) implements LastResult {
    public Open {
      checkNotNull(report, "report must not be null");
    }
  }

  /**
   * A result that puts safety first: nothing for the partner, nothing for the two of you.
   *
   * @param letters the letter composer's hold for each kind of letter (their words differ a little:
   *     the one for leaving speaks of planning a safe way to leave)
   * @param talk the check-in guide's hold
   */
  record Held(Map<LetterVariant, SafetyHold> letters, SafetyHold talk) implements LastResult {
    public Held {
      letters = Map.copyOf(letters);
      checkArgument(
          letters.size() == LetterVariant.values().length,
          "a hold is needed for every kind of letter but there were %s",
          letters.size());
      checkNotNull(talk, "talk must not be null");
    }

    /** The hold for one kind of letter. */
    SafetyHold letter(LetterVariant variant) {
      return letters.get(variant);
    }
  }
}
