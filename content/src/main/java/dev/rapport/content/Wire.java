package dev.rapport.content;

import java.util.List;

/**
 * The JSON wire format of a content pack, one record per JSON object of {@code FORMAT.md}.
 *
 * <p>These records mirror the JSON exactly and check nothing: every component may be null when the
 * JSON leaves it out, and ids, enum values and dates stay text. {@link PackMapper} checks them and
 * maps them onto the core types, so that the core never sees Jackson and a problem in the JSON can
 * be reported with its place. Jackson binds them with unknown fields rejected; the JSON Schemas in
 * {@code dev/rapport/content/schema/} describe the same shapes for content authors.
 */
final class Wire {
  private Wire() {}

  /** {@code pack.json}. */
  record Pack(String version, String locale, List<Source> sources) {}

  /** A source document, in {@code pack.json}. */
  record Source(String id, String title, String author) {}

  /** A citation: a source id and the place in that source. */
  record Citation(String source, String section) {}

  /** A weighted edge to another entity. */
  record Relation(String id, Double weight, String grounding, List<Citation> sources) {}

  /** A question or statement with its id. */
  record Question(String id, String text) {}

  /** An item of {@code needs.json}. */
  record Need(String id, String name, String description, List<Citation> sources) {}

  /** An item of {@code signs.json}. */
  record Sign(
      String id,
      String name,
      String description,
      Boolean safety,
      List<Question> statements,
      List<Relation> needs,
      List<Citation> sources) {}

  /** An item of {@code causes.json}. */
  record Cause(
      String id,
      String name,
      String description,
      Boolean safety,
      Question question,
      List<Relation> signs,
      List<Citation> sources) {}

  /** A situation in which an intervention is not advised. */
  record Contraindication(String condition, String note) {}

  /** What an intervention addresses. */
  record Addresses(List<Relation> causes, List<Relation> needs, List<Relation> signs) {}

  /** An item of {@code interventions.json}. */
  record Intervention(
      String id,
      String name,
      String description,
      String who,
      String kind,
      String cadence,
      Integer effortMinutes,
      String stage,
      List<String> steps,
      List<Contraindication> contraindications,
      Addresses addresses,
      List<Citation> sources) {}

  /** One step of a scenario's playbook. */
  record PlaybookStep(String title, String text, List<String> interventions) {}

  /** An item of {@code scenarios.json}. */
  record Scenario(
      String id,
      String name,
      String description,
      List<Citation> sources,
      List<PlaybookStep> playbook) {}

  /** An item of {@code stories.json}. */
  record Story(
      String id,
      String title,
      String text,
      List<String> signs,
      List<String> causes,
      List<String> interventions,
      List<Citation> sources) {}

  /** An item of {@code faqs.json}. */
  record Faq(String id, String question, String answer, List<Citation> sources) {}

  /** An item of {@code misconceptions.json}. */
  record Misconception(String id, String belief, String reframe, List<Citation> sources) {}

  /** An item of {@code habits.json}. */
  record Habit(
      String id,
      String name,
      String description,
      List<String> interventions,
      List<Citation> sources) {}

  /** An item of {@code prompts.json}. */
  record Prompt(String id, String kind, String text, List<String> needs, List<Citation> sources) {}

  /** One section of a letter template. */
  record LetterSection(String key, String title, String guidance, String example) {}

  /** An item of {@code letters.json}. */
  record Letter(
      String id,
      String variant,
      String name,
      String description,
      List<LetterSection> sections,
      List<Citation> sources) {}

  /** An item of {@code resources.json}. */
  record Resource(
      String id,
      String region,
      String kind,
      String name,
      String contact,
      String description,
      String url,
      String checked) {}

  /** An item of {@code safety-questions.json}. */
  record SafetyQuestion(String id, String topic, String text) {}

  /** The record type of one item of {@code file}. */
  static Class<? extends Record> itemType(PackFile file) {
    return switch (file) {
      case PACK -> Pack.class;
      case NEEDS -> Need.class;
      case SIGNS -> Sign.class;
      case CAUSES -> Cause.class;
      case INTERVENTIONS -> Intervention.class;
      case SCENARIOS -> Scenario.class;
      case STORIES -> Story.class;
      case FAQS -> Faq.class;
      case MISCONCEPTIONS -> Misconception.class;
      case HABITS -> Habit.class;
      case PROMPTS -> Prompt.class;
      case LETTERS -> Letter.class;
      case RESOURCES -> Resource.class;
      case SAFETY_QUESTIONS -> SafetyQuestion.class;
    };
  }
}
