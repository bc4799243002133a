package dev.rapport.core;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterSection;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.LetterVariant;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.PromptKind;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.SafetyTopic;
import dev.rapport.core.material.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small, named, hand-built pieces of a knowledge graph for the core tests. */
final class Fixtures {
  static final Source SOURCE = new Source("guide", "A Guide", Optional.of("A. Author"));
  static final List<Citation> CITED = List.of(new Citation(SOURCE, "Part 1"));

  static final NeedId HEARD = NeedId.of("being-heard");
  static final NeedId TIME = NeedId.of("quality-time");
  static final SignId LONELY = SignId.of("lonely-together");
  static final SignId APART = SignId.of("living-separate-lives");
  static final CauseId WORK = CauseId.of("work-stress");
  static final InterventionId DATE = InterventionId.of("date-night");
  static final InterventionId LISTEN = InterventionId.of("active-listening");
  static final ScenarioId NEGLECT = ScenarioId.of("emotional-neglect");

  private Fixtures() {}

  static Need need(NeedId id) {
    return new Need(id, "Need " + id, "About " + id, CITED);
  }

  static Sign sign(SignId id) {
    return new Sign(
        id, "Sign " + id, "About " + id, List.of(new Question(id + "-1", "I notice " + id)),
        false, CITED);
  }

  static Cause cause(CauseId id) {
    return new Cause(
        id, "Cause " + id, "About " + id,
        Optional.of(new Question("context-" + id, "Is " + id + " present?")), false, CITED);
  }

  static Intervention intervention(InterventionId id, Who who) {
    return new Intervention(
        id, "Do " + id, "About " + id, who, InterventionKind.ACTIVITY, Cadence.WEEKLY, 30,
        Stage.RECONNECT, List.of("First step", "Second step", "Third step"),
        List.of(new Contraindication(Condition.SAFETY_CONCERN, "Not while there is fear.")),
        CITED);
  }

  static Scenario scenario(ScenarioId id, InterventionId... steps) {
    return new Scenario(
        id, "Scenario " + id, "About " + id,
        List.of(new PlaybookStep("Start", "Begin here.", List.of(steps))), CITED);
  }

  /** A builder holding a small, consistent graph: two needs, two signs, a cause, two actions. */
  static KnowledgeBase.Builder smallGraph() {
    return KnowledgeBase.builder()
        .contentVersion("test-1")
        .addSource(SOURCE)
        .add(need(HEARD))
        .add(need(TIME))
        .add(sign(LONELY))
        .add(sign(APART))
        .add(cause(WORK))
        .add(intervention(DATE, Who.COUPLE))
        .add(intervention(LISTEN, Who.COUPLE))
        .add(scenario(NEGLECT, LISTEN, DATE))
        .relate(LONELY, HEARD, 0.6, Grounding.STATED, CITED)
        .relate(LONELY, TIME, 0.8, Grounding.EDITORIAL, List.of())
        .relate(APART, TIME, 1.0, Grounding.STATED, CITED)
        .relate(WORK, APART, 0.7, Grounding.STATED, CITED)
        .relate(WORK, LONELY, 0.4, Grounding.EDITORIAL, List.of())
        .relate(DATE, TIME, 0.9, Grounding.STATED, CITED)
        .relate(DATE, APART, 0.5, Grounding.EDITORIAL, List.of())
        .relate(LISTEN, HEARD, 1.0, Grounding.STATED, CITED)
        .addStory(
            new Story("an-evening", "An evening", "Two people sit apart.", List.of(LONELY),
                List.of(WORK), List.of(DATE), CITED))
        .addHabit(new DailyHabit("put-phones-away", "Phones away", "At dinner.", List.of(DATE),
            CITED))
        .addPrompt(new ConversationPrompt("best-part", PromptKind.CONVERSATION_STARTER,
            "What was the best part of your day?", List.of(HEARD), CITED))
        .addSafetyQuestion(new SafetyQuestion("safety-fear", SafetyTopic.FEAR,
            "I feel afraid of my partner."))
        .addResource(resource("us-emergency", "US", HelpKind.EMERGENCY))
        .addResource(resource("us-crisis", "US", HelpKind.CRISIS))
        .addResource(resource("intl-helplines", "INTL", HelpKind.CRISIS));
  }

  static Faq faq(String id, List<Citation> citations) {
    return new Faq(id, "Why " + id + "?", "Because of " + id + ".", citations);
  }

  static Misconception misconception(String id, List<Citation> citations) {
    return new Misconception(id, "People think " + id, "In fact " + id, citations);
  }

  static LetterTemplate letter(String id, List<Citation> citations) {
    return new LetterTemplate(
        id, LetterVariant.RECONNECT, "Letter " + id, "About " + id,
        List.of(new LetterSection("opening", "Opening", "Say hello.", "Dear you,")), citations);
  }

  static HelpResource resource(String id, String region, HelpKind kind) {
    return new HelpResource(id, region, kind, "Name " + id, "000", "Help for " + id,
        Optional.empty(), LocalDate.of(2026, 11, 23));
  }
}
