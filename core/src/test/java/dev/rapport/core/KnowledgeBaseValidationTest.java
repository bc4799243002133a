package dev.rapport.core;

import static dev.rapport.core.Fixtures.APART;
import static dev.rapport.core.Fixtures.CITED;
import static dev.rapport.core.Fixtures.DATE;
import static dev.rapport.core.Fixtures.HEARD;
import static dev.rapport.core.Fixtures.LONELY;
import static dev.rapport.core.Fixtures.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.PromptKind;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.SafetyTopic;
import dev.rapport.core.material.Story;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rule of {@link KnowledgeBase.Builder#build()}, each with its exact message. */
class KnowledgeBaseValidationTest {

  private static List<String> problems(KnowledgeBase.Builder builder) {
    var e = assertThrows(KnowledgeBaseException.class, builder::build);
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void build_smallGraph_succeeds() {
    assertEquals("test-1", Fixtures.smallGraph().build().contentVersion());
  }

  @Test
  void build_withoutVersion_isRejected() {
    assertEquals(
        List.of("pack: content version is not set"),
        problems(Fixtures.smallGraph().contentVersion(" ")));
  }

  @Test
  void build_duplicateEntity_isRejectedWithItsCount() {
    assertEquals(
        List.of("need:being-heard: is defined 2 times"),
        problems(Fixtures.smallGraph().add(Fixtures.need(HEARD))));
  }

  @Test
  void build_duplicateQuestionIdAcrossKinds_isRejected() {
    var builder =
        Fixtures.smallGraph()
            .addSafetyQuestion(
                new SafetyQuestion("lonely-together-1", SafetyTopic.HARM, "I have been hurt."));

    assertEquals(List.of("question:lonely-together-1: is defined 2 times"), problems(builder));
  }

  @Test
  void build_sourceOrMaterialDefinedTwice_isRejectedNamingEachOne() {
    var builder =
        Fixtures.smallGraph()
            .addSource(Fixtures.SOURCE)
            .addStory(
                new Story("an-evening", "Again", "Text.", List.of(LONELY), List.of(), List.of(),
                    CITED))
            .addFaq(Fixtures.faq("why-quiet", CITED))
            .addFaq(Fixtures.faq("why-quiet", CITED))
            .addMisconception(Fixtures.misconception("just-a-phase", CITED))
            .addMisconception(Fixtures.misconception("just-a-phase", CITED))
            .addHabit(new DailyHabit("put-phones-away", "Again", "Again.", List.of(DATE), CITED))
            .addPrompt(
                new ConversationPrompt("best-part", PromptKind.CHECK_IN_QUESTION, "Again?",
                    List.of(HEARD), CITED))
            .addLetter(Fixtures.letter("first-letter", CITED))
            .addLetter(Fixtures.letter("first-letter", CITED))
            .addResource(Fixtures.resource("us-crisis", "US", HelpKind.CRISIS));

    assertEquals(
        List.of(
            "source:guide: is defined 2 times",
            "story:an-evening: is defined 2 times",
            "faq:why-quiet: is defined 2 times",
            "misconception:just-a-phase: is defined 2 times",
            "habit:put-phones-away: is defined 2 times",
            "prompt:best-part: is defined 2 times",
            "letter:first-letter: is defined 2 times",
            "resource:us-crisis: is defined 2 times"),
        problems(builder));
  }

  @Test
  void build_causeQuestionWithTheIdOfAStatement_isRejected() {
    var builder =
        Fixtures.smallGraph()
            .add(
                new Cause(CauseId.of("money"), "Money", "About money",
                    Optional.of(new Question("lonely-together-1", "Is money tight?")), false,
                    CITED))
            .relate(CauseId.of("money"), LONELY, 0.5, Grounding.EDITORIAL, List.of());

    assertEquals(List.of("question:lonely-together-1: is defined 2 times"), problems(builder));
  }

  @Test
  void build_materialWithoutCitationsOrWithUnknownSources_isRejectedNamingEachItem() {
    List<Citation> unknown = List.of(new Citation(Source.of("other", "Other"), "Intro"));
    var builder =
        Fixtures.smallGraph()
            .relate(APART, HEARD, 0.3, Grounding.EDITORIAL, unknown)
            .addStory(
                new Story("sarah", "Sarah", "Text.", List.of(LONELY), List.of(), List.of(),
                    List.of()))
            .addFaq(Fixtures.faq("why-quiet", List.of()))
            .addMisconception(Fixtures.misconception("just-a-phase", List.of()))
            .addHabit(new DailyHabit("walk", "Walk", "Walk together.", List.of(DATE), List.of()))
            .addPrompt(
                new ConversationPrompt("ask", PromptKind.CHECK_IN_QUESTION, "How?",
                    List.of(HEARD), unknown))
            .addLetter(Fixtures.letter("first-letter", List.of()));

    assertEquals(
        List.of(
            "sign:living-separate-lives -> need:being-heard: cites unknown source 'other'",
            "story:sarah: cites no source",
            "faq:why-quiet: cites no source",
            "misconception:just-a-phase: cites no source",
            "habit:walk: cites no source",
            "prompt:ask: cites unknown source 'other'",
            "letter:first-letter: cites no source"),
        problems(builder));
  }

  @Test
  void build_storyCauseOrHabitInterventionUnknown_isRejected() {
    var builder =
        Fixtures.smallGraph()
            .addStory(new Story("sarah", "Sarah", "Text", List.of(LONELY),
                List.of(CauseId.of("ghost")), List.of(), CITED))
            .addHabit(new DailyHabit("walk", "Walk", "Walk together.",
                List.of(InterventionId.of("nothing")), CITED));

    assertEquals(
        List.of(
            "story:sarah: names unknown cause 'ghost'",
            "habit:walk: names unknown intervention 'nothing'"),
        problems(builder));
  }

  @Test
  void build_duplicateRelation_isRejected() {
    var builder = Fixtures.smallGraph().relate(LONELY, HEARD, 0.3, Grounding.EDITORIAL, List.of());

    assertEquals(
        List.of("sign:lonely-together -> need:being-heard: is defined 2 times"), problems(builder));
  }

  @Test
  void build_unknownSource_isRejected() {
    Source other = Source.of("other", "Other");
    var builder =
        Fixtures.smallGraph()
            .add(new Need(NeedId.of("trust"), "Trust", "Kept promises",
                List.of(new Citation(other, "Intro"))))
            .relate(LONELY, NeedId.of("trust"), 0.5, Grounding.EDITORIAL, List.of());

    assertEquals(List.of("need:trust: cites unknown source 'other'"), problems(builder));
  }

  @Test
  void build_entityWithoutCitation_isRejected() {
    var builder =
        Fixtures.smallGraph()
            .add(new Need(NeedId.of("trust"), "Trust", "Kept promises", List.of()))
            .relate(LONELY, NeedId.of("trust"), 0.5, Grounding.EDITORIAL, List.of());

    assertEquals(List.of("need:trust: cites no source"), problems(builder));
  }

  @Test
  void build_danglingRelationEnd_isRejected() {
    var builder = Fixtures.smallGraph().relate(LONELY, NeedId.of("trust"), 0.5, Grounding.EDITORIAL, List.of());

    assertEquals(
        List.of("sign:lonely-together: has a relation to need:trust, which is not defined"),
        problems(builder));
  }

  @Test
  void build_danglingRelationStart_isRejected() {
    var builder = Fixtures.smallGraph().relate(SignId.of("ghost"), HEARD, 0.5, Grounding.EDITORIAL, List.of());

    assertEquals(
        List.of("sign:ghost: is not defined but has a relation to need:being-heard"),
        problems(builder));
  }

  @Test
  void build_wrongKinds_isRejected() {
    var builder = Fixtures.smallGraph().relate(LONELY, WORK, 0.5, Grounding.EDITORIAL, List.of());

    assertEquals(
        List.of("sign:lonely-together: a sign may not point to a cause (cause:work-stress)"),
        problems(builder));
  }

  @Test
  void build_weightOutOfRange_isReportedWithTheOthers() {
    var builder =
        Fixtures.smallGraph()
            .contentVersion("")
            .relate(WORK, LONELY, 1.5, Grounding.EDITORIAL, List.of());

    assertEquals(
        List.of(
            "cause:work-stress: weight of cause:work-stress -> sign:lonely-together must be in (0, 1] but was 1.5",
            "pack: content version is not set"),
        problems(builder));
  }

  @Test
  void build_statedRelationWithoutCitation_isRejected() {
    var builder = Fixtures.smallGraph().relate(DATE, WORK, 0.5, Grounding.STATED, List.of());

    assertEquals(
        List.of(
            "intervention:date-night: stated relation intervention:date-night -> cause:work-stress must cite a source"),
        problems(builder));
  }

  @Test
  void build_signWithoutNeed_isRejected() {
    assertEquals(
        List.of("sign:eroding-self-worth: points to no need"),
        problems(Fixtures.smallGraph().add(Fixtures.sign(SignId.of("eroding-self-worth")))));
  }

  @Test
  void build_needShownByNoSign_isRejected() {
    assertEquals(
        List.of("need:trust: is shown by no sign"),
        problems(Fixtures.smallGraph().add(Fixtures.need(NeedId.of("trust")))));
  }

  @Test
  void build_causeProducingNoSign_isRejected() {
    assertEquals(
        List.of("cause:financial-strain: produces no sign"),
        problems(Fixtures.smallGraph().add(Fixtures.cause(CauseId.of("financial-strain")))));
  }

  @Test
  void build_interventionAddressingNothing_isRejected() {
    assertEquals(
        List.of("intervention:self-care: addresses nothing"),
        problems(
            Fixtures.smallGraph()
                .add(Fixtures.intervention(InterventionId.of("self-care"), Who.SELF))));
  }

  @Test
  void build_emptyPlaybookAndUnknownStepIntervention_areRejected() {
    var builder =
        Fixtures.smallGraph()
            .add(new Scenario(ScenarioId.of("partner-unwilling"), "Unwilling", "About", List.of(), CITED))
            .add(Fixtures.scenario(ScenarioId.of("safety-concern"), InterventionId.of("safety-support")));

    assertEquals(
        List.of(
            "scenario:partner-unwilling: has an empty playbook",
            "scenario:safety-concern: playbook step 'Start' names unknown intervention 'safety-support'"),
        problems(builder));
  }

  @Test
  void build_materialNamingUnknownEntities_isRejected() {
    var builder =
        Fixtures.smallGraph()
            .addStory(new Story("sarah", "Sarah", "Text", List.of(SignId.of("ghost")),
                List.of(), List.of(InterventionId.of("nothing")), CITED))
            .addPrompt(new ConversationPrompt("ask", PromptKind.CHECK_IN_QUESTION, "How?",
                List.of(NeedId.of("missing")), List.of()));

    assertEquals(
        List.of(
            "story:sarah: names unknown sign 'ghost'",
            "story:sarah: names unknown intervention 'nothing'",
            "prompt:ask: names unknown need 'missing'"),
        problems(builder));
  }

  @Test
  void build_manyProblems_reportsEveryOneInTheMessage() {
    var builder =
        Fixtures.smallGraph()
            .contentVersion("")
            .add(Fixtures.need(HEARD))
            .relate(APART, WORK, 0.5, Grounding.EDITORIAL, List.of());

    var e = assertThrows(KnowledgeBaseException.class, builder::build);

    assertEquals(
        "knowledge base has 3 problems\n"
            + "- pack: content version is not set\n"
            + "- need:being-heard: is defined 2 times\n"
            + "- sign:living-separate-lives: a sign may not point to a cause (cause:work-stress)",
        e.getMessage());
  }

  @Test
  void build_sourceWithAuthor_keepsIt() {
    assertEquals(Optional.of("A. Author"), Fixtures.smallGraph().build().sources().get(0).author());
  }
}
