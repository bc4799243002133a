package dev.rapport.benchmarks;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InputJson;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
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
 * The calls an app makes on a request path: building an assessment, assessing three kinds of
 * input, and writing a report as JSON. Average time per call; add {@code -prof gc} for allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {
  private KnowledgeBase knowledge;
  private Assessment assessment;
  private AssessmentInput midSeverity;
  private AssessmentInput safety;
  private AssessmentInput full;
  private Report report;
  private String midSeverityLine;

  /** Loads the content and prepares the inputs, outside the measurement. */
  @Setup
  public void setUp() {
    knowledge = DefaultContent.load();
    assessment = Assessment.of(knowledge);
    midSeverity = Inputs.midSeverity();
    safety = Inputs.safety();
    full = Inputs.fullQuestionnaire(assessment);
    report = assessment.assess(midSeverity);
    midSeverityLine = Inputs.midSeverityLine();
  }

  /**
   * Builds an assessment over the loaded content. The content is compiled for assessing once per
   * knowledge base, so this measures an assessment over content already compiled; the first one
   * over a knowledge base takes about a millisecond more once the JIT has warmed up.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment buildAssessment() {
    return Assessment.of(knowledge);
  }

  /**
   * Assesses a mid-severity input.
   *
   * @return the report
   */
  @Benchmark
  public Report assessMidSeverity() {
    return assessment.assess(midSeverity);
  }

  /**
   * Assesses an input that raises the safety level.
   *
   * @return the report
   */
  @Benchmark
  public Report assessSafety() {
    return assessment.assess(safety);
  }

  /**
   * Assesses every item of the full questionnaire.
   *
   * @return the report
   */
  @Benchmark
  public Report assessFullQuestionnaire() {
    return assessment.assess(full);
  }

  /**
   * Writes a report as JSON.
   *
   * @return the JSON text
   */
  @Benchmark
  public String reportToJson() {
    return ReportJson.toJson(report);
  }

  /**
   * Writes a report as one line of JSON Lines.
   *
   * @return the JSON text
   */
  @Benchmark
  public String reportToJsonLine() {
    return ReportJson.toJsonLine(report);
  }

  /**
   * Writes the one-line summary of a report, the form of {@code rapport batch --report summary}.
   *
   * @return the JSON text
   */
  @Benchmark
  public String reportToSummaryLine() {
    return ReportJson.toSummaryLine(report);
  }

  /**
   * One line of a batch: reads a mid-severity input from its JSON line, assesses it, and writes the
   * report as a JSON line.
   *
   * @return the report's JSON line
   */
  @Benchmark
  public String batchLine() {
    return ReportJson.toJsonLine(assessment.assess(InputJson.read(midSeverityLine)));
  }

  /**
   * One line of a batch with {@code --report summary}: reads a mid-severity input from its JSON
   * line, assesses it, and writes the report's summary line.
   *
   * @return the summary line
   */
  @Benchmark
  public String batchSummaryLine() {
    return ReportJson.toSummaryLine(assessment.assess(InputJson.read(midSeverityLine)));
  }
}
