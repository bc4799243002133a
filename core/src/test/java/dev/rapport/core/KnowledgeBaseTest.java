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

import dev.rapport.core.material.HelpResource;
import java.util.List;
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
}
