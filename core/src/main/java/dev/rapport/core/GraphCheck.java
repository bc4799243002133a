package dev.rapport.core;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every consistency check of a knowledge base, run over what a builder collected. Finds all
 * problems, never stops at the first.
 */
final class GraphCheck {
  private static final Map<EntityKind, Set<EntityKind>> MAY_POINT_TO =
      Map.of(
          EntityKind.SIGN, EnumSet.of(EntityKind.NEED),
          EntityKind.CAUSE, EnumSet.of(EntityKind.SIGN),
          EntityKind.INTERVENTION, EnumSet.of(EntityKind.CAUSE, EntityKind.NEED, EntityKind.SIGN),
          EntityKind.NEED, EnumSet.noneOf(EntityKind.class),
          EntityKind.SCENARIO, EnumSet.noneOf(EntityKind.class));

  private final String contentVersion;
  private final List<Source> sources;
  private final List<Entity> entities;
  private final List<Relation> relations;
  private final Material material;
  private final Set<String> sourceIds = new HashSet<>();
  private final Set<EntityId<?>> ids = new HashSet<>();
  private final List<Problem> problems = new ArrayList<>();

  GraphCheck(
      String contentVersion,
      List<Source> sources,
      List<Entity> entities,
      List<Relation> relations,
      Material material) {
    this.contentVersion = contentVersion;
    this.sources = sources;
    this.entities = entities;
    this.relations = relations;
    this.material = material;
    sources.forEach(s -> sourceIds.add(s.id()));
    entities.forEach(e -> ids.add(e.id()));
  }

  List<Problem> problems() {
    if (contentVersion.isEmpty()) {
      problems.add(new Problem("pack", "content version is not set"));
    }
    checkDuplicates();
    checkCitations();
    checkRelations();
    checkCoverage();
    checkPlaybooks();
    checkMaterialReferences();
    return List.copyOf(problems);
  }

