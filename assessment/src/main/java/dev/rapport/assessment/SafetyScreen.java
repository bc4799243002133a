package dev.rapport.assessment;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.material.SafetyTopic;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2, run before anything else is scored: the safety screen.
 *
 * <p>The rule, to the letter:
 *
 * <ul>
 *   <li>any answer above 0 to a safety question about fear, harm, threats, control or silence used
 *       to punish raises the level: to {@link SafetyLevel#URGENT} for harm and threats, or for an
 *       answer of {@value #HIGH} or more, otherwise to {@link SafetyLevel#CONCERN};
 *   <li>any safety sign (fear of the partner) above 0 raises it the same way, {@code URGENT} from
 *       {@value #HIGH};
 *   <li>any safety cause (abuse) said to be present raises it to {@code CONCERN} at least;
 *   <li>any answer above 0 about thoughts of self-harm makes it {@code URGENT} and puts crisis lines
 *       and emergency numbers first;
 *   <li>an answer of 0 never lowers what another answer raised: the level is the highest any answer
 *       gives.
 * </ul>
 *
 * <p>Everyday conflict, resentment or a raised voice, without fear, is not a safety case: only the
 * safety questions, safety signs and safety causes count.
 */
final class SafetyScreen {
  /** The answer ("often") from which fear, control or punishing silence is urgent. */
  static final int HIGH = 3;

  /** What the screen found, with the private fact of self-harm kept apart from the report. */
  record Result(Safety safety, boolean selfHarm) {}

  private static final Result CLEAR = new Result(Safety.CLEAR, false);
  private static final SafetyTopic[] TOPICS = SafetyTopic.values();

  private final Model model;

  SafetyScreen(KnowledgeBase kb) {
    this(Model.of(kb));
  }

  SafetyScreen(Model model) {
    this.model = model;
  }

  Result screen(ValidInput input) {
    SafetyLevel level = SafetyLevel.NONE;
    List<String> reasons = new ArrayList<>(0);

    int selfHarm = input.safetyAnswer(SafetyTopic.SELF_HARM);
    if (selfHarm > 0) {
      level = SafetyLevel.URGENT;
      reasons.add(model.topicReasons[SafetyTopic.SELF_HARM.ordinal()][selfHarm]);
    }
    for (SafetyTopic topic : TOPICS) {
      int answer = input.safetyAnswer(topic);
      if (topic == SafetyTopic.SELF_HARM || answer == 0) {
        continue;
      }
      boolean urgent = topic == SafetyTopic.HARM || topic == SafetyTopic.THREAT || answer >= HIGH;
      level = max(level, urgent ? SafetyLevel.URGENT : SafetyLevel.CONCERN);
      reasons.add(model.topicReasons[topic.ordinal()][answer]);
    }
    for (int sign : model.safetySigns) {
      int intensity = input.intensityOf(sign);
      if (intensity > 0) {
        level = max(level, intensity >= HIGH ? SafetyLevel.URGENT : SafetyLevel.CONCERN);
        reasons.add(model.safetySignReasons[sign][intensity]);
      }
    }
    for (int cause : model.safetyCauses) {
      if (input.isPresent(cause)) {
        level = max(level, SafetyLevel.CONCERN);
        reasons.add(model.causeReasons[cause]);
      }
    }
    if (level == SafetyLevel.NONE) {
      return CLEAR;
    }
    return new Result(
        new Safety(level, reasons, model.resources(input.region(), selfHarm > 0)), selfHarm > 0);
  }

  private static SafetyLevel max(SafetyLevel a, SafetyLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static String reason(SafetyTopic topic, int answer) {
    String label = Scale.FREQUENCY.label(answer);
    return switch (topic) {
      case FEAR -> "You said you " + label + " feel afraid of your partner.";
      case HARM -> "You said your partner has hurt you (" + label + ").";
      case THREAT -> "You said your partner has threatened you (" + label + ").";
      case CONTROL ->
          "You said your partner controls your money, your phone or whom you see (" + label + ").";
      case PUNISHING_SILENCE -> "You said your partner uses silence to punish you (" + label + ").";
      case SELF_HARM -> "You said you have had thoughts of harming yourself (" + label + ").";
    };
  }
}
