package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  private final Assessment assessment = Fixtures.assessment();

  private static List<String> ids(List<Item> items) {
    return items.stream().map(Item::id).toList();
  }

  @Test
  void questionnaire_fullForm_asksEveryStatementThenContextEngagementAndSafety() {
    Questionnaire full = assessment.questionnaire(Form.FULL);

    assertEquals(
        List.of(
            "diminished-intimacy-1", "dismissed-bids-1", "eroding-self-worth-1", "fear-of-partner-1",
            "lonely-together-1", "lonely-together-2", "partner-wants-to-leave-1", "shutting-down-1"),
        ids(full.items(Section.SIGNS)));
    assertEquals(
        List.of("context-abuse", "context-routine", "context-work-stress"),
        ids(full.items(Section.CONTEXT)));
    assertEquals(List.of(Item.ENGAGEMENT_ID), ids(full.items(Section.ENGAGEMENT)));
    assertEquals(6, full.items(Section.SAFETY).size());
    assertEquals("test-1", full.contentVersion());
  }

  @Test
  void questionnaire_shortForm_asksOneStatementPerSign() {
    Questionnaire short_ = assessment.questionnaire(Form.SHORT);

    assertEquals(7, short_.items(Section.SIGNS).size());
    assertEquals(Optional.empty(), short_.item("lonely-together-2"));
    assertEquals(3, short_.items(Section.CONTEXT).size());
    assertEquals(6, short_.items(Section.SAFETY).size());
  }

  @Test
  void questionnaire_items_carryTheirScaleSubjectAndSensitivity() {
    Questionnaire full = assessment.questionnaire(Form.FULL);

    Item lonely = full.item("lonely-together-1").orElseThrow();
    Item fear = full.item("fear-of-partner-1").orElseThrow();
    Item abuse = full.item("context-abuse").orElseThrow();
    Item silence = full.item("safety-silence").orElseThrow();
    assertEquals(
        new Item("lonely-together-1", Section.SIGNS, "lonely-together",
            "Statement 1 about lonely-together.", Scale.FREQUENCY, false),
        lonely);
    assertTrue(fear.sensitive());
    assertEquals(Scale.YES_NO, abuse.scale());
    assertTrue(abuse.sensitive());
    assertEquals("punishing-silence", silence.subject());
    assertTrue(silence.sensitive());
    assertEquals(Scale.ENGAGEMENT, full.item(Item.ENGAGEMENT_ID).orElseThrow().scale());
  }

  @Test
  void scale_labels_followTheAnswerScale() {
    assertEquals("almost always", Scale.FREQUENCY.label(4));
    assertEquals("yes", Scale.YES_NO.label(1));
    assertEquals(2, Scale.ENGAGEMENT.max());
    var e = assertThrows(IllegalArgumentException.class, () -> Scale.YES_NO.label(2));
    assertEquals("answer on the YES_NO scale must be in [0, 1] but was 2", e.getMessage());
  }
}
