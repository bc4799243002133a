package dev.rapport.assessment;

import dev.rapport.core.Cadence;
import dev.rapport.core.Cause;
import dev.rapport.core.CauseId;
import dev.rapport.core.Citation;
import dev.rapport.core.Condition;
import dev.rapport.core.Contraindication;
import dev.rapport.core.EntityId;
import dev.rapport.core.Grounding;
import dev.rapport.core.Intervention;
import dev.rapport.core.InterventionId;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.PlaybookStep;
import dev.rapport.core.Question;
import dev.rapport.core.Scenario;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import dev.rapport.core.Source;
import dev.rapport.core.Stage;
import dev.rapport.core.Who;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.SafetyTopic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A small, hand-built knowledge graph for the unit tests: seven signs (one a safety sign), three
 * causes (one a safety cause), four needs, the five scenarios, the six safety questions, and
 * interventions of every kind and who, with the contraindications the content uses. Variants
 * leave out a safeguard so the belt-and-braces filters can be seen working.
 */
final class Fixtures {
  static final Source SOURCE = new Source("guide", "A guide to connection", Optional.of("A. Writer"));
  static final List<Citation> CITED = List.of(new Citation(SOURCE, "Part one"));

  private Fixtures() {}

  /** The standard fixture. */
  static KnowledgeBase kb() {
    return builder(false).build();
  }

  /**
   * The fixture with couples therapy missing its safety contraindication, so only the id filter
   * and the who filter stand between it, or the couple habit {@code gentle-touch} (which has no
   * contraindication in any variant), and a safety case.
   */
  static KnowledgeBase leakyKb() {
    return builder(true).build();
  }

  static Assessment assessment() {
    return Assessment.of(kb());
  }

