package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Intervention;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.Who;
import java.util.List;
import java.util.Locale;

/**
 * Assesses a person's answers against a knowledge base: the entry point of this package.
 *
 * <pre>{@code
 * Assessment assessment = Assessment.of(kb);
 * Questionnaire form = assessment.questionnaire(Form.SHORT);
 * Report report = assessment.assess(AssessmentInput.builder()
 *     .answer("lonely-together-1", 3)
 *     .context(CauseId.of("work-stress"))
 *     .engagement(PartnerEngagement.WILLING)
 *     .build());
 * }</pre>
 *
 * <p>{@link #assess(AssessmentInput)} runs the pipeline: it validates the input, screens for
 * safety before anything else, scores the signs, needs and connection index, infers likely
 * causes, picks the scenario, chooses and orders the recommendations, and explains each one. The
 * answers show strong or lasting distress when the connection index is below {@value
 * #DISTRESS_INDEX}, when {@value #DISTRESS_ALMOST_ALWAYS} or more signs are rated "almost always",
 * when eroding self-worth scores {@value #DISTRESS_SELF_WORTH} or more, or with thoughts of
 * self-harm; then individual therapy is brought in, and couples therapy where it is safe and the
 * partner is not unwilling. {@link Timeline} catches distress that lasts over several check-ups.
 *
 * <p>Defaults: region {@code INTL} for help resources, at most {@value #DEFAULT_MAX_RECOMMENDATIONS}
 * recommendations, at most {@value #DEFAULT_MAX_PER_KIND} of each {@link
 * dev.rapport.core.InterventionKind} (rules such as the safety rule and the playbook of a partner
 * who wants to leave may go past the caps).
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads. Deterministic: the
 * same input always gives an equal report.
 *
 * <p>Everything that depends on the knowledge base alone is worked out once, the first time an
 * assessment is built over it, and shared by every assessment over the same knowledge base for as
 * long as one is in use; so building another assessment, with other options, is cheap, and
 * assessing is work on arrays with little garbage.
 */
public final class Assessment {
  /** The default region for help resources: the international ones. */
  public static final String DEFAULT_REGION = "INTL";

  /** The default total number of recommendations. */
  public static final int DEFAULT_MAX_RECOMMENDATIONS = 8;

  /** The default number of recommendations of one kind. */
  public static final int DEFAULT_MAX_PER_KIND = 3;

  static final int DISTRESS_INDEX = 35;
  static final int DISTRESS_ALMOST_ALWAYS = 3;
  static final double DISTRESS_SELF_WORTH = 0.75;

  private final KnowledgeBase kb;
  private final String region;
  private final Model model;
  private final InputValidator validator;
  private final SafetyScreen safetyScreen;
  private final Scoring scoring;
  private final CauseInference causeInference;
  private final Recommender recommender;
  private final Explainer explainer;
  private final int erodingSelfWorth;

  private Assessment(Builder builder) {
    this.kb = builder.kb;
    this.region = builder.region;
    this.model = Model.of(kb);
    this.validator = new InputValidator(model, region);
    this.safetyScreen = new SafetyScreen(model);
    this.scoring = new Scoring(model);
    this.causeInference = new CauseInference(model);
    this.recommender = new Recommender(model, builder.maxRecommendations, builder.maxPerKind);
    this.explainer = new Explainer(model);
    this.erodingSelfWorth = model.sign(Ids.ERODING_SELF_WORTH);
  }

  /**
   * Makes an assessment over a knowledge base with the default options.
   *
   * @param kb the knowledge base; it must hold the intervention {@code safety-support}, done with
   *     a professional or service, which the safety rule needs
   * @return the assessment
   * @throws IllegalArgumentException when the knowledge base cannot hold the safety rule, or its
   *     question ids clash with {@value Item#ENGAGEMENT_ID}
   */
  public static Assessment of(KnowledgeBase kb) {
    return builder(kb).build();
  }

  /**
   * Starts a builder for an assessment with options.
   *
   * @param kb the knowledge base
   * @return a new builder
   */
  public static Builder builder(KnowledgeBase kb) {
    return new Builder(kb);
  }

  /**
   * The knowledge base this assessment reads.
   *
   * @return the knowledge base
   */
  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /**
   * The region whose help resources reports list when the input names none.
   *
   * @return an upper-case region code, {@link #DEFAULT_REGION} unless the builder set another
   */
  public String region() {
    return region;
  }

  /**
   * The questionnaire to show a person.
   *
   * @param form the full form, or the short one with one statement per sign
   * @return the questionnaire; its items are in {@link Section} order
   */
  public Questionnaire questionnaire(Form form) {
    checkNotNull(form, "form must not be null");
    return model.questionnaires.get(form);
  }

