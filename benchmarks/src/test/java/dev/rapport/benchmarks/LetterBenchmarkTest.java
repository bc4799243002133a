package dev.rapport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.writing.LetterDraft;
import dev.rapport.assessment.writing.SafetyHold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each letter benchmark measures the path its name says: a draft, or the safety hold. */
class LetterBenchmarkTest {
  private final LetterBenchmark benchmark = new LetterBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void composeLetter_isADraft() {
    assertInstanceOf(LetterDraft.class, benchmark.composeLetter());
    assertInstanceOf(LetterDraft.class, benchmark.composeLetterWithDetails());
  }

  @Test
  void composeLetterHeldForSafety_isTheHold() {
    assertInstanceOf(SafetyHold.class, benchmark.composeLetterHeldForSafety());
  }

  @Test
  void composeLetterText_greetsThePartner() {
    assertTrue(benchmark.composeLetterText().startsWith("Dear Sam,"));
  }
}
