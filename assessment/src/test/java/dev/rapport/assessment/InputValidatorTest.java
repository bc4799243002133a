package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.CauseId;
import dev.rapport.core.SignId;
import dev.rapport.core.material.SafetyTopic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputValidatorTest {
  private final InputValidator validator =
      new InputValidator(Fixtures.kb(), new ItemIndex(Fixtures.kb()), "INTL");

  @Test
  void validate_everyKindOfProblem_collectsThemAllInOneException() {
    AssessmentInput input =
        AssessmentInput.builder()
            .answer("no-such-item", 2)
            .answer("lonely-together-1", 7)
            .answer("context-work-stress", 2)
            .answer("partner-engagement", 1)
            .sign("Lonely Together", 2)
            .sign("no-such-sign", 1)
            .sign("dismissed-bids", -1)
            .context("no-such-cause")
            .engagement("maybe")
            .region("U K")
            .build();

    var e = assertThrows(InvalidInputException.class, () -> validator.validate(input));

    assertEquals(
        """
        input has 10 problems
        - /answers/context-work-stress: answer to context-work-stress must be in [0, 1] but was 2
        - /answers/lonely-together-1: answer to lonely-together-1 must be in [0, 4] but was 7
        - /answers/no-such-item: unknown item 'no-such-item'
        - /answers/partner-engagement: item partner-engagement is answered with \
        partnerEngagement (WILLING, UNSURE or UNWILLING), not a number
        - /signs/Lonely Together: unknown sign 'Lonely Together'
        - /signs/dismissed-bids: intensity of sign dismissed-bids must be in [0, 4] but was -1
        - /signs/no-such-sign: unknown sign 'no-such-sign'
        - /context: unknown cause 'no-such-cause'
        - /partnerEngagement: partner engagement must be WILLING, UNSURE or UNWILLING but was \
        'maybe'
        - /region: region must be 2 to 4 letters, such as US or INTL, but was 'U K'""",
        e.getMessage());
    assertEquals(
        new InputProblem(
            "/answers/lonely-together-1",
            Optional.of("7"),
            "answer to lonely-together-1 must be in [0, 4] but was 7"),
        e.problems().get(1));
  }

  @Test
  void validate_neitherAnswersNorSigns_isRejected() {
    AssessmentInput input = AssessmentInput.builder().context("work-stress").build();

    var e = assertThrows(InvalidInputException.class, () -> validator.validate(input));

    assertEquals("input has 1 problem\n- /: input has neither answers nor signs", e.getMessage());
    assertEquals(Optional.empty(), e.problems().get(0).value());
  }

  @Test
  void validate_idWithSlash_isEscapedInThePointer() {
    AssessmentInput input = AssessmentInput.builder().answer("a/b~c", 1).build();

    var e = assertThrows(InvalidInputException.class, () -> validator.validate(input));

    assertEquals("/answers/a~1b~0c", e.problems().get(0).where());
  }

  @Test
  void validate_statementsAndObservation_takesTheHighestAsTheIntensity() {
    AssessmentInput input =
        AssessmentInput.builder()
            .answer("lonely-together-1", 1)
            .answer("lonely-together-2", 3)
            .sign(SignId.of("lonely-together"), 2)
            .build();

    ValidInput valid = validator.validate(input);

    assertEquals(Map.of(SignId.of("lonely-together"), 3), valid.intensities());
    List<Link> evidence = valid.evidence().get(SignId.of("lonely-together"));
    assertEquals(
        List.of("ANSWER:lonely-together-2", "OBSERVATION:lonely-together", "ANSWER:lonely-together-1"),
        evidence.stream().map(l -> l.from().toString()).toList());
    assertEquals(0.75, evidence.get(0).weight());
  }

  @Test
  void validate_contextAnswers_splitIntoPresentAndAbsent() {
    AssessmentInput input =
        AssessmentInput.builder()
            .answer("context-work-stress", 1)
            .answer("context-routine", 0)
            .answer("context-abuse", 0)
            .context("abuse")
            .sign("lonely-together", 1)
            .build();

    ValidInput valid = validator.validate(input);

    assertEquals(Set.of(CauseId.of("work-stress"), CauseId.of("abuse")), valid.present());
    assertEquals(Set.of(CauseId.of("routine-and-complacency")), valid.absent());
  }

  @Test
  void validate_safetyAnswers_keepTheHighestPerTopic() {
    AssessmentInput input =
        AssessmentInput.builder().answer("safety-fear", 2).answer("safety-harm", 0).build();

    ValidInput valid = validator.validate(input);

    assertEquals(Map.of(SafetyTopic.FEAR, 2, SafetyTopic.HARM, 0), valid.safetyAnswers());
  }

  @Test
  void validate_engagementAndRegionInAnyCase_areNormalised() {
    AssessmentInput input =
        AssessmentInput.builder().sign("lonely-together", 1).engagement("unwilling").region("uk").build();

    ValidInput valid = validator.validate(input);

    assertEquals(PartnerEngagement.UNWILLING, valid.engagement());
    assertEquals("UK", valid.region());
  }

  @Test
  void validate_noEngagementNorRegion_defaultsToUnsureAndTheAssessmentRegion() {
    ValidInput valid = validator.validate(AssessmentInput.builder().sign("lonely-together", 1).build());

    assertEquals(PartnerEngagement.UNSURE, valid.engagement());
    assertEquals("INTL", valid.region());
  }
}
