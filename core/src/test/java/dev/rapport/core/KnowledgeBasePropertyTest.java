package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.core.internal.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the knowledge graph over many generated graphs. Each case's seed is printed in
 * its failure message; replay one with {@code new GraphGenerator(seed)}.
 */
class KnowledgeBasePropertyTest {
  private static final long BASE_SEED = Long.getLong("rapport.seed", 20261123L);
  private static final int CASES = 300;

  private static long seed(int i) {
    return BASE_SEED + i;
  }

  @Test
  void build_generatedConsistentGraph_succeeds() {
    for (int i = 0; i < CASES; i++) {
      long seed = seed(i);
      try {
        new GraphGenerator(seed).builder().build();
      } catch (KnowledgeBaseException e) {
        fail("seed " + seed + ": " + e.getMessage());
      }
    }
  }

  @Test
  void build_anyBreakage_isNeverAccepted() {
    for (int i = 0; i < CASES; i++) {
      long seed = seed(i);
      for (GraphGenerator.Breakage breakage : GraphGenerator.Breakage.values()) {
        KnowledgeBase.Builder builder = new GraphGenerator(seed).broken(breakage);
        var e = assertThrows(KnowledgeBaseException.class, builder::build,
            "seed " + seed + ", " + breakage + " was accepted");
        assertTrue(!e.problems().isEmpty(), "seed " + seed);
      }
    }
  }

  @Test
  void queries_sameGraphInAnotherInsertionOrder_giveTheSameAnswers() {
    for (int i = 0; i < CASES; i++) {
      long seed = seed(i);
      KnowledgeBase a = new GraphGenerator(seed).builder().build();
      GraphGenerator again = new GraphGenerator(seed);
      again.builder(); // consumes randomness, so the second builder is shuffled differently
      KnowledgeBase b = again.builder().build();

      assertEquals(a.relations(), b.relations(), "seed " + seed);
      assertEquals(a.signs(), b.signs(), "seed " + seed);
      assertEquals(a.interventions(), b.interventions(), "seed " + seed);
      for (Sign sign : a.signs()) {
        assertEquals(a.needsBehind(sign.id()), b.needsBehind(sign.id()), "seed " + seed);
        assertEquals(a.causesOf(sign.id()), b.causesOf(sign.id()), "seed " + seed);
        assertEquals(a.interventionsFor(sign.id()), b.interventionsFor(sign.id()), "seed " + seed);
      }
    }
  }

  @Test
  void queries_areConsistentWithEachOther() {
    for (int i = 0; i < CASES; i++) {
      long seed = seed(i);
      KnowledgeBase kb = new GraphGenerator(seed).builder().build();
      List<Relation> fromAll = new ArrayList<>();
      for (Relation relation : kb.relations()) {
        assertTrue(kb.from(relation.from()).contains(relation), "seed " + seed);
        assertTrue(kb.to(relation.to()).contains(relation), "seed " + seed);
      }
      for (Cause cause : kb.causes()) {
        for (Relation produced : kb.signsProducedBy(cause.id())) {
          assertTrue(kb.causesOf((SignId) produced.to()).contains(produced), "seed " + seed);
        }
      }
      for (Sign sign : kb.signs()) {
        for (Relation cause : kb.causesOf(sign.id())) {
          assertTrue(kb.signsProducedBy((CauseId) cause.from()).contains(cause), "seed " + seed);
        }
        for (Relation need : kb.needsBehind(sign.id())) {
          assertTrue(kb.signsShowing((NeedId) need.to()).contains(need), "seed " + seed);
        }
      }
      for (Entity entity : kb.entities(EntityKind.INTERVENTION)) {
        fromAll.addAll(kb.from(entity.id()));
        assertTrue(!kb.addressedBy((InterventionId) entity.id()).isEmpty(), "seed " + seed);
      }
      for (Entity entity : kb.entities(EntityKind.SIGN)) {
        fromAll.addAll(kb.from(entity.id()));
      }
      for (Entity entity : kb.entities(EntityKind.CAUSE)) {
        fromAll.addAll(kb.from(entity.id()));
      }
      assertEquals(new HashSet<>(kb.relations()), new HashSet<>(fromAll), "seed " + seed);
      assertEquals(kb.relations().size(), fromAll.size(), "seed " + seed);
      for (int k = 1; k < kb.needsBehind(kb.signs().get(0).id()).size(); k++) {
        List<Relation> needs = kb.needsBehind(kb.signs().get(0).id());
        assertTrue(needs.get(k - 1).weight() >= needs.get(k).weight(), "seed " + seed);
      }
    }
  }

  @Test
  void ids_roundTripThroughTheirTextForms() {
    Random random = new Random(BASE_SEED);
    for (int i = 0; i < 5_000; i++) {
      String text = GraphGenerator.randomText(random);
      EntityKind kind = EntityKind.values()[random.nextInt(EntityKind.values().length)];
      String context = "seed " + BASE_SEED + ", case " + i + ", text '" + text + "'";
      if (Slugs.isSlug(text)) {
        EntityId<?> id = kind.id(text);
        assertEquals(text, id.toString(), context);
        assertEquals(id, kind.id(id.slug()), context);
        assertEquals(id, EntityId.parseReference(id.reference()), context);
      } else {
        var e = assertThrows(IllegalArgumentException.class, () -> kind.id(text), context);
        assertTrue(e.getMessage().contains("must be lower-case kebab-case"), context);
      }
    }
  }
}
