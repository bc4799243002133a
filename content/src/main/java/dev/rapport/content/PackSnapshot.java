package dev.rapport.content;

import dev.rapport.core.Cause;
import dev.rapport.core.Intervention;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.Relation;
import dev.rapport.core.Scenario;
import dev.rapport.core.Sign;
import dev.rapport.core.Source;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.Story;
import java.util.List;
import java.util.Locale;

/**
 * Everything a {@link KnowledgeBase} holds, as one record of the core's records: what a snapshot
 * file stores ({@link SnapshotFile}), taken from a built knowledge base and built back into one
 * through {@link KnowledgeBase#builder()}, so the core checks the graph again.
 *
 * @param contentVersion the version of the content
 * @param locale the language of the content
 * @param sources the sources, in id order
 * @param needs the needs, in id order
 * @param signs the signs, in id order
 * @param causes the causes, in id order
 * @param interventions the interventions, in id order
 * @param scenarios the scenarios, in id order
 * @param relations every relation, in the knowledge base's order
 * @param stories the stories, in id order
 * @param faqs the frequently asked questions, in id order
 * @param misconceptions the misconceptions, in id order
 * @param habits the daily habits, in id order
 * @param prompts the conversation prompts, in id order
 * @param letters the letter templates, in id order
 * @param resources the help resources, in id order
 * @param safetyQuestions the questions of the safety screen, in id order
 */
record PackSnapshot(
    String contentVersion,
    Locale locale,
    List<Source> sources,
    List<Need> needs,
    List<Sign> signs,
    List<Cause> causes,
    List<Intervention> interventions,
    List<Scenario> scenarios,
    List<Relation> relations,
    List<Story> stories,
    List<Faq> faqs,
    List<Misconception> misconceptions,
    List<DailyHabit> habits,
    List<ConversationPrompt> prompts,
    List<LetterTemplate> letters,
    List<HelpResource> resources,
    List<SafetyQuestion> safetyQuestions) {

  /** Takes everything a knowledge base exposes. */
  static PackSnapshot of(KnowledgeBase kb) {
    return new PackSnapshot(
        kb.contentVersion(),
        kb.locale(),
        kb.sources(),
        kb.needs(),
        kb.signs(),
        kb.causes(),
        kb.interventions(),
        kb.scenarios(),
        kb.relations(),
        kb.stories(),
        kb.faqs(),
        kb.misconceptions(),
        kb.habits(),
        kb.prompts(),
        kb.letters(),
        kb.resources(),
        kb.safetyQuestions());
  }

  /**
   * Builds the knowledge base through the core's builder, which checks it whole.
   *
   * @throws dev.rapport.core.KnowledgeBaseException when the core rejects it
   */
  KnowledgeBase build() {
    KnowledgeBase.Builder builder =
        KnowledgeBase.builder().contentVersion(contentVersion).locale(locale);
    for (Source source : sources) {
      builder.addSource(source);
    }
    for (Need need : needs) {
      builder.add(need);
    }
    for (Sign sign : signs) {
      builder.add(sign);
    }
    for (Cause cause : causes) {
      builder.add(cause);
    }
    for (Intervention intervention : interventions) {
      builder.add(intervention);
    }
    for (Scenario scenario : scenarios) {
      builder.add(scenario);
    }
    for (Relation relation : relations) {
      builder.relate(relation);
    }
    for (Story story : stories) {
      builder.addStory(story);
    }
    for (Faq faq : faqs) {
      builder.addFaq(faq);
    }
    for (Misconception misconception : misconceptions) {
      builder.addMisconception(misconception);
    }
    for (DailyHabit habit : habits) {
      builder.addHabit(habit);
    }
    for (ConversationPrompt prompt : prompts) {
      builder.addPrompt(prompt);
    }
    for (LetterTemplate letter : letters) {
      builder.addLetter(letter);
    }
    for (HelpResource resource : resources) {
      builder.addResource(resource);
    }
    for (SafetyQuestion question : safetyQuestions) {
      builder.addSafetyQuestion(question);
    }
    return builder.build();
  }
}
