package dev.rapport.benchmarks;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.writing.LetterComposer;
import dev.rapport.assessment.writing.LetterOutcome;
import dev.rapport.assessment.writing.LetterRequest;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Composing a letter to the partner from a report, as the letter page and {@code rapport letter}
 * do: a draft with no details, a draft with the person's own details, the safety hold that
 * replaces a draft when the report puts safety first, and a draft rendered as text. Average time
 * per call; add {@code -prof gc} for allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LetterBenchmark {
  private LetterComposer composer;
  private Report midSeverity;
  private Report safety;
  private LetterRequest details;

  /** Loads the content and makes the reports, outside the measurement. */
  @Setup
  public void setUp() {
    KnowledgeBase knowledge = DefaultContent.load();
    Assessment assessment = Assessment.of(knowledge);
    composer = LetterComposer.of(knowledge);
    midSeverity = assessment.assess(Inputs.midSeverity());
    safety = assessment.assess(Inputs.safety());
    details =
        LetterRequest.builder()
            .partnerName("Sam")
            .signature("Alex")
            .moment("Last Sunday I told you about my new job, and I wasn't sure it reached you.")
            .build();
  }

  /**
   * Drafts a letter to reconnect from a mid-severity report, with no personal details.
   *
   * @return the draft
   */
  @Benchmark
  public LetterOutcome composeLetter() {
    return composer.compose(midSeverity);
  }

  /**
   * Drafts a letter to reconnect with the partner's name, a signature and a moment in the
   * person's own words.
   *
   * @return the draft
   */
  @Benchmark
  public LetterOutcome composeLetterWithDetails() {
    return composer.compose(midSeverity, details);
  }

  /**
   * Asks for a letter from a report that puts safety first, which gives the safety hold instead.
   *
   * @return the safety hold
   */
  @Benchmark
  public LetterOutcome composeLetterHeldForSafety() {
    return composer.compose(safety);
  }

  /**
   * Drafts a letter and renders it as plain text, as it would be sent.
   *
   * @return the text
   */
  @Benchmark
  public String composeLetterText() {
    return composer.compose(midSeverity, details).text();
  }
}
