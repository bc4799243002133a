package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.SignId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
  private final KnowledgeBase kb = Fixtures.kb();
  private final InputValidator validator = new InputValidator(kb, new ItemIndex(kb), "INTL");
  private final Scoring scoring = new Scoring(kb);

  private Scoring.Scores score(AssessmentInput.Builder input) {
    return scoring.score(validator.validate(input.build()));
  }

  @Test
  void score_signs_areTheirIntensityOverFourMostPresentFirst() {
    Scoring.Scores scores =
        score(AssessmentInput.builder().answer("lonely-together-1", 3).sign("dismissed-bids", 1)
            .sign("shutting-down", 3));

    assertEquals(
        List.of(
            new SignScore(SignId.of("lonely-together"), 0.75),
            new SignScore(SignId.of("shutting-down"), 0.75),
            new SignScore(SignId.of("dismissed-bids"), 0.25)),
        scores.signScores());
  }

  @Test
  void score_need_isTheWeightedMeanOfItsAssessedSigns() {
    // being-heard: lonely-together (0.8) at 0.75, dismissed-bids (1.0) at 0.25
    Scoring.Scores scores =
        score(AssessmentInput.builder().sign("lonely-together", 3).sign("dismissed-bids", 1));

    double expected = (0.8 * 0.75 + 1.0 * 0.25) / 1.8;
    assertEquals(Values.round(expected), scores.needs().get(NeedId.of("being-heard")));
    assertFalse(scores.needs().containsKey(NeedId.of("affection")));
  }

  @Test
  void score_strengthsAndGrowthAreas_splitTheNeedsWithEvidence() {
    Scoring.Scores scores =
        score(
            AssessmentInput.builder()
                .sign("diminished-intimacy", 0)
                .sign("shutting-down", 4)
                .sign("lonely-together", 1));

    assertEquals(List.of(NeedId.of("affection"), NeedId.of("being-heard"), NeedId.of("quality-time")),
        scores.strengths());
    assertEquals(List.of(NeedId.of("emotional-safety")), scores.growthAreas());
  }

  @Test
  void score_noSignPresent_gives100AndStrong() {
    Scoring.Scores scores =
        score(AssessmentInput.builder().sign("lonely-together", 0).sign("dismissed-bids", 0));

    assertEquals(100, scores.connectionIndex());
    assertEquals(Band.STRONG, scores.band());
  }

  @Test
  void score_everySignAlmostAlways_gives0AndDistant() {
    AssessmentInput.Builder input = AssessmentInput.builder();
    kb.signs().forEach(s -> input.sign(s.id(), 4));

    Scoring.Scores scores = score(input);

    assertEquals(0, scores.connectionIndex());
    assertEquals(Band.DISTANT, scores.band());
    assertEquals(6, scores.almostAlways());
  }

  @Test
  void score_safetySign_isLeftOutOfSignsNeedsAndIndex() {
    Scoring.Scores scores = score(AssessmentInput.builder().sign("fear-of-partner", 4));

    assertTrue(scores.signScores().isEmpty());
    assertTrue(scores.needScores().isEmpty());
    assertEquals(100, scores.connectionIndex());
  }

  @Test
  void connectionIndex_blendsTheTopFiveWithTheMeanOverAllSigns() {
    // top five of {4, 4, 2}: 10 of 20; all 20 signs: 10 of 80
    int index = Scoring.connectionIndex(List.of(4, 4, 2), 20);

    assertEquals(Math.round(100 - 100 * (0.7 * 10 / 20.0 + 0.3 * 10 / 80.0)), index);
  }

  @Test
  void connectionIndex_moreIntenseSign_neverRaisesIt() {
    int before = Scoring.connectionIndex(List.of(1, 2, 3), 6);

    int after = Scoring.connectionIndex(List.of(1, 2, 4), 6);
    int added = Scoring.connectionIndex(List.of(1, 2, 3, 1), 6);

    assertTrue(after <= before);
    assertTrue(added <= before);
  }

  @Test
  void band_eachRange_hasItsNeutralWord() {
    assertEquals(Band.STRONG, Band.of(85));
    assertEquals(Band.STEADY, Band.of(84));
    assertEquals(Band.STEADY, Band.of(65));
    assertEquals(Band.STRAINED, Band.of(64));
    assertEquals(Band.STRAINED, Band.of(40));
    assertEquals(Band.DISTANT, Band.of(39));
    assertEquals(Band.DISTANT, Band.of(0));
  }

  @Test
  void band_indexOutOfRange_isRejectedWithTheValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> Band.of(101));

    assertEquals("connection index must be in [0, 100] but was 101", e.getMessage());
  }
}
