package dev.rapport.core;

import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.Story;
import java.util.Comparator;

/**
 * The order of sources and of each kind of material in a knowledge base: by id.
 *
 * <p>One comparator that knows the id of each of these records, rather than one lambda per type:
 * the knowledge base sorts them on every load, a cold one included, where each lambda is spun up
 * on first use.
 */
final class ById {
  /** Compares two sources, or two pieces of material of one kind, by id. */
  static final Comparator<Object> ORDER =
      new Comparator<>() {
        @Override
        public int compare(Object a, Object b) {
          return id(a).compareTo(id(b));
        }
      };

  private ById() {}

  /** The id of a source or a piece of material. */
  static String id(Object item) {
    if (item instanceof Source source) {
      return source.id();
    } else if (item instanceof Story story) {
      return story.id();
    } else if (item instanceof Faq faq) {
      return faq.id();
    } else if (item instanceof Misconception misconception) {
      return misconception.id();
    } else if (item instanceof DailyHabit habit) {
      return habit.id();
    } else if (item instanceof ConversationPrompt prompt) {
      return prompt.id();
    } else if (item instanceof LetterTemplate letter) {
      return letter.id();
    } else if (item instanceof HelpResource resource) {
      return resource.id();
    } else if (item instanceof SafetyQuestion question) {
      return question.id();
    }
    throw new IllegalArgumentException("no id known for " + item.getClass());
  }
}
