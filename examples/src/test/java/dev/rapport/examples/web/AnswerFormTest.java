package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading and checking a posted check-up form. */
class AnswerFormTest {
  final Questionnaire questionnaire = Items.questionnaire(Form.SHORT);
  final String first = Items.statements().get(0);
  final String second = Items.statements().get(1);

  @Test
  void read_validAnswers_keepsThem_andIgnoresOtherFields() {
    AnswerForm.Read read =
        AnswerForm.read(
            Map.of(
                "csrf",
                List.of("x"),
                "note",
                List.of("hello"),
                Answers.field(first),
                List.of("3"),
                Answers.field(Item.ENGAGEMENT_ID),
                List.of("willing")),
            questionnaire);

    assertTrue(read.errors().isEmpty());
    assertEquals(Map.of(first, 3), read.answers().values());
    assertEquals(Optional.of("WILLING"), read.answers().engagement());
  }

  @Test
  void read_nothing_asksForOneAnswerAtTheFirstStatement() {
    AnswerForm.Read read = AnswerForm.read(Map.of(), questionnaire);

    assertEquals(Map.of(Answers.field(first), AnswerForm.AT_LEAST_ONE), read.errors().byField());
  }

  @Test
  void read_engagementAlone_stillAsksForOneAnswer() {
    AnswerForm.Read read =
        AnswerForm.read(
            Map.of(Answers.field(Item.ENGAGEMENT_ID), List.of("UNSURE")), questionnaire);

    assertEquals(AnswerForm.AT_LEAST_ONE, read.errors().of(Answers.field(first)).orElseThrow());
    assertEquals(Optional.of("UNSURE"), read.answers().engagement());
  }

  @Test
  void read_outOfRangeOrNotANumber_isNotAChoice_andOtherAnswersStay() {
    for (String bad : List.of("5", "-1", "2.5", "x", "٣", "99999999999")) {
      AnswerForm.Read read =
          AnswerForm.read(
              Map.of(Answers.field(first), List.of(bad), Answers.field(second), List.of("1")),
              questionnaire);

      assertEquals(
          Map.of(Answers.field(first), AnswerForm.NOT_A_CHOICE), read.errors().byField(), bad);
      assertEquals(Map.of(second, 1), read.answers().values(), bad);
    }
  }

  @Test
  void read_blankValue_countsAsUnanswered() {
    AnswerForm.Read read =
        AnswerForm.read(
            Map.of(Answers.field(first), List.of(" "), Answers.field(second), List.of("2")),
            questionnaire);

    assertTrue(read.errors().isEmpty());
    assertEquals(Map.of(second, 2), read.answers().values());
  }

  @Test
  void read_unknownEngagement_isNotAChoice() {
    AnswerForm.Read read =
        AnswerForm.read(
            Map.of(
                Answers.field(Item.ENGAGEMENT_ID), List.of("MAYBE"),
                Answers.field(first), List.of("2")),
            questionnaire);

    assertEquals(
        Map.of(Answers.field(Item.ENGAGEMENT_ID), AnswerForm.NOT_A_CHOICE),
        read.errors().byField());
  }

  @Test
  void formOf_anythingButFull_isTheShortForm() {
    assertEquals(Form.FULL, AnswerForm.formOf("full"));
    assertEquals(Form.SHORT, AnswerForm.formOf("short"));
    assertEquals(Form.SHORT, AnswerForm.formOf(null));
    assertEquals(Form.SHORT, AnswerForm.formOf("<script>"));
  }

  @Test
  void hiddenFields_carryTheAnswersBack() {
    Answers answers = new Answers(Form.SHORT, Map.of(first, 3), Optional.of("WILLING"));

    AnswerForm.Read read =
        AnswerForm.read(
            answers.hiddenFields().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
            questionnaire);

    assertEquals(answers, read.answers());
  }
}
