package dev.rapport.examples;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.CauseId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.SignId;

/**
 * The embedding sample of the README: load the content, build an assessment, assess a person's
 * answers, and print each recommendation with why it was made. A test runs it, so the README's
 * snippet always compiles and works.
 */
public final class EmbeddingSample {
  private EmbeddingSample() {}

  /**
   * Runs the sample.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    KnowledgeBase kb = DefaultContent.load();
    Assessment assessment = Assessment.of(kb);
    Report report = assessment.assess(AssessmentInput.builder()
        .sign(SignId.of("lonely-together"), 4)
        .sign(SignId.of("surface-level-conversations"), 3)
        .context(CauseId.of("work-stress"))
        .engagement(PartnerEngagement.WILLING)
        .build());
    for (Recommendation r : report.recommendations()) {
      System.out.println(kb.require(r.id()).name() + ": " + r.because().text());
    }
  }
}
