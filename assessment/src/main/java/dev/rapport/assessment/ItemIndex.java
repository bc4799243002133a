package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.core.Cause;
import dev.rapport.core.CauseId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Question;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.SafetyTopic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every item a knowledge base can ask, by id, with what each one is about. Built once per
 * assessment; immutable.
 */
final class ItemIndex {
  static final String ENGAGEMENT_TEXT =
      "How does your partner feel about working on the relationship right now?";

  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Set<String> shortForm = new HashSet<>();
  private final Map<String, SignId> statementSign = new HashMap<>();
  private final Map<String, CauseId> contextCause = new HashMap<>();
  private final Map<String, SafetyTopic> safetyTopic = new HashMap<>();

  ItemIndex(KnowledgeBase kb) {
    for (Sign sign : kb.signs()) {
      boolean first = true;
      for (Question statement : sign.statements()) {
        add(
            new Item(
                statement.id(),
                Section.SIGNS,
                sign.id().slug(),
                statement.text(),
                Scale.FREQUENCY,
                sign.safety()));
        statementSign.put(statement.id(), sign.id());
        if (first) {
          shortForm.add(statement.id());
          first = false;
        }
      }
    }
    for (Cause cause : kb.causes()) {
      cause
          .question()
          .ifPresent(
              q -> {
                add(
                    new Item(
                        q.id(),
                        Section.CONTEXT,
                        cause.id().slug(),
                        q.text(),
                        Scale.YES_NO,
                        cause.safety()));
                contextCause.put(q.id(), cause.id());
              });
    }
    add(
        new Item(
            Item.ENGAGEMENT_ID,
            Section.ENGAGEMENT,
            Item.ENGAGEMENT_ID,
            ENGAGEMENT_TEXT,
            Scale.ENGAGEMENT,
            false));
    for (SafetyQuestion question : kb.safetyQuestions()) {
      add(
          new Item(
              question.id(),
              Section.SAFETY,
              subject(question.topic()),
              question.text(),
              Scale.FREQUENCY,
              true));
      safetyTopic.put(question.id(), question.topic());
    }
  }

  private void add(Item item) {
    checkArgument(
        items.putIfAbsent(item.id(), item) == null,
        "knowledge base has two questionnaire items with id '%s'",
        item.id());
  }

  static String subject(SafetyTopic topic) {
    return topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  Questionnaire questionnaire(Form form, String contentVersion) {
    List<Item> chosen = new ArrayList<>();
    for (Item item : items.values()) {
      if (form == Form.FULL || item.section() != Section.SIGNS || shortForm.contains(item.id())) {
        chosen.add(item);
      }
    }
    return new Questionnaire(form, contentVersion, chosen);
  }

  /** Every item, in questionnaire order. */
  Collection<Item> items() {
    return items.values();
  }

  Optional<Item> item(String id) {
    return Optional.ofNullable(items.get(id));
  }

  Optional<SignId> statementSign(String itemId) {
    return Optional.ofNullable(statementSign.get(itemId));
  }

  Optional<CauseId> contextCause(String itemId) {
    return Optional.ofNullable(contextCause.get(itemId));
  }

  Optional<SafetyTopic> safetyTopic(String itemId) {
    return Optional.ofNullable(safetyTopic.get(itemId));
  }
}
