package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.LetterVariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void signId_badSlug_isRejectedWithTheValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> SignId.of("Lonely Together"));

    assertEquals("sign id must be lower-case kebab-case but was 'Lonely Together'", e.getMessage());
  }

  @Test
  void ids_ofDifferentKinds_withTheSameSlug_differ() {
    assertFalse(SignId.of("partner-wants-to-leave").equals(ScenarioId.of("partner-wants-to-leave")));
    assertEquals("partner-wants-to-leave", SignId.of("partner-wants-to-leave").toString());
  }

  @Test
  void parseReference_unknownKind_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> EntityId.parseReference("mood:low"));

    assertEquals(
        "kind must be one of need, sign, cause, intervention, scenario but was 'mood'", e.getMessage());
  }

  @Test
  void parseReference_withoutColon_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> EntityId.parseReference("low"));

    assertEquals("reference must look like kind:slug but was 'low'", e.getMessage());
  }

  @Test
  void relation_zeroWeight_isRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Relation(Fixtures.LONELY, Fixtures.HEARD, 0, Grounding.EDITORIAL, List.of()));

    assertEquals(
        "weight of sign:lonely-together -> need:being-heard must be in (0, 1] but was 0.0",
        e.getMessage());
  }

  @Test
  void relation_nanWeight_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Relation(Fixtures.LONELY, Fixtures.HEARD, Double.NaN, Grounding.EDITORIAL, List.of()));
  }

  @Test
  void need_blankName_isRejectedNamingTheNeed() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Need(Fixtures.HEARD, "  ", "About", Fixtures.CITED));

    assertEquals("name of need being-heard must not be blank", e.getMessage());
  }

  @Test
  void need_text_isStripped() {
    assertEquals("Heard", new Need(Fixtures.HEARD, " Heard\n", "About", Fixtures.CITED).name());
  }

  @Test
  void intervention_withoutSteps_isRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Intervention(
                    Fixtures.DATE, "Date", "About", Who.COUPLE, InterventionKind.ACTIVITY,
                    Cadence.WEEKLY, 60, Stage.RECONNECT, List.of(), List.of(), Fixtures.CITED));

    assertEquals("intervention date-night must have at least one step", e.getMessage());
  }

  @Test
  void intervention_zeroEffort_isRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Intervention(
                    Fixtures.DATE, "Date", "About", Who.COUPLE, InterventionKind.ACTIVITY,
                    Cadence.WEEKLY, 0, Stage.RECONNECT, List.of("Plan"), List.of(), Fixtures.CITED));

    assertEquals("effort of intervention date-night must be at least 1 minute but was 0", e.getMessage());
  }

  @Test
  void intervention_contraindication_isFound() {
    Intervention date = Fixtures.intervention(Fixtures.DATE, Who.COUPLE);

    assertTrue(date.isContraindicatedIn(Condition.SAFETY_CONCERN));
    assertFalse(date.isContraindicatedIn(Condition.PARTNER_UNWILLING));
  }

  @Test
  void records_copyTheirLists() {
    List<Citation> citations = new ArrayList<>(Fixtures.CITED);
    Need need = new Need(Fixtures.HEARD, "Heard", "About", citations);

    citations.clear();

    assertEquals(1, need.citations().size());
  }

  @Test
  void source_blankAuthor_isRejected() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new Source("guide", "Guide", Optional.of(" ")));

    assertEquals("source author must not be blank", e.getMessage());
  }

  @Test
  void question_badId_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> new Question("Q 1", "Text"));

    assertEquals("question id must be lower-case kebab-case but was 'Q 1'", e.getMessage());
  }

  @Test
  void parseReference_emptyKind_isRejectedAsNotKindColonSlug() {
    var e = assertThrows(IllegalArgumentException.class, () -> EntityId.parseReference(":low"));

    assertEquals("reference must look like kind:slug but was ':low'", e.getMessage());
  }

  @Test
  void ids_compareBySlug() {
    assertTrue(NeedId.of("a").compareTo(NeedId.of("b")) < 0);
    assertTrue(SignId.of("b").compareTo(SignId.of("a")) > 0);
    assertTrue(CauseId.of("a").compareTo(CauseId.of("b")) < 0);
    assertTrue(InterventionId.of("b").compareTo(InterventionId.of("a")) > 0);
    assertTrue(ScenarioId.of("a").compareTo(ScenarioId.of("b")) < 0);
    assertEquals(0, NeedId.of("a").compareTo(NeedId.of("a")));
  }

  @Test
  void intervention_oneMinuteEffort_isTheLeastAccepted() {
    Intervention intervention = withEffort(1);

    assertEquals(1, intervention.effortMinutes());
  }

  @Test
  void intervention_steps_areKeptStripped() {
    Intervention intervention =
        new Intervention(
            Fixtures.DATE, "Date", "About", Who.COUPLE, InterventionKind.ACTIVITY,
            Cadence.WEEKLY, 30, Stage.RECONNECT, List.of("  Plan it ", "Go"), List.of(),
            Fixtures.CITED);

    assertEquals(List.of("Plan it", "Go"), intervention.steps());
  }

  @Test
  void source_author_isKeptStripped() {
    Source source = new Source("guide", "A Guide", Optional.of("  A. Author "));

    assertEquals(Optional.of("A. Author"), source.author());
  }

  @Test
  void knowledgeBaseException_withoutProblems_isRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> new KnowledgeBaseException(List.of()));

    assertEquals("an exception needs at least one problem", e.getMessage());
  }

  @Test
  void letter_withoutSections_isRejectedNamingIt() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new LetterTemplate(
                    "first-letter", LetterVariant.RECONNECT, "Letter", "About", List.of(),
                    Fixtures.CITED));

    assertEquals("letter first-letter must have at least one section", e.getMessage());
  }

  @Test
  void resource_lowerCaseRegion_isRejectedWithTheValue() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HelpResource("us-crisis", "us", HelpKind.CRISIS, "Name", "000", "Help",
                    Optional.empty(), LocalDate.of(2026, 11, 23)));

    assertEquals(
        "region of resource us-crisis must be upper-case letters but was us", e.getMessage());
  }

  private static Intervention withEffort(int minutes) {
    return new Intervention(
        Fixtures.DATE, "Date", "About", Who.COUPLE, InterventionKind.ACTIVITY, Cadence.WEEKLY,
        minutes, Stage.RECONNECT, List.of("Go"), List.of(), Fixtures.CITED);
  }
}