  private void checkDuplicates() {
    duplicates(sources, s -> "source:" + s.id());
    duplicates(entities, e -> e.id().reference());
    duplicates(material.stories(), s -> "story:" + s.id());
    duplicates(material.faqs(), f -> "faq:" + f.id());
    duplicates(material.misconceptions(), m -> "misconception:" + m.id());
    duplicates(material.habits(), h -> "habit:" + h.id());
    duplicates(material.prompts(), p -> "prompt:" + p.id());
    duplicates(material.letters(), l -> "letter:" + l.id());
    duplicates(material.resources(), r -> "resource:" + r.id());
    List<String> questionIds = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity instanceof Sign sign) {
        sign.statements().forEach(q -> questionIds.add(q.id()));
      } else if (entity instanceof Cause cause) {
        cause.question().ifPresent(q -> questionIds.add(q.id()));
      }
    }
    material.safetyQuestions().forEach(q -> questionIds.add(q.id()));
    duplicates(questionIds, id -> "question:" + id);
    duplicates(relations, r -> r.from().reference() + " -> " + r.to().reference());
  }

  private <T> void duplicates(Collection<T> items, Function<T, String> subject) {
    Map<String, Integer> counts = new TreeMap<>();
    items.forEach(item -> counts.merge(subject.apply(item), 1, Integer::sum));
    counts.forEach(
        (name, count) -> {
          if (count > 1) {
            problems.add(new Problem(name, "is defined " + count + " times"));
          }
        });
  }

  private void checkCitations() {
    for (Entity entity : sortedEntities()) {
      citations(entity.id().reference(), entity.citations(), true);
    }
    for (Relation relation : relations) {
      citations(
          relation.from().reference() + " -> " + relation.to().reference(),
          relation.citations(),
          false);
    }
    material.stories().forEach(s -> citations("story:" + s.id(), s.citations(), true));
    material.faqs().forEach(f -> citations("faq:" + f.id(), f.citations(), true));
    material.misconceptions().forEach(m -> citations("misconception:" + m.id(), m.citations(), true));
    material.habits().forEach(h -> citations("habit:" + h.id(), h.citations(), true));
    material.prompts().forEach(p -> citations("prompt:" + p.id(), p.citations(), false));
    material.letters().forEach(l -> citations("letter:" + l.id(), l.citations(), true));
  }

  private void citations(String subject, List<Citation> citations, boolean required) {
    if (required && citations.isEmpty()) {
      problems.add(new Problem(subject, "cites no source"));
    }
    for (Citation citation : citations) {
      if (!sourceIds.contains(citation.source().id())) {
        problems.add(
            new Problem(subject, "cites unknown source '" + citation.source().id() + "'"));
      }
    }
  }

  private void checkRelations() {
    for (Relation relation : relations) {
      String subject = relation.from().reference();
      if (!ids.contains(relation.from())) {
        problems.add(
            new Problem(
                subject,
                "is not defined but has a relation to " + relation.to().reference()));
      }
      if (!ids.contains(relation.to())) {
        problems.add(
            new Problem(
                subject,
                "has a relation to "
                    + relation.to().reference()
                    + ", which is not defined"));
      }
      if (!MAY_POINT_TO.get(relation.from().kind()).contains(relation.to().kind())) {
        problems.add(
            new Problem(
                subject,
                "a "
                    + relation.from().kind().word()
                    + " may not point to a "
                    + relation.to().kind().word()
                    + " ("
                    + relation.to().reference()
                    + ")"));
      }
    }
  }

  private void checkCoverage() {
    Set<EntityId<?>> starts = new HashSet<>();
    Set<EntityId<?>> pointedToBySign = new HashSet<>();
    for (Relation relation : relations) {
      starts.add(relation.from());
      if (relation.from().kind() == EntityKind.SIGN) {
        pointedToBySign.add(relation.to());
      }
    }
    for (Entity entity : sortedEntities()) {
      String subject = entity.id().reference();
      switch (entity.id().kind()) {
        case SIGN -> {
          if (!starts.contains(entity.id())) {
            problems.add(new Problem(subject, "points to no need"));
          }
        }
        case NEED -> {
          if (!pointedToBySign.contains(entity.id())) {
            problems.add(new Problem(subject, "is shown by no sign"));
          }
        }
        case CAUSE -> {
          if (!starts.contains(entity.id())) {
            problems.add(new Problem(subject, "produces no sign"));
          }
        }
        case INTERVENTION -> {
          if (!starts.contains(entity.id())) {
            problems.add(new Problem(subject, "addresses nothing"));
          }
        }
        case SCENARIO -> {
          // scenarios are reached through their playbooks, checked below
        }
      }
    }
  }

  private void checkPlaybooks() {
    for (Entity entity : sortedEntities()) {
      if (entity instanceof Scenario scenario) {
        String subject = scenario.id().reference();
        if (scenario.playbook().isEmpty()) {
          problems.add(new Problem(subject, "has an empty playbook"));
        }
        for (PlaybookStep step : scenario.playbook()) {
          references(subject, "playbook step '" + step.title() + "' ", step.interventions());
        }
      }
    }
  }

  private void checkMaterialReferences() {
    for (Story story : material.stories()) {
      String subject = "story:" + story.id();
      references(subject, "", story.signs());
      references(subject, "", story.causes());
      references(subject, "", story.interventions());
    }
    for (DailyHabit habit : material.habits()) {
      references("habit:" + habit.id(), "", habit.interventions());
    }
    for (ConversationPrompt prompt : material.prompts()) {
      references("prompt:" + prompt.id(), "", prompt.needs());
    }
  }

  private void references(String subject, String prefix, List<? extends EntityId<?>> targets) {
    for (EntityId<?> target : targets) {
      if (!ids.contains(target)) {
        problems.add(
            new Problem(
                subject,
                prefix
                    + "names unknown "
                    + target.kind().word()
                    + " '"
                    + target.slug()
                    + "'"));
      }
    }
  }

  private List<Entity> sortedEntities() {
    Map<EntityId<?>, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.putIfAbsent(e.id(), e));
    return byId.values().stream()
        .sorted(Comparator.comparing(Entity::id, EntityId.ORDER))
        .toList();
  }
}
