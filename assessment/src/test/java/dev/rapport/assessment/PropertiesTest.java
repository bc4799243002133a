package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.Condition;
import dev.rapport.core.EntityId;
import dev.rapport.core.EntityKind;
import dev.rapport.core.Grounding;
import dev.rapport.core.InterventionId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Relation;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import dev.rapport.core.Who;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants, each over {@link Generators#CASES} seeded cases, on the hand-built fixture and
 * on the bundled content. A failure names the seed that replays it.
 */
class PropertiesTest {

  static Stream<Named<KnowledgeBase>> knowledgeBases() {
    return Stream.of(
        Named.of("fixture", Fixtures.kb()),
        Named.of("leaky fixture", Fixtures.leakyKb()),
        Named.of("bundled content", DefaultContent.load()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void safetyRule_anySafetySignal_safetySupportFirstAndNothingForTheCouple(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "safety rule",
        random -> {
          AssessmentInput input =
              Generators.withSafetySignal(random, kb, Generators.everyday(random, kb)).build();

          Report report = assessment.assess(input);

          assertNotEquals(SafetyLevel.NONE, report.safety().level());
          assertEquals(Ids.SAFETY_CONCERN, report.scenario());
          assertEquals(Ids.SAFETY_SUPPORT, report.recommendations().get(0).id());
          assertFalse(report.safety().reasons().isEmpty());
          for (Recommendation r : report.recommendations()) {
            assertNotEquals(Who.COUPLE, r.who(), r.id().slug());
            assertNotEquals(Ids.COUPLES_THERAPY, r.id());
            assertFalse(kb.require(r.id()).isContraindicatedIn(Condition.SAFETY_CONCERN), r.id().slug());
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void safetyRule_noSafetySignal_isNotASafetyCase(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "no safety signal",
        random -> {
          Report report = assessment.assess(Generators.everyday(random, kb).build());

          assertEquals(Safety.CLEAR, report.safety());
          assertNotEquals(Ids.SAFETY_CONCERN, report.scenario());
          assertTrue(report.recommendations().stream().noneMatch(r -> r.id().equals(Ids.SAFETY_SUPPORT)));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void privacy_safetyAnswers_neverAppearOutsideTheSafetySection(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    List<String> secrets = new ArrayList<>();
    kb.signs().stream().filter(Sign::safety).forEach(s -> {
      secrets.add("\"" + s.id().slug() + "\"");
      s.statements().forEach(q -> secrets.add(q.id()));
    });
    kb.causes().stream().filter(c -> c.safety()).forEach(c -> {
      secrets.add("\"" + c.id().slug() + "\"");
      c.question().ifPresent(q -> secrets.add(q.id()));
    });
    kb.safetyQuestions().forEach(q -> secrets.add(q.id()));
    Generators.forAll(
        "privacy",
        random -> {
          Report report =
              assessment.assess(
                  Generators.withSafetySignal(random, kb, Generators.everyday(random, kb)).build());

          String shareable = ReportJson.toJson(withoutSafetySection(report));

          for (String secret : secrets) {
            assertFalse(shareable.contains(secret), secret);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void determinism_sameInput_givesByteIdenticalJson(KnowledgeBase kb) {
    Assessment first = Assessment.of(kb);
    Assessment second = Assessment.of(kb);
    Generators.forAll(
        "determinism",
        random -> {
          AssessmentInput.Builder builder = Generators.everyday(random, kb);
          if (random.nextBoolean()) {
            Generators.withSafetySignal(random, kb, builder);
          }
          AssessmentInput input = builder.build();

          String json = ReportJson.toJson(first.assess(input));

          assertEquals(json, ReportJson.toJson(second.assess(input)));
          assertEquals(json, ReportJson.toJson(first.assess(InputJson.read(Generators.json(input)))));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void monotonicity_raisingAnyNonSafetySign_neverRaisesTheIndex(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    List<Sign> everyday = kb.signs().stream().filter(s -> !s.safety()).toList();
    Generators.forAll(
        "monotonicity",
        random -> {
          AssessmentInput.Builder builder = Generators.everyday(random, kb);
          if (random.nextInt(4) == 0) {
            Generators.withSafetySignal(random, kb, builder);
          }
          AssessmentInput input = builder.build();
          Report before = assessment.assess(input);
          Sign sign = everyday.get(random.nextInt(everyday.size()));
          int current =
              before.signs().stream()
                  .filter(s -> s.id().equals(sign.id()))
                  .mapToInt(s -> (int) Math.round(s.score() * 4))
                  .findFirst()
                  .orElse(0);
          if (current == 4) {
            return;
          }
          int raised = current + 1 + random.nextInt(4 - current);

          Report after = assessment.assess(raise(input, sign.id(), raised));

          assertTrue(
              after.connectionIndex() <= before.connectionIndex(),
              sign.id() + " " + current + " -> " + raised + ": index " + before.connectionIndex()
                  + " -> " + after.connectionIndex());
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void ranges_everyScore_staysInRange(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "ranges",
        random -> {
          AssessmentInput.Builder builder = Generators.everyday(random, kb);
          if (random.nextBoolean()) {
            Generators.withSafetySignal(random, kb, builder);
          }

          Report report = assessment.assess(builder.build());

          assertTrue(report.connectionIndex() >= 0 && report.connectionIndex() <= 100);
          assertEquals(Band.of(report.connectionIndex()), report.band());
          report.signs().forEach(s -> assertUnit(s.score()));
          report.needs().forEach(n -> assertUnit(n.score()));
          report.causes().forEach(c -> assertUnit(c.likelihood()));
          report.recommendations().forEach(r -> {
            assertUnit(r.score());
            assertTrue(r.week() >= 1 && r.week() <= Week.PLAN_WEEKS);
            r.because().links().forEach(l -> assertUnit(l.weight()));
          });
          assertEquals(Week.PLAN_WEEKS, report.plan().size());
          assertTrue(report.recommendations().stream().map(Recommendation::id).distinct().count()
              == report.recommendations().size());
          for (int i = 1; i < report.causes().size(); i++) {
            assertTrue(report.causes().get(i - 1).likelihood() >= report.causes().get(i).likelihood());
          }
          for (int i = 1; i < report.recommendations().size(); i++) {
            assertTrue(report.recommendations().get(i - 1).week() <= report.recommendations().get(i).week());
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void explanations_everyStep_existsInTheKnowledgeGraph(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "explanations",
        random -> {
          AssessmentInput.Builder builder = Generators.everyday(random, kb);
          if (random.nextInt(3) == 0) {
            Generators.withSafetySignal(random, kb, builder);
          }

          Report report = assessment.assess(builder.build());

          for (Recommendation r : report.recommendations()) {
            assertFalse(r.because().text().isBlank());
            assertEquals(kb.require(r.id()).citations(), r.sources());
            for (Link link : r.because().links()) {
              assertInGraph(kb, report, link);
              if (link.to().kind() == NodeKind.INTERVENTION) {
                assertEquals(r.id().slug(), link.to().id(), link.toString());
              }
            }
          }
          for (LikelyCause cause : report.causes()) {
            for (Link link : cause.evidence()) {
              assertInGraph(kb, report, link);
              assertEquals(cause.id().slug(), link.to().id());
            }
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void engagement_unwillingPartner_neverGetsACoupleItem(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "unwilling partner",
        random -> {
          AssessmentInput input =
              Generators.everyday(random, kb).engagement(PartnerEngagement.UNWILLING).build();

          Report report = assessment.assess(input);

          for (Recommendation r : report.recommendations()) {
            assertNotEquals(Who.COUPLE, r.who(), r.id().slug());
            assertNotEquals(Ids.COUPLES_THERAPY, r.id());
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void leaving_partnerWhoWantsOut_getsThePlaybookInOrderAndNoPursuit(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    List<InterventionId> playbook = new ArrayList<>();
    kb.playbook(Ids.PARTNER_WANTS_TO_LEAVE).forEach(step -> step.interventions().forEach(id -> {
      if (!playbook.contains(id)) {
        playbook.add(id);
      }
    }));
    Generators.forAll(
        "leaving",
        random -> {
          AssessmentInput.Builder builder = Generators.everyday(random, kb).sign(Ids.LEAVING, 1 + random.nextInt(4));
          PartnerEngagement engagement = PartnerEngagement.values()[random.nextInt(3)];

          Report report = assessment.assess(builder.engagement(engagement).build());

          assertEquals(Ids.PARTNER_WANTS_TO_LEAVE, report.scenario());
          List<InterventionId> fromPlaybook =
              report.recommendations().stream().map(Recommendation::id).filter(playbook::contains).toList();
          assertEquals(playbook.stream().filter(fromPlaybook::contains).toList(), fromPlaybook);
          for (Recommendation r : report.recommendations()) {
            assertTrue(playbook.contains(r.id()) || r.who() == Who.PROFESSIONAL, r.id().slug());
            if (engagement != PartnerEngagement.WILLING) {
              assertFalse(
                  kb.require(r.id()).isContraindicatedIn(Condition.PARTNER_WANTS_TO_LEAVE), r.id().slug());
            }
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void badInput_anyMalformedJson_givesOnlyTheDocumentedException(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "malformed input",
        random -> {
          String json = Generators.malformed(random, kb);
          try {
            assessment.assess(InputJson.read(json));
          } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty());
            assertTrue(e.getMessage().startsWith("input has "), e.getMessage());
          } catch (RuntimeException e) {
            fail("undocumented " + e + " for input " + json, e);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void json_report_roundTripsExactly(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "round trip",
        random -> {
          AssessmentInput.Builder builder = Generators.everyday(random, kb);
          if (random.nextBoolean()) {
            Generators.withSafetySignal(random, kb, builder);
          }
          Report report = assessment.assess(builder.build());

          String json = ReportJson.toJson(report);
          Report read = ReportJson.fromJson(json);

          assertEquals(report, read);
          assertEquals(json, ReportJson.toJson(read));
        });
  }

  private static AssessmentInput raise(AssessmentInput input, SignId sign, int intensity) {
    java.util.Map<String, Integer> signs = new java.util.TreeMap<>(input.signs());
    signs.put(sign.slug(), intensity);
    return new AssessmentInput(
        input.answers(), signs, input.context(), input.partnerEngagement(), input.region());
  }

  private static Report withoutSafetySection(Report report) {
    return new Report(
        Safety.CLEAR, report.scenario(), report.connectionIndex(), report.band(), report.signs(),
        report.needs(), report.strengths(), report.growthAreas(), report.causes(),
        report.recommendations(), report.plan(), report.contentVersion(), report.disclaimer());
  }

  private static void assertUnit(double value) {
    assertTrue(value >= 0 && value <= 1, "not in [0, 1]: " + value);
  }

  /** Checks one explanation link against the knowledge graph and the report's own input. */
  static void assertInGraph(KnowledgeBase kb, Report report, Link link) {
    Node from = link.from();
    Node to = link.to();
    switch (from.kind()) {
      case ANSWER -> {
        assertEquals(NodeKind.SIGN, to.kind(), link.toString());
        Sign sign = kb.require(SignId.of(to.id()));
        assertTrue(sign.statements().stream().anyMatch(q -> q.id().equals(from.id())), link.toString());
        assertFalse(sign.safety(), link.toString());
      }
      case OBSERVATION -> {
        assertEquals(new Node(NodeKind.SIGN, from.id()), to, link.toString());
        assertFalse(kb.require(SignId.of(to.id())).safety(), link.toString());
      }
      case CONTEXT -> {
        assertEquals(new Node(NodeKind.CAUSE, from.id()), to, link.toString());
        assertFalse(kb.require(dev.rapport.core.CauseId.of(to.id())).safety(), link.toString());
      }
      case SIGN, NEED, CAUSE -> {
        // SIGN -> CAUSE and X -> INTERVENTION steps are the graph's cause-to-sign and
        // intervention-addresses relations, read in the direction of the reasoning
        boolean backwards =
            (from.kind() == NodeKind.SIGN && to.kind() == NodeKind.CAUSE)
                || to.kind() == NodeKind.INTERVENTION;
        EntityId<?> start = backwards ? id(to) : id(from);
        EntityId<?> end = backwards ? id(from) : id(to);
        Optional<Relation> relation =
            kb.from(start).stream().filter(r -> r.to().equals(end)).findFirst();
        assertTrue(relation.isPresent(), "no relation for " + link);
        assertEquals(relation.get().weight(), link.weight(), link.toString());
        assertEquals(Optional.of(relation.get().grounding()), link.grounding(), link.toString());
        assertEquals(relation.get().citations(), link.sources(), link.toString());
        assertFalse(relation.get().grounding() == Grounding.STATED && link.sources().isEmpty());
      }
      case SCENARIO -> {
        assertEquals(report.scenario().slug(), from.id());
        assertTrue(
            kb.playbook(report.scenario()).stream()
                .anyMatch(s -> s.interventions().contains(InterventionId.of(to.id()))),
            link.toString());
      }
      case RULE -> {
        Set<String> allowed =
            from.id().equals(Ids.SAFETY_RULE)
                ? Set.of(Ids.SAFETY_SUPPORT.slug(), Ids.INDIVIDUAL_THERAPY.slug())
                : Set.of(Ids.INDIVIDUAL_THERAPY.slug(), Ids.COUPLES_THERAPY.slug());
        assertTrue(
            Set.of(Ids.SAFETY_RULE, Ids.DISTRESS_RULE).contains(from.id()) && allowed.contains(to.id()),
            link.toString());
      }
      case INTERVENTION -> fail("a chain never starts at an intervention: " + link);
    }
  }

  private static EntityId<?> id(Node node) {
    EntityKind kind =
        switch (node.kind()) {
          case SIGN -> EntityKind.SIGN;
          case NEED -> EntityKind.NEED;
          case CAUSE -> EntityKind.CAUSE;
          case INTERVENTION -> EntityKind.INTERVENTION;
          default -> throw new AssertionError("not an entity: " + node);
        };
    return kind.id(node.id());
  }
}
