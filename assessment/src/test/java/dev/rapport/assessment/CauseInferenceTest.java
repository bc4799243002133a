package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.CauseId;
import dev.rapport.core.Grounding;
import dev.rapport.core.KnowledgeBase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CauseInferenceTest {
  private final KnowledgeBase kb = Fixtures.kb();
  private final InputValidator validator = new InputValidator(kb, new ItemIndex(kb), "INTL");
  private final Scoring scoring = new Scoring(kb);
  private final CauseInference inference = new CauseInference(kb);

  private List<LikelyCause> infer(AssessmentInput.Builder input) {
    ValidInput valid = validator.validate(input.build());
    return inference.infer(valid, scoring.score(valid).signs());
  }

  @Test
  void infer_fromSignsAlone_isTheWeightedShareOfTheCausesSigns() {
    // work-stress: shutting-down (0.8) at 1.0, lonely-together (0.4) at 0 -> 0.8 / 1.2
    List<LikelyCause> causes = infer(AssessmentInput.builder().sign("shutting-down", 4));

    assertEquals(1, causes.size());
    assertEquals(CauseId.of("work-stress"), causes.get(0).id());
    assertEquals(0.667, causes.get(0).likelihood());
  }

  @Test
  void infer_causeSaidToBePresent_startsAtHalfAndLeadsItsEvidence() {
    List<LikelyCause> causes =
        infer(AssessmentInput.builder().sign("shutting-down", 2).context("work-stress"));

    LikelyCause work = causes.get(0);
    assertEquals(Values.round(0.5 + 0.5 * (0.8 * 0.5 / 1.2)), work.likelihood());
    assertEquals(NodeKind.CONTEXT, work.evidence().get(0).from().kind());
    Link sign = work.evidence().get(1);
    assertEquals(new Node(NodeKind.SIGN, "shutting-down"), sign.from());
    assertEquals(new Node(NodeKind.CAUSE, "work-stress"), sign.to());
    assertEquals(0.8, sign.weight());
    assertEquals(Optional.of(Grounding.STATED), sign.grounding());
  }

  @Test
  void infer_causeAnsweredNo_halvesItsSignEvidence() {
    List<LikelyCause> causes =
        infer(AssessmentInput.builder().sign("shutting-down", 4).answer("context-work-stress", 0));

    assertEquals(0.333, causes.get(0).likelihood());
  }

  @Test
  void infer_weakEvidence_isLeftOut() {
    // routine: lonely-together (0.6) at 0.25 of 1.1 total weight = 0.136; work: 0.4 * 0.25 / 1.2
    List<LikelyCause> causes = infer(AssessmentInput.builder().sign("lonely-together", 1));

    assertEquals(List.of(CauseId.of("routine-and-complacency")), causes.stream().map(LikelyCause::id).toList());
  }

  @Test
  void infer_equalLikelihoods_areOrderedById() {
    List<LikelyCause> causes =
        infer(
            AssessmentInput.builder()
                .sign("lonely-together", 0)
                .context("work-stress")
                .context("routine-and-complacency"));

    assertEquals(
        List.of(CauseId.of("routine-and-complacency"), CauseId.of("work-stress")),
        causes.stream().map(LikelyCause::id).toList());
    assertEquals(0.5, causes.get(0).likelihood());
  }

  @Test
  void infer_safetyCause_isNeverListed() {
    List<LikelyCause> causes =
        infer(AssessmentInput.builder().sign("fear-of-partner", 4).context("abuse"));

    assertTrue(causes.isEmpty());
  }
}
