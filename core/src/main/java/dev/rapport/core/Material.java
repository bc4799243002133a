package dev.rapport.core;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.Story;
import java.util.ArrayList;
import java.util.List;

/** The supporting material of a knowledge base, kept together so it is checked and sorted once. */
record Material(
    List<Story> stories,
    List<Faq> faqs,
    List<Misconception> misconceptions,
    List<DailyHabit> habits,
    List<ConversationPrompt> prompts,
    List<LetterTemplate> letters,
    List<HelpResource> resources,
    List<SafetyQuestion> safetyQuestions) {

  /** The region code of the help resources that serve everywhere. */
  static final String INTERNATIONAL = "INTL";

  Material {
    stories = List.copyOf(stories);
    faqs = List.copyOf(faqs);
    misconceptions = List.copyOf(misconceptions);
    habits = List.copyOf(habits);
    prompts = List.copyOf(prompts);
    letters = List.copyOf(letters);
    resources = List.copyOf(resources);
    safetyQuestions = List.copyOf(safetyQuestions);
  }

  /** Returns the same material with every list in id order. */
  Material sorted() {
    return new Material(
        KnowledgeBase.sorted(stories),
        KnowledgeBase.sorted(faqs),
        KnowledgeBase.sorted(misconceptions),
        KnowledgeBase.sorted(habits),
        KnowledgeBase.sorted(prompts),
        KnowledgeBase.sorted(letters),
        KnowledgeBase.sorted(resources),
        KnowledgeBase.sorted(safetyQuestions));
  }

  /** The builder's mutable lists. */
  static final class Collector {
    final List<Story> stories = new ArrayList<>();
    final List<Faq> faqs = new ArrayList<>();
    final List<Misconception> misconceptions = new ArrayList<>();
    final List<DailyHabit> habits = new ArrayList<>();
    final List<ConversationPrompt> prompts = new ArrayList<>();
    final List<LetterTemplate> letters = new ArrayList<>();
    final List<HelpResource> resources = new ArrayList<>();
    final List<SafetyQuestion> safetyQuestions = new ArrayList<>();

    Material snapshot() {
      return new Material(
          stories,
          faqs,
          misconceptions,
          habits,
          prompts,
          letters,
          resources,
          safetyQuestions);
    }
  }
}
