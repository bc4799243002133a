package dev.rapport.examples.web;

import dev.rapport.assessment.Band;
import dev.rapport.core.Cadence;
import dev.rapport.core.Stage;
import dev.rapport.core.Who;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.LetterVariant;

/** The plain words the pages use for the library's enums. */
final class Labels {
  private Labels() {}

  static String who(Who who) {
    return switch (who) {
      case SELF -> "On your own";
      case COUPLE -> "Together";
      case PROFESSIONAL -> "With a professional";
    };
  }

  static String stage(Stage stage) {
    return switch (stage) {
      case STABILISE -> "Steady yourself";
      case OPEN_UP -> "Open up";
      case RECONNECT -> "Reconnect";
      case SUSTAIN -> "Keep it going";
    };
  }

  static String cadence(Cadence cadence) {
    return switch (cadence) {
      case ONCE -> "Once";
      case DAILY -> "Every day";
      case WEEKLY -> "Every week";
    };
  }

  static String band(Band band) {
    return switch (band) {
      case STRONG -> "Strong";
      case STEADY -> "Steady";
      case STRAINED -> "Strained";
      case DISTANT -> "Distant";
    };
  }

  static String help(HelpKind kind) {
    return switch (kind) {
      case EMERGENCY -> "Emergency";
      case CRISIS -> "Crisis support";
      case DOMESTIC_ABUSE -> "Abuse support";
      case COUNSELLING -> "Counselling";
    };
  }

  /** What a kind of letter is called on the letter page. */
  static String letter(LetterVariant variant) {
    return switch (variant) {
      case RECONNECT -> "To reconnect";
      case DIFFICULT_TIMES -> "Through a hard time";
      case LEAVING -> "To say that you are leaving";
    };
  }

  /** What a kind of letter is for, in a sentence. */
  static String letterPurpose(LetterVariant variant) {
    return switch (variant) {
      case RECONNECT -> "Say how the distance feels, and invite a way back to each other.";
      case DIFFICULT_TIMES ->
          "Stay close while you face illness, loss, money worries or another strain together.";
      case LEAVING -> "Say clearly and kindly that you have decided to end the relationship.";
    };
  }

  /** Words for how likely a cause looks. */
  static String likelihood(double likelihood) {
    return likelihood >= 0.6 ? "Likely" : likelihood >= 0.3 ? "Possible" : "Worth a thought";
  }

  /** Words for how well met a need looks, from its deficit score in [0, 1]. */
  static String met(double deficit) {
    return deficit <= 0.25 ? "Well met" : deficit < 0.5 ? "Could use some care" : "Needs care";
  }

  /** How well met a need looks, 0..100, from its deficit score in [0, 1]. */
  static int metPercent(double deficit) {
    return (int) Math.round((1 - deficit) * 100);
  }
}
