package dev.rapport.benchmarks;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Section;

/** The named inputs the benchmarks assess, the same in every run. */
final class Inputs {
  private Inputs() {}

  /** Some signs often present, some sometimes, a stressor, a willing partner. */
  static AssessmentInput midSeverity() {
    return AssessmentInput.builder()
        .sign("lonely-together", 3)
        .sign("surface-level-conversations", 3)
        .sign("dismissed-bids", 2)
        .sign("living-separate-lives", 2)
        .sign("digital-distraction", 3)
        .sign("diminished-intimacy", 2)
        .context("work-stress")
        .engagement("WILLING")
        .build();
  }

  /** The mid-severity input as one line of a JSON Lines batch. */
  static String midSeverityLine() {
    return "{\"signs\": {\"lonely-together\": 3, \"surface-level-conversations\": 3,"
        + " \"dismissed-bids\": 2, \"living-separate-lives\": 2, \"digital-distraction\": 3,"
        + " \"diminished-intimacy\": 2}, \"context\": [\"work-stress\"],"
        + " \"partnerEngagement\": \"WILLING\"}";
  }

  /** Neglect signs with fear of the partner. */
  static AssessmentInput safety() {
    return AssessmentInput.builder()
        .sign("lonely-together", 4)
        .sign("fear-of-partner", 2)
        .sign("resentment", 3)
        .engagement("UNSURE")
        .region("US")
        .build();
  }

  /** Every item of the full questionnaire answered, with values that cycle through the scale. */
  static AssessmentInput fullQuestionnaire(Assessment assessment) {
    Questionnaire questionnaire = assessment.questionnaire(Form.FULL);
    AssessmentInput.Builder input = AssessmentInput.builder();
    int i = 0;
    for (Item item : questionnaire.items()) {
      if (item.sensitive()) {
        input.answer(item.id(), 0);
      } else if (item.section() == Section.CONTEXT) {
        input.answer(item.id(), i % 3 == 0 ? 1 : 0);
      } else if (item.section() != Section.ENGAGEMENT) {
        input.answer(item.id(), i % 5);
      }
      i++;
    }
    return input.engagement("WILLING").build();
  }
}