  static KnowledgeBase.Builder builder(boolean leaky) {
    KnowledgeBase.Builder kb = KnowledgeBase.builder().contentVersion("test-1").addSource(SOURCE);
    for (String need : List.of("being-heard", "affection", "emotional-safety", "quality-time")) {
      kb.add(new Need(NeedId.of(need), title(need), "The need for " + need + ".", CITED));
    }
    sign(kb, "lonely-together", false, 2);
    sign(kb, "dismissed-bids", false, 1);
    sign(kb, "shutting-down", false, 1);
    sign(kb, "diminished-intimacy", false, 1);
    sign(kb, "eroding-self-worth", false, 1);
    sign(kb, "partner-wants-to-leave", false, 1);
    sign(kb, "fear-of-partner", true, 1);
    stated(kb, SignId.of("lonely-together"), NeedId.of("being-heard"), 0.8);
    editorial(kb, SignId.of("lonely-together"), NeedId.of("quality-time"), 0.6);
    stated(kb, SignId.of("dismissed-bids"), NeedId.of("being-heard"), 1.0);
    stated(kb, SignId.of("shutting-down"), NeedId.of("emotional-safety"), 0.8);
    stated(kb, SignId.of("diminished-intimacy"), NeedId.of("affection"), 1.0);
    editorial(kb, SignId.of("eroding-self-worth"), NeedId.of("emotional-safety"), 0.5);
    editorial(kb, SignId.of("partner-wants-to-leave"), NeedId.of("affection"), 0.5);
    stated(kb, SignId.of("fear-of-partner"), NeedId.of("emotional-safety"), 1.0);

    cause(kb, "work-stress", "context-work-stress", false);
    cause(kb, "routine-and-complacency", "context-routine", false);
    cause(kb, "abuse", "context-abuse", true);
    stated(kb, CauseId.of("work-stress"), SignId.of("shutting-down"), 0.8);
    editorial(kb, CauseId.of("work-stress"), SignId.of("lonely-together"), 0.4);
    stated(kb, CauseId.of("routine-and-complacency"), SignId.of("lonely-together"), 0.6);
    stated(kb, CauseId.of("routine-and-complacency"), SignId.of("diminished-intimacy"), 0.5);
    stated(kb, CauseId.of("abuse"), SignId.of("fear-of-partner"), 1.0);

    Condition[] couple = {Condition.SAFETY_CONCERN};
    intervention(kb, "safety-support", Who.PROFESSIONAL, InterventionKind.PROFESSIONAL,
        Cadence.ONCE, Stage.STABILISE);
    stated(kb, iv("safety-support"), CauseId.of("abuse"), 1.0);
    stated(kb, iv("safety-support"), SignId.of("fear-of-partner"), 1.0);
    intervention(kb, "individual-therapy", Who.PROFESSIONAL, InterventionKind.PROFESSIONAL,
        Cadence.WEEKLY, Stage.STABILISE);
    stated(kb, iv("individual-therapy"), SignId.of("eroding-self-worth"), 0.8);
    if (leaky) {
      intervention(kb, "couples-therapy", Who.PROFESSIONAL, InterventionKind.PROFESSIONAL,
          Cadence.WEEKLY, Stage.OPEN_UP);
    } else {
      intervention(kb, "couples-therapy", Who.PROFESSIONAL, InterventionKind.PROFESSIONAL,
          Cadence.WEEKLY, Stage.OPEN_UP, couple);
    }
    stated(kb, iv("couples-therapy"), SignId.of("lonely-together"), 0.5);
    stated(kb, iv("couples-therapy"), NeedId.of("being-heard"), 0.5);
    intervention(kb, "active-listening", Who.COUPLE, InterventionKind.CONVERSATION,
        Cadence.WEEKLY, Stage.OPEN_UP, couple);
    stated(kb, iv("active-listening"), NeedId.of("being-heard"), 1.0);
    editorial(kb, iv("active-listening"), SignId.of("dismissed-bids"), 0.8);
    intervention(kb, "empathetic-inquiry", Who.COUPLE, InterventionKind.CONVERSATION,
        Cadence.ONCE, Stage.OPEN_UP, couple);
    stated(kb, iv("empathetic-inquiry"), SignId.of("partner-wants-to-leave"), 0.7);
    intervention(kb, "date-night", Who.COUPLE, InterventionKind.ACTIVITY, Cadence.WEEKLY,
        Stage.RECONNECT, Condition.SAFETY_CONCERN, Condition.PARTNER_WANTS_TO_LEAVE);
    stated(kb, iv("date-night"), NeedId.of("quality-time"), 1.0);
    stated(kb, iv("date-night"), SignId.of("lonely-together"), 0.6);
    // A couple habit with no contraindication at all: only the who filter keeps it out.
    intervention(kb, "gentle-touch", Who.COUPLE, InterventionKind.HABIT, Cadence.DAILY,
        Stage.RECONNECT);
    editorial(kb, iv("gentle-touch"), NeedId.of("affection"), 1.0);
    intervention(kb, "rekindle-romance", Who.COUPLE, InterventionKind.ACTIVITY, Cadence.WEEKLY,
        Stage.RECONNECT, Condition.SAFETY_CONCERN, Condition.PARTNER_WANTS_TO_LEAVE);
    stated(kb, iv("rekindle-romance"), NeedId.of("affection"), 0.8);
    intervention(kb, "give-space", Who.COUPLE, InterventionKind.BOUNDARY, Cadence.ONCE,
        Stage.STABILISE, couple);
    stated(kb, iv("give-space"), SignId.of("partner-wants-to-leave"), 0.6);
    intervention(kb, "weekly-check-in", Who.COUPLE, InterventionKind.HABIT, Cadence.WEEKLY,
        Stage.SUSTAIN, couple);
    stated(kb, iv("weekly-check-in"), NeedId.of("being-heard"), 0.6);
    intervention(kb, "self-care", Who.SELF, InterventionKind.SELF_CARE, Cadence.DAILY,
        Stage.STABILISE);
    stated(kb, iv("self-care"), SignId.of("eroding-self-worth"), 0.6);
    editorial(kb, iv("self-care"), CauseId.of("work-stress"), 0.3);
    intervention(kb, "step-back-and-breathe", Who.SELF, InterventionKind.SELF_CARE,
        Cadence.ONCE, Stage.STABILISE);
    stated(kb, iv("step-back-and-breathe"), SignId.of("partner-wants-to-leave"), 0.8);
    intervention(kb, "self-reflection", Who.SELF, InterventionKind.SELF_CARE, Cadence.ONCE,
        Stage.STABILISE, Condition.SELF_HARM_RISK);
    stated(kb, iv("self-reflection"), SignId.of("partner-wants-to-leave"), 0.6);
    intervention(kb, "create-emotional-safety", Who.SELF, InterventionKind.CONVERSATION,
        Cadence.DAILY, Stage.OPEN_UP);
    stated(kb, iv("create-emotional-safety"), NeedId.of("emotional-safety"), 1.0);
    stated(kb, iv("create-emotional-safety"), SignId.of("shutting-down"), 0.8);
    stated(kb, iv("create-emotional-safety"), CauseId.of("work-stress"), 0.5);
    intervention(kb, "set-boundaries", Who.SELF, InterventionKind.BOUNDARY, Cadence.ONCE,
        Stage.SUSTAIN);
    stated(kb, iv("set-boundaries"), SignId.of("partner-wants-to-leave"), 0.5);
    editorial(kb, iv("set-boundaries"), NeedId.of("emotional-safety"), 0.3);
    intervention(kb, "gratitude-practice", Who.SELF, InterventionKind.HABIT, Cadence.DAILY,
        Stage.SUSTAIN);
    editorial(kb, iv("gratitude-practice"), NeedId.of("being-heard"), 0.3);
    intervention(kb, "check-in-with-yourself", Who.SELF, InterventionKind.HABIT, Cadence.DAILY,
        Stage.STABILISE);
    stated(kb, iv("check-in-with-yourself"), SignId.of("eroding-self-worth"), 0.4);
    editorial(kb, iv("check-in-with-yourself"), SignId.of("lonely-together"), 0.3);
    intervention(kb, "be-present", Who.SELF, InterventionKind.HABIT, Cadence.DAILY,
        Stage.RECONNECT);
    stated(kb, iv("be-present"), SignId.of("dismissed-bids"), 0.6);
    stated(kb, iv("be-present"), SignId.of("lonely-together"), 0.5);

    scenario(kb, "safety-concern", step("Safety first", "safety-support"),
        step("Look after yourself", "self-care", "individual-therapy"));
    scenario(kb, "partner-wants-to-leave",
        step("Pause", "step-back-and-breathe"),
        step("Self-care and reflection", "self-care", "self-reflection"),
        step("Listen with empathy", "empathetic-inquiry"),
        step("Give each other space", "give-space"),
        step("Warmth where welcome", "rekindle-romance"),
        step("Boundaries", "set-boundaries"));
    scenario(kb, "partner-unwilling", step("Lead the change", "create-emotional-safety", "self-care"));
    scenario(kb, "withdrawn-under-stress", step("Make it safe", "create-emotional-safety"));
    scenario(kb, "emotional-neglect", step("Listen", "active-listening", "be-present"));

    kb.addSafetyQuestion(new SafetyQuestion("safety-fear", SafetyTopic.FEAR, "I feel afraid of my partner."));
    kb.addSafetyQuestion(new SafetyQuestion("safety-harm", SafetyTopic.HARM, "My partner has hurt me."));
    kb.addSafetyQuestion(new SafetyQuestion("safety-threat", SafetyTopic.THREAT, "My partner has threatened me."));
    kb.addSafetyQuestion(new SafetyQuestion("safety-control", SafetyTopic.CONTROL, "My partner controls money or my phone."));
    kb.addSafetyQuestion(new SafetyQuestion("safety-silence", SafetyTopic.PUNISHING_SILENCE, "My partner uses silence to punish me."));
    kb.addSafetyQuestion(new SafetyQuestion("safety-self-harm", SafetyTopic.SELF_HARM, "I have thoughts of harming myself."));

    resource(kb, "intl-emergency", "INTL", HelpKind.EMERGENCY);
    resource(kb, "intl-crisis", "INTL", HelpKind.CRISIS);
    resource(kb, "intl-abuse", "INTL", HelpKind.DOMESTIC_ABUSE);
    resource(kb, "intl-counselling", "INTL", HelpKind.COUNSELLING);
    resource(kb, "uk-abuse", "UK", HelpKind.DOMESTIC_ABUSE);
    resource(kb, "uk-crisis", "UK", HelpKind.CRISIS);
    return kb;
  }