  /**
   * Assesses a person's answers.
   *
   * @param input the answers, observed signs, context and engagement
   * @return the report
   * @throws InvalidInputException listing every problem when the input names unknown items, signs
   *     or causes, holds values out of range, an unknown engagement or a malformed region, or has
   *     neither answers nor signs
   */
  public Report assess(AssessmentInput input) {
    checkNotNull(input, "input must not be null");
    ValidInput valid = validator.validate(input);
    SafetyScreen.Result screened = safetyScreen.screen(valid);
    Scoring.Scores scores = scoring.score(valid);
    List<LikelyCause> causes = causeInference.infer(valid, scores);
    ScenarioId scenario =
        ScenarioRule.choose(screened.safety(), valid, scores::signOrZero, causes);
    boolean strongDistress =
        scores.connectionIndex() < DISTRESS_INDEX
            || scores.almostAlways() >= DISTRESS_ALMOST_ALWAYS
            || (erodingSelfWorth >= 0 && scores.sign(erodingSelfWorth) >= DISTRESS_SELF_WORTH)
            || screened.selfHarm();
    Situation situation =
        new Situation(
            screened.safety().raised(),
            screened.selfHarm(),
            valid.engagement(),
            valid.intensity(Ids.LEAVING) > 0,
            strongDistress,
            scenario);

    double[] presence = presence(scores, causes);
    List<Pick> picks = recommender.recommend(situation, presence);
    Recommendation[] recommendations = new Recommendation[picks.size()];
    for (int i = 0; i < recommendations.length; i++) {
      Pick pick = picks.get(i);
      Intervention intervention = pick.intervention();
      recommendations[i] =
          new Recommendation(
              intervention.id(),
              intervention.who(),
              intervention.kind(),
              intervention.cadence(),
              intervention.stage(),
              pick.week(),
              Values.round(pick.score()),
              explainer.explain(pick, valid, presence, situation),
              intervention.citations());
    }
    List<Recommendation> recommended = List.of(recommendations);
    return new Report(
        screened.safety(),
        scenario,
        scores.connectionIndex(),
        scores.band(),
        scores.signScores(),
        scores.needScores(),
        scores.strengths(),
        scores.growthAreas(),
        causes,
        recommended,
        Planner.plan(recommended),
        kb.contentVersion(),
        Report.DISCLAIMER);
  }

  /**
   * How present every sign, need and cause is, as {@link Model} lays it out: the signs' scores,
   * the needs' rounded deficits and the causes' likelihoods, 0 for what has none.
   */
  private double[] presence(Scoring.Scores scores, List<LikelyCause> causes) {
    double[] presence = new double[model.presenceSize];
    for (int s = 0; s < model.signCount(); s++) {
      presence[s] = Math.max(0, scores.sign(s));
    }
    for (int n = 0; n < model.needs.length; n++) {
      presence[model.needPresence(n)] = Math.max(0, scores.need(n));
    }
    for (LikelyCause cause : causes) {
      presence[model.causePresence(model.cause(cause.id()))] = cause.likelihood();
    }
    return presence;
  }

  /** Builds an {@link Assessment} with options. Not thread-safe. */
  public static final class Builder {
    private final KnowledgeBase kb;
    private String region = DEFAULT_REGION;
    private int maxRecommendations = DEFAULT_MAX_RECOMMENDATIONS;
    private int maxPerKind = DEFAULT_MAX_PER_KIND;

    private Builder(KnowledgeBase kb) {
      this.kb = checkNotNull(kb, "knowledge base must not be null");
    }

    /**
     * Sets the region whose help resources reports list when the input names none.
     *
     * @param region a code of 2 to 4 letters, such as {@code US}, in any case
     * @return this builder
     * @throws IllegalArgumentException when the code is not 2 to 4 letters
     */
    public Builder region(String region) {
      checkNotNull(region, "region must not be null");
      checkArgument(
          InputValidator.isRegion(region),
          "region must be 2 to 4 letters, such as US or INTL, but was '%s'",
          region);
      this.region = region.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Sets the most recommendations a report makes, rules aside.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxRecommendations(int max) {
      checkArgument(max >= 1, "max recommendations must be at least 1 but was %s", max);
      this.maxRecommendations = max;
      return this;
    }

    /**
     * Sets the most recommendations of one kind, so that one kind does not crowd out the rest.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxPerKind(int max) {
      checkArgument(max >= 1, "max recommendations per kind must be at least 1 but was %s", max);
      this.maxPerKind = max;
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws IllegalArgumentException when the knowledge base has no {@code safety-support}
     *     intervention done with a professional or service, or a question id clashes with {@value
     *     Item#ENGAGEMENT_ID}
     */
    public Assessment build() {
      Intervention safetySupport =
          kb.find(Ids.SAFETY_SUPPORT)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "knowledge base has no intervention 'safety-support', which the safety"
                              + " rule needs"));
      checkArgument(
          safetySupport.who() == Who.PROFESSIONAL,
          "intervention safety-support must be done with a professional or service but was %s",
          safetySupport.who());
      return new Assessment(this);
    }
  }
}
