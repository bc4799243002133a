package dev.rapport.assessment.writing;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.LikelyCause;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.SignScore;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.Cause;
import dev.rapport.core.EntityKind;
import dev.rapport.core.InterventionId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Sign;
import dev.rapport.core.Who;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Named reports from the bundled content, and a seeded generator of inputs, for this package. */
final class WritingFixtures {
  static final KnowledgeBase KB = DefaultContent.load();
  static final Assessment ASSESSMENT = Assessment.of(KB);

  /** How many generated cases a property runs. */
  static final int CASES = 300;

  /**
   * The seed of the properties: fixed, so a build is repeatable; {@code -Drapport.seed=...} runs
   * other cases or replays a reported failure.
   */
  static final long SEED = Long.getLong("rapport.seed", 20261123L);

  private WritingFixtures() {}

  static Report assess(AssessmentInput.Builder input) {
    return ASSESSMENT.assess(input.build());
  }

  /** Feeling neglected: lonely, surface talk, dismissed bids, screens; partner willing. */
  static Report neglect() {
    return neglect(new String[0]);
  }

  /** {@link #neglect()}, with causes the person says are present. */
  static Report neglect(String... context) {
    AssessmentInput.Builder input =
        AssessmentInput.builder()
            .sign("lonely-together", 4)
            .sign("surface-level-conversations", 3)
            .sign("dismissed-bids", 3)
            .sign("digital-distraction", 2)
            .engagement(PartnerEngagement.WILLING);
    for (String cause : context) {
      input.context(cause);
    }
    return assess(input);
  }

  /** Only one sign answered, as never: nothing present, no need unmet. */
  static Report nothingPresent() {
    return assess(
        AssessmentInput.builder().sign("lonely-together", 0).engagement(PartnerEngagement.WILLING));
  }

  /** Withdrawn under work stress and money worries. */
  static Report stress() {
    return assess(
        AssessmentInput.builder()
            .sign("shutting-down", 3)
            .sign("emotional-unavailability", 3)
            .sign("lonely-together", 2)
            .context("work-stress")
            .context("financial-strain")
            .engagement(PartnerEngagement.WILLING));
  }

  /** The partner has said they want to leave. */
  static Report partnerLeaving() {
    return assess(
        AssessmentInput.builder()
            .sign("partner-wants-to-leave", 4)
            .sign("lonely-together", 4)
            .sign("eroding-self-worth", 4)
            .sign("diminished-intimacy", 3)
            .engagement(PartnerEngagement.UNSURE));
  }

  /** The partner does not want to work on things now. */
  static Report unwilling() {
    return assess(
        AssessmentInput.builder()
            .sign("lonely-together", 3)
            .sign("living-separate-lives", 3)
            .engagement(PartnerEngagement.UNWILLING));
  }

  /** Private signs that a letter must not disclose, strongly present. */
  static Report privateSigns() {
    return assess(
        AssessmentInput.builder()
            .sign("considering-leaving", 4)
            .sign("seeking-connection-elsewhere", 4)
            .sign("low-mood", 4)
            .sign("lonely-together", 3)
            .engagement(PartnerEngagement.WILLING));
  }

  /** The bundled content without its letter templates, as a content pack may come. */
  static KnowledgeBase withoutLetterTemplates() {
    KnowledgeBase.Builder kb =
        KnowledgeBase.builder().contentVersion(KB.contentVersion()).locale(KB.locale());
    KB.sources().forEach(kb::addSource);
    for (EntityKind kind : EntityKind.values()) {
      KB.entities(kind).forEach(kb::add);
    }
    KB.relations().forEach(kb::relate);
    KB.prompts().forEach(kb::addPrompt);
    KB.resources().forEach(kb::addResource);
    KB.safetyQuestions().forEach(kb::addSafetyQuestion);
    return kb.build();
  }

  /**
   * The report with one more recommendation, first in the plan and the best fitting of all: for
   * what the bundled content never recommends, or recommends otherwise. Its other parts are those
   * of the report's first recommendation.
   */
  static Report recommendingFirst(Report report, String intervention, Who who) {
    Recommendation like = report.recommendations().get(0);
    List<Recommendation> recommendations = new ArrayList<>();
    recommendations.add(
        new Recommendation(
            InterventionId.of(intervention),
            who,
            like.kind(),
            like.cadence(),
            like.stage(),
            like.week(),
            1.0,
            like.because(),
            like.sources()));
    recommendations.addAll(report.recommendations());
    return withFindings(report, report.signs(), report.causes(), recommendations);
  }

  /**
   * The report with other signs, causes and recommendations, its safety left as it is: for
   * reports the assessment never makes, such as a safety sign without a raised safety level.
   */
  static Report withFindings(
      Report report,
      List<SignScore> signs,
      List<LikelyCause> causes,
      List<Recommendation> recommendations) {
    return new Report(
        report.safety(),
        report.scenario(),
        report.connectionIndex(),
        report.band(),
        signs,
        report.needs(),
        report.strengths(),
        report.growthAreas(),
        causes,
        recommendations,
        report.plan(),
        report.contentVersion(),
        report.disclaimer());
  }

  /** A rare sign and a "sometimes" one: one unmet need (quality time), two that show a little. */
  static Report oneUnmetNeed() {
    return assess(
        AssessmentInput.builder()
            .sign("avoiding-the-future", 1)
            .sign("living-separate-lives", 2)
            .engagement(PartnerEngagement.WILLING));
  }

  /**
   * A random input: some signs (the safety sign only when {@code safety}), some context (the
   * safety cause only when {@code safety}), a random engagement, and with {@code safety} now and
   * then an answer to a safety question.
   */
  static AssessmentInput randomInput(Random random, boolean safety) {
    AssessmentInput.Builder input = AssessmentInput.builder();
    List<Sign> signs = KB.signs();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      Sign sign = signs.get(random.nextInt(signs.size()));
      if (sign.safety() && !safety) {
        continue;
      }
      input.sign(sign.id(), random.nextInt(5));
    }
    input.sign("lonely-together", random.nextInt(5));
    List<Cause> causes = KB.causes();
    int context = random.nextInt(4);
    for (int i = 0; i < context; i++) {
      Cause cause = causes.get(random.nextInt(causes.size()));
      if (cause.safety() && !safety) {
        continue;
      }
      input.context(cause.id());
    }
    PartnerEngagement[] engagements = PartnerEngagement.values();
    input.engagement(engagements[random.nextInt(engagements.length)]);
    if (safety && random.nextInt(3) == 0) {
      var question = KB.safetyQuestions().get(random.nextInt(KB.safetyQuestions().size()));
      input.answer(question.id(), random.nextInt(5));
    }
    return input.build();
  }
}
