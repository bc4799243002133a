package dev.rapport.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates random, consistent knowledge graphs from a seed, and ways to break them.
 *
 * <p>The one fixture class for the property tests of this module: every generated case can be
 * replayed from the seed printed in a failure message.
 */
final class GraphGenerator {
  private final Random random;
  final List<Need> needs = new ArrayList<>();
  final List<Sign> signs = new ArrayList<>();
  final List<Cause> causes = new ArrayList<>();
  final List<Intervention> interventions = new ArrayList<>();
  final List<Scenario> scenarios = new ArrayList<>();
  final List<Relation> relations = new ArrayList<>();

  GraphGenerator(long seed) {
    this.random = new Random(seed);
    int needCount = 1 + random.nextInt(6);
    for (int i = 0; i < needCount; i++) {
      needs.add(Fixtures.need(NeedId.of("need-" + i)));
    }
    int signCount = needCount + random.nextInt(5);
    for (int i = 0; i < signCount; i++) {
      Sign sign = Fixtures.sign(SignId.of("sign-" + i));
      signs.add(sign);
      // the first signs cover every need once; the rest point anywhere
      NeedId first = needs.get(i < needCount ? i : random.nextInt(needCount)).id();
      relations.add(relation(sign.id(), first));
      if (random.nextBoolean()) {
        NeedId second = needs.get(random.nextInt(needCount)).id();
        if (!second.equals(first)) {
          relations.add(relation(sign.id(), second));
        }
      }
    }
    int causeCount = random.nextInt(5);
    for (int i = 0; i < causeCount; i++) {
      Cause cause = Fixtures.cause(CauseId.of("cause-" + i));
      causes.add(cause);
      for (SignId sign : pick(signs.stream().map(Sign::id).toList())) {
        relations.add(relation(cause.id(), sign));
      }
    }
    int interventionCount = 1 + random.nextInt(6);
    List<EntityId<?>> targets = new ArrayList<>();
    needs.forEach(n -> targets.add(n.id()));
    signs.forEach(s -> targets.add(s.id()));
    causes.forEach(c -> targets.add(c.id()));
    for (int i = 0; i < interventionCount; i++) {
      Intervention intervention =
          Fixtures.intervention(
              InterventionId.of("intervention-" + i), Who.values()[random.nextInt(3)]);
      interventions.add(intervention);
      for (EntityId<?> target : pick(targets)) {
        relations.add(relation(intervention.id(), target));
      }
    }
    scenarios.add(
        Fixtures.scenario(
            ScenarioId.of("scenario-0"),
            pick(interventions.stream().map(Intervention::id).toList())
                .toArray(InterventionId[]::new)));
  }

  private Relation relation(EntityId<?> from, EntityId<?> to) {
    double weight = (1 + random.nextInt(10)) / 10.0;
    return random.nextBoolean()
        ? new Relation(from, to, weight, Grounding.STATED, Fixtures.CITED)
        : new Relation(from, to, weight, Grounding.EDITORIAL, List.of());
  }

  /** One to three distinct items of a non-empty list. */
  private <T> List<T> pick(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(copy.size(), 1 + random.nextInt(3)));
  }

  /** A builder with everything added in a shuffled order. */
  KnowledgeBase.Builder builder() {
    List<Entity> entities = new ArrayList<>();
    entities.addAll(needs);
    entities.addAll(signs);
    entities.addAll(causes);
    entities.addAll(interventions);
    entities.addAll(scenarios);
    Collections.shuffle(entities, random);
    List<Relation> shuffled = new ArrayList<>(relations);
    Collections.shuffle(shuffled, random);
    KnowledgeBase.Builder builder =
        KnowledgeBase.builder().contentVersion("generated").addSource(Fixtures.SOURCE);
    entities.forEach(builder::add);
    shuffled.forEach(builder::relate);
    return builder;
  }

  /** The ways a consistent graph can be broken; each must make {@code build()} fail. */
  enum Breakage {
    DANGLING_END,
    DANGLING_START,
    WRONG_KINDS,
    DUPLICATE_ENTITY,
    DUPLICATE_RELATION,
    SIGN_WITHOUT_NEED,
    NEED_WITHOUT_SIGN,
    INTERVENTION_ADDRESSING_NOTHING,
    CAUSE_PRODUCING_NOTHING,
    UNKNOWN_SOURCE,
    NO_VERSION
  }

  /** Applies one breakage to a fresh builder of this graph. */
  KnowledgeBase.Builder broken(Breakage breakage) {
    KnowledgeBase.Builder builder = builder();
    switch (breakage) {
      case DANGLING_END -> builder.relate(signs.get(0).id(), NeedId.of("missing-need"), 0.5,
          Grounding.EDITORIAL, List.of());
      case DANGLING_START -> builder.relate(CauseId.of("missing-cause"), signs.get(0).id(), 0.5,
          Grounding.EDITORIAL, List.of());
      case WRONG_KINDS -> builder.relate(needs.get(0).id(), signs.get(0).id(), 0.5,
          Grounding.EDITORIAL, List.of());
      case DUPLICATE_ENTITY -> builder.add(needs.get(random.nextInt(needs.size())));
      case DUPLICATE_RELATION -> builder.relate(relations.get(random.nextInt(relations.size())));
      case SIGN_WITHOUT_NEED -> builder.add(Fixtures.sign(SignId.of("lonely-sign")));
      case NEED_WITHOUT_SIGN -> builder.add(Fixtures.need(NeedId.of("unseen-need")));
      case INTERVENTION_ADDRESSING_NOTHING ->
          builder.add(Fixtures.intervention(InterventionId.of("idle"), Who.SELF));
      case CAUSE_PRODUCING_NOTHING -> builder.add(Fixtures.cause(CauseId.of("quiet-cause")));
      case UNKNOWN_SOURCE -> builder.add(new Need(NeedId.of("cited-elsewhere"), "N", "D",
          List.of(new Citation(Source.of("elsewhere", "Elsewhere"), "S"))))
          .relate(signs.get(0).id(), NeedId.of("cited-elsewhere"), 0.5, Grounding.EDITORIAL,
              List.of());
      case NO_VERSION -> builder.contentVersion("");
    }
    return builder;
  }

  /** A random string that is sometimes a slug and often not. */
  static String randomText(Random random) {
    String alphabet = "abcz09-- _AZé.:";
    int length = random.nextInt(12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