  static InterventionId iv(String slug) {
    return InterventionId.of(slug);
  }

  static String title(String slug) {
    String words = slug.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static void sign(KnowledgeBase.Builder kb, String id, boolean safety, int statements) {
    List<Question> questions = new ArrayList<>();
    for (int i = 1; i <= statements; i++) {
      questions.add(new Question(id + "-" + i, "Statement " + i + " about " + id + "."));
    }
    kb.add(new Sign(SignId.of(id), title(id), "The sign " + id + ".", questions, safety, CITED));
  }

  private static void cause(KnowledgeBase.Builder kb, String id, String question, boolean safety) {
    kb.add(
        new Cause(
            CauseId.of(id),
            title(id),
            "The cause " + id + ".",
            Optional.of(new Question(question, "Is " + id + " part of it?")),
            safety,
            CITED));
  }

  private static void intervention(
      KnowledgeBase.Builder kb,
      String id,
      Who who,
      InterventionKind kind,
      Cadence cadence,
      Stage stage,
      Condition... contraindications) {
    kb.add(
        new Intervention(
            iv(id),
            title(id),
            "The intervention " + id + ".",
            who,
            kind,
            cadence,
            15,
            stage,
            List.of("Do " + id + "."),
            Arrays.stream(contraindications)
                .map(c -> new Contraindication(c, "Not advised here."))
                .toList(),
            // a list of its own, as content read from a file has: the writer keeps renderings
            // of each list it meets, so a list shared by every fixture would be rendered once
            new ArrayList<>(CITED)));
  }

  private static PlaybookStep step(String title, String... interventions) {
    return new PlaybookStep(
        title, "Step: " + title + ".", Arrays.stream(interventions).map(Fixtures::iv).toList());
  }

  private static void scenario(KnowledgeBase.Builder kb, String id, PlaybookStep... steps) {
    kb.add(new Scenario(ScenarioId.of(id), title(id), "The scenario " + id + ".", List.of(steps), CITED));
  }

  private static void resource(KnowledgeBase.Builder kb, String id, String region, HelpKind kind) {
    kb.addResource(
        new HelpResource(
            id, region, kind, title(id), "000", "Help: " + id + ".", Optional.empty(),
            LocalDate.of(2026, 11, 23)));
  }

  private static void stated(KnowledgeBase.Builder kb, EntityId<?> from, EntityId<?> to, double w) {
    kb.relate(from, to, w, Grounding.STATED, CITED);
  }

  private static void editorial(KnowledgeBase.Builder kb, EntityId<?> from, EntityId<?> to, double w) {
    kb.relate(from, to, w, Grounding.EDITORIAL, List.of());
  }
}
