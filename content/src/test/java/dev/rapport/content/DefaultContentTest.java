package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.CauseId;
import dev.rapport.core.Condition;
import dev.rapport.core.Entity;
import dev.rapport.core.EntityId;
import dev.rapport.core.EntityKind;
import dev.rapport.core.Grounding;
import dev.rapport.core.Intervention;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Relation;
import dev.rapport.core.SignId;
import dev.rapport.core.Who;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real bundled English pack: it loads, and it keeps the contract and the pack's own rules. */
class DefaultContentTest {
  private static final KnowledgeBase KB = DefaultContent.load();

  /** The canonical ids of the vocabulary, copied into {@code canonical-ids.txt}. */
  private static List<EntityId<?>> canonicalIds() throws IOException {
    List<EntityId<?>> ids = new ArrayList<>();
    try (InputStream in = DefaultContentTest.class.getResourceAsStream("canonical-ids.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          ids.add(EntityId.parseReference(line.strip()));
        }
      }
    }
    return ids;
  }

  @Test
  void load_bundledPack_definesEveryCanonicalId() throws IOException {
    List<EntityId<?>> canonical = canonicalIds();

    List<String> missing =
        canonical.stream().filter(id -> KB.find(id).isEmpty()).map(EntityId::reference).toList();

    assertEquals(95, canonical.size());
    assertEquals(List.of(), missing);
  }

  @Test
  void load_calledTwice_returnsTheSameKnowledgeBase() {
    KnowledgeBase again = DefaultContent.load();

    assertSame(KB, again);
  }

  @Test
  void load_stampsTheVersionOfPackJsonAndEnglish() throws IOException {
    String version;
    try (InputStream in = DefaultContent.class.getResourceAsStream("en/pack.json")) {
      version = new ObjectMapper().readTree(in).get("version").textValue();
    }

    assertEquals(version, KB.contentVersion());
    assertEquals(Locale.ENGLISH, KB.locale());
  }

  @Test
  void load_everyEntityAndEveryPieceOfMaterial_citesASource() {
    List<String> uncited = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      for (Entity entity : KB.entities(kind)) {
        if (entity.citations().isEmpty()) {
          uncited.add(entity.id().reference());
        }
      }
    }
    KB.stories().stream()
        .filter(s -> s.citations().isEmpty())
        .forEach(s -> uncited.add("story:" + s.id()));
    KB.faqs().stream()
        .filter(f -> f.citations().isEmpty())
        .forEach(f -> uncited.add("faq:" + f.id()));
    KB.misconceptions().stream()
        .filter(m -> m.citations().isEmpty())
        .forEach(m -> uncited.add("misconception:" + m.id()));
    KB.habits().stream()
        .filter(h -> h.citations().isEmpty())
        .forEach(h -> uncited.add("habit:" + h.id()));
    KB.letters().stream()
        .filter(l -> l.citations().isEmpty())
        .forEach(l -> uncited.add("letter:" + l.id()));

    assertEquals(List.of(), uncited);
  }

  @Test
  void load_everyStatedRelation_citesASourceAndEveryEditorialOneStaysAtHalfOrBelow() {
    List<String> broken = new ArrayList<>();
    for (Relation relation : KB.relations()) {
      String name = relation.from().reference() + " -> " + relation.to().reference();
      if (relation.grounding() == Grounding.STATED && relation.citations().isEmpty()) {
        broken.add(name + " is stated but cites nothing");
      }
      if (relation.grounding() == Grounding.EDITORIAL && relation.weight() > 0.5) {
        broken.add(name + " is editorial but weighs " + relation.weight());
      }
    }

    assertEquals(List.of(), broken);
  }

  @Test
  void load_everyCoupleIntervention_isContraindicatedWhereThereIsFear() {
    List<String> unsafe =
        KB.interventions().stream()
            .filter(i -> i.who() == Who.COUPLE && !i.isContraindicatedIn(Condition.SAFETY_CONCERN))
            .map(i -> i.id().slug())
            .toList();

    assertEquals(List.of(), unsafe);
  }

  @Test
  void load_everyIntervention_canBeReachedFromASign() {
    Set<EntityId<?>> reachable = new HashSet<>();
    for (var sign : KB.signs()) {
      reachable.add(sign.id());
      KB.needsBehind(sign.id()).forEach(r -> reachable.add(r.to()));
      KB.causesOf(sign.id()).forEach(r -> reachable.add(r.from()));
    }

    List<String> unreachable =
        KB.interventions().stream()
            .map(Intervention::id)
            .filter(
                id -> KB.addressedBy(id).stream().map(Relation::to).noneMatch(reachable::contains))
            .map(EntityId::reference)
            .toList();

    assertEquals(List.of(), unreachable);
  }

  @Test
  void load_safetySignAndSafetyCause_areFlagged() {
    boolean fear = KB.require(SignId.of("fear-of-partner")).safety();
    boolean abuse = KB.require(CauseId.of("abuse")).safety();

    assertTrue(fear);
    assertTrue(abuse);
    assertFalse(KB.safetyQuestions().isEmpty());
  }

  @Test
  void loadUncached_sameResources_givesAnEqualButSeparateKnowledgeBase() {
    KnowledgeBase fresh = DefaultContent.loadUncached();

    assertEquals(KB.relations(), fresh.relations());
    assertEquals(KB.signs(), fresh.signs());
    assertEquals(KB.stories(), fresh.stories());
    assertNotSame(KB, fresh);
  }
}
