package dev.rapport.core;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.Story;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every consistency check of a knowledge base, run over what a builder collected. Finds all
 * problems, never stops at the first.
 *
 * <p>Plain loops, and a problem's subject (such as {@code sign:lonely-together}) made only when
 * there is a problem: the check runs on every load, a cold one included, where each lambda is spun
 * up and each string concatenation bootstrapped on first use.
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
  private List<Entity> sorted;

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
    for (Source source : sources) {
      sourceIds.add(source.id());
    }
    for (Entity entity : entities) {
      ids.add(entity.id());
    }
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

  /**
   * How a problem names an item: an entity id by its reference, the ends of a relation (a list of
   * two ids) as {@code from -> to}, and any other id after {@code prefix}, such as {@code story:}.
   */
  private static String subject(String prefix, Object key) {
    if (key instanceof EntityId<?> id) {
      return id.reference();
    }
    if (key instanceof List<?> ends) {
      return subject(prefix, ends.get(0)) + " -> " + subject(prefix, ends.get(1));
    }
    return prefix + key;
  }

  private void checkDuplicates() {
    duplicates("source:", ids(sources));
    List<EntityId<?>> entityKeys = new ArrayList<>();
    for (Entity entity : entities) {
      entityKeys.add(entity.id());
    }
    duplicates("", entityKeys);
    duplicates("story:", ids(material.stories()));
    duplicates("faq:", ids(material.faqs()));
    duplicates("misconception:", ids(material.misconceptions()));
    duplicates("habit:", ids(material.habits()));
    duplicates("prompt:", ids(material.prompts()));
    duplicates("letter:", ids(material.letters()));
    duplicates("resource:", ids(material.resources()));
    List<String> questionIds = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity instanceof Sign sign) {
        for (Question question : sign.statements()) {
          questionIds.add(question.id());
        }
      } else if (entity instanceof Cause cause && cause.question().isPresent()) {
        questionIds.add(cause.question().get().id());
      }
    }
    for (SafetyQuestion question : material.safetyQuestions()) {
      questionIds.add(question.id());
    }
    duplicates("question:", questionIds);
    List<List<EntityId<?>>> ends = new ArrayList<>();
    for (Relation relation : relations) {
      ends.add(List.of(relation.from(), relation.to()));
    }
    duplicates("", ends);
  }

  /** The ids of sources or of a kind of material, in order. */
  private static List<String> ids(List<?> items) {
    List<String> ids = new ArrayList<>(items.size());
    for (Object item : items) {
      ids.add(ById.id(item));
    }
    return ids;
  }

  /** Reports each key that is there more than once, in the order of the subjects. */
  private void duplicates(String prefix, List<?> keys) {
    if (new HashSet<>(keys).size() == keys.size()) {
      return;
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (Object key : keys) {
      counts.merge(subject(prefix, key), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > 1) {
        problems.add(new Problem(count.getKey(), "is defined " + count.getValue() + " times"));
      }
    }
  }

  private void checkCitations() {
    for (Entity entity : sortedEntities()) {
      citations("", entity.id(), entity.citations(), true);
    }
    for (Relation relation : relations) {
      citations("", List.of(relation.from(), relation.to()), relation.citations(), false);
    }
    for (Story story : material.stories()) {
      citations("story:", story.id(), story.citations(), true);
    }
    for (Faq faq : material.faqs()) {
      citations("faq:", faq.id(), faq.citations(), true);
    }
    for (Misconception misconception : material.misconceptions()) {
      citations("misconception:", misconception.id(), misconception.citations(), true);
    }
    for (DailyHabit habit : material.habits()) {
      citations("habit:", habit.id(), habit.citations(), true);
    }
    for (ConversationPrompt prompt : material.prompts()) {
      citations("prompt:", prompt.id(), prompt.citations(), false);
    }
    for (LetterTemplate letter : material.letters()) {
      citations("letter:", letter.id(), letter.citations(), true);
    }
  }

  private void citations(String prefix, Object key, List<Citation> citations, boolean required) {
    if (required && citations.isEmpty()) {
      problems.add(new Problem(subject(prefix, key), "cites no source"));
    }
    for (Citation citation : citations) {
      if (!sourceIds.contains(citation.source().id())) {
        problems.add(
            new Problem(
                subject(prefix, key),
                "cites unknown source '" + citation.source().id() + "'"));
      }
    }
  }

  private void checkRelations() {
    for (Relation relation : relations) {
      if (!ids.contains(relation.from())) {
        problems.add(
            new Problem(
                relation.from().reference(),
                "is not defined but has a relation to " + relation.to().reference()));
      }
      if (!ids.contains(relation.to())) {
        problems.add(
            new Problem(
                relation.from().reference(),
                "has a relation to "
                    + relation.to().reference()
                    + ", which is not defined"));
      }
      if (!MAY_POINT_TO.get(relation.from().kind()).contains(relation.to().kind())) {
        problems.add(
            new Problem(
                relation.from().reference(),
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
      EntityId<?> id = entity.id();
      switch (id.kind()) {
        case SIGN -> {
          if (!starts.contains(id)) {
            problems.add(new Problem(id.reference(), "points to no need"));
          }
        }
        case NEED -> {
          if (!pointedToBySign.contains(id)) {
            problems.add(new Problem(id.reference(), "is shown by no sign"));
          }
        }
        case CAUSE -> {
          if (!starts.contains(id)) {
            problems.add(new Problem(id.reference(), "produces no sign"));
          }
        }
        case INTERVENTION -> {
          if (!starts.contains(id)) {
            problems.add(new Problem(id.reference(), "addresses nothing"));
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
        if (scenario.playbook().isEmpty()) {
          problems.add(new Problem(scenario.id().reference(), "has an empty playbook"));
        }
        for (PlaybookStep step : scenario.playbook()) {
          references("", scenario.id(), step.title(), step.interventions());
        }
      }
    }
  }

  private void checkMaterialReferences() {
    for (Story story : material.stories()) {
      references("story:", story.id(), null, story.signs());
      references("story:", story.id(), null, story.causes());
      references("story:", story.id(), null, story.interventions());
    }
    for (DailyHabit habit : material.habits()) {
      references("habit:", habit.id(), null, habit.interventions());
    }
    for (ConversationPrompt prompt : material.prompts()) {
      references("prompt:", prompt.id(), null, prompt.needs());
    }
  }

  /**
   * Reports each target that is not defined, as named by the item of {@code key} (in the playbook
   * step titled {@code step}, unless that is null).
   */
  private void references(
      String prefix, Object key, String step, List<? extends EntityId<?>> targets) {
    for (EntityId<?> target : targets) {
      if (!ids.contains(target)) {
        problems.add(
            new Problem(
                subject(prefix, key),
                (step == null ? "" : "playbook step '" + step + "' ")
                    + "names unknown "
                    + target.kind().word()
                    + " '"
                    + target.slug()
                    + "'"));
      }
    }
  }

  /** The entities in {@link EntityId#ORDER}, the first of each id only. */
  private List<Entity> sortedEntities() {
    if (sorted == null) {
      Map<EntityId<?>, Entity> byId = new HashMap<>();
      for (Entity entity : entities) {
        byId.putIfAbsent(entity.id(), entity);
      }
      List<EntityId<?>> keys = new ArrayList<>(byId.keySet());
      keys.sort(EntityId.ORDER);
      sorted = new ArrayList<>(keys.size());
      for (EntityId<?> id : keys) {
        sorted.add(byId.get(id));
      }
    }
    return sorted;
  }
}
