package dev.rapport.core;

import static dev.rapport.core.Fixtures.APART;
import static dev.rapport.core.Fixtures.CITED;
import static dev.rapport.core.Fixtures.DATE;
import static dev.rapport.core.Fixtures.HEARD;
import static dev.rapport.core.Fixtures.LISTEN;
import static dev.rapport.core.Fixtures.LONELY;
import static dev.rapport.core.Fixtures.NEGLECT;
import static dev.rapport.core.Fixtures.TIME;
import static dev.rapport.core.Fixtures.WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.Story;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = Fixtures.smallGraph().build();

  @Test
  void find_knownId_returnsTheTypedEntity() {
    Optional<Sign> sign = kb.find(LONELY);

    assertEquals("Sign lonely-together", sign.orElseThrow().name());
  }

  @Test
  void find_unknownId_isEmpty() {
    assertTrue(kb.find(SignId.of("no-such-sign")).isEmpty());
  }

  @Test
  void require_unknownId_throwsNamingTheKindAndId() {
    var e = assertThrows(NoSuchElementException.class, () -> kb.require(CauseId.of("nope")));

    assertEquals("no cause with id 'nope'", e.getMessage());
  }

  @Test
  void lists_areInIdOrder() {
    assertEquals(List.of(APART, LONELY), kb.signs().stream().map(Sign::id).toList());
    assertEquals(List.of(HEARD, TIME), kb.needs().stream().map(Need::id).toList());
    assertEquals(List.of(LISTEN, DATE), kb.interventions().stream().map(Intervention::id).toList());
    assertEquals(List.of(APART, LONELY), kb.entities(EntityKind.SIGN).stream().map(Entity::id).toList());
  }

  @Test
  void needsBehind_sign_areStrongestFirst() {
    assertEquals(
        List.of(TIME, HEARD), kb.needsBehind(LONELY).stream().map(Relation::to).toList());
    assertEquals(List.of(0.8, 0.6), kb.needsBehind(LONELY).stream().map(Relation::weight).toList());
  }

  @Test
  void signsShowing_need_areStrongestFirst() {
    assertEquals(List.of(APART, LONELY), kb.signsShowing(TIME).stream().map(Relation::from).toList());
  }

  @Test
  void signsProducedBy_andCausesOf_agree() {
    assertEquals(List.of(APART, LONELY), kb.signsProducedBy(WORK).stream().map(Relation::to).toList());
    assertEquals(List.of(WORK), kb.causesOf(APART).stream().map(Relation::from).toList());
  }

  @Test
  void interventionsFor_target_listsOnlyInterventions() {
    assertEquals(List.of(DATE), kb.interventionsFor(APART).stream().map(Relation::from).toList());
    assertEquals(List.of(LISTEN), kb.interventionsFor(HEARD).stream().map(Relation::from).toList());
    assertEquals(List.of(), kb.interventionsFor(WORK));
  }

  @Test
  void addressedBy_intervention_isStrongestFirst() {
    assertEquals(List.of(TIME, APART), kb.addressedBy(DATE).stream().map(Relation::to).toList());
  }

  @Test
  void relations_haveTheirGrounding() {
    Relation editorial = kb.needsBehind(LONELY).get(0);

    assertEquals(Grounding.EDITORIAL, editorial.grounding());
    assertEquals(Grounding.STATED, kb.needsBehind(LONELY).get(1).grounding());
  }

  @Test
  void citations_ofAnEntity_nameTheSource() {
    assertEquals(CITED, kb.citations(DATE));
    assertEquals("A Guide", kb.citations(DATE).get(0).source().title());
  }

  @Test
  void playbook_ofScenario_keepsItsOrder() {
    assertEquals(List.of(LISTEN, DATE), kb.playbook(NEGLECT).get(0).interventions());
  }

  @Test
  void resourcesFor_region_listsItsOwnByKindThenTheInternationalOnes() {
    assertEquals(
        List.of("us-emergency", "us-crisis", "intl-helplines"),
        kb.resourcesFor("us").stream().map(HelpResource::id).toList());
    assertEquals(
        List.of("intl-helplines"), kb.resourcesFor("FR").stream().map(HelpResource::id).toList());
    assertEquals(
        List.of("intl-helplines"), kb.resourcesFor("INTL").stream().map(HelpResource::id).toList());
  }

  @Test
  void builtBase_isUnchangedByLaterUseOfItsBuilder() {
    KnowledgeBase.Builder builder = Fixtures.smallGraph();
    KnowledgeBase first = builder.build();

    builder.add(Fixtures.need(NeedId.of("trust")));

    assertEquals(2, first.needs().size());
  }

  @Test
  void returnedLists_areImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> kb.signs().clear());
    assertThrows(UnsupportedOperationException.class, () -> kb.relations().clear());
    assertThrows(UnsupportedOperationException.class, () -> kb.from(LONELY).clear());
  }

  @Test
  void lists_ofEveryKind_holdWhatWasAddedInIdOrder() {
    KnowledgeBase kb =
        Fixtures.smallGraph()
            .addFaq(Fixtures.faq("why-quiet", CITED))
            .addFaq(Fixtures.faq("why-apart", CITED))
            .addMisconception(Fixtures.misconception("just-a-phase", CITED))
            .addLetter(Fixtures.letter("first-letter", CITED))
            .build();

    assertEquals(List.of(Fixtures.cause(WORK)), kb.causes());
    assertEquals(List.of(Fixtures.scenario(NEGLECT, LISTEN, DATE)), kb.scenarios());
    assertEquals(List.of("an-evening"), kb.stories().stream().map(Story::id).toList());
    assertEquals(List.of("why-apart", "why-quiet"), kb.faqs().stream().map(Faq::id).toList());
    assertEquals(
        List.of("just-a-phase"), kb.misconceptions().stream().map(Misconception::id).toList());
    assertEquals(List.of("put-phones-away"), kb.habits().stream().map(DailyHabit::id).toList());
    assertEquals(
        List.of("best-part"), kb.prompts().stream().map(ConversationPrompt::id).toList());
    assertEquals(List.of("first-letter"), kb.letters().stream().map(LetterTemplate::id).toList());
    assertEquals(
        List.of("intl-helplines", "us-crisis", "us-emergency"),
        kb.resources().stream().map(HelpResource::id).toList());
    assertEquals(
        List.of("safety-fear"), kb.safetyQuestions().stream().map(SafetyQuestion::id).toList());
  }

  @Test
  void locale_isEnglishUnlessTheBuilderSetsAnother() {
    assertEquals(Locale.ENGLISH, Fixtures.smallGraph().build().locale());
    assertEquals(Locale.FRENCH, Fixtures.smallGraph().locale(Locale.FRENCH).build().locale());
  }

  @Test
  void relate_aRelationRecord_addsItAndChains() {
    Relation relation = new Relation(APART, HEARD, 0.3, Grounding.EDITORIAL, List.of());

    KnowledgeBase kb = Fixtures.smallGraph().relate(relation).contentVersion("test-2").build();

    assertTrue(kb.relations().contains(relation));
    assertEquals("test-2", kb.contentVersion());
  }
}
