package dev.rapport.content;

import java.util.Optional;

/**
 * The files of a content pack, in the order they are read and their problems are reported.
 *
 * <p>{@link #subject()} is the word the core uses for an item of the file in a {@code Problem}
 * subject, such as {@code sign} in {@code sign:lonely-together}.
 */
enum PackFile {
  PACK("pack.json", ""),
  NEEDS("needs.json", "need"),
  SIGNS("signs.json", "sign"),
  CAUSES("causes.json", "cause"),
  INTERVENTIONS("interventions.json", "intervention"),
  SCENARIOS("scenarios.json", "scenario"),
  STORIES("stories.json", "story"),
  FAQS("faqs.json", "faq"),
  MISCONCEPTIONS("misconceptions.json", "misconception"),
  HABITS("habits.json", "habit"),
  PROMPTS("prompts.json", "prompt"),
  LETTERS("letters.json", "letter"),
  RESOURCES("resources.json", "resource"),
  SAFETY_QUESTIONS("safety-questions.json", "safety-question");

  private final String fileName;
  private final String subject;

  PackFile(String fileName, String subject) {
    this.fileName = fileName;
    this.subject = subject;
  }

  /** The file's name in a pack folder, such as {@code signs.json}. */
  String fileName() {
    return fileName;
  }

  /** The word for one item, such as {@code sign}; empty for {@code pack.json}. */
  String subject() {
    return subject;
  }

  /** The name of the file's JSON Schema, such as {@code signs.schema.json}. */
  String schemaName() {
    return fileName.substring(0, fileName.length() - ".json".length()) + ".schema.json";
  }

  /** Whether the file is a list of items with ids (all but {@code pack.json}). */
  boolean isList() {
    return this != PACK;
  }

  static Optional<PackFile> byFileName(String fileName) {
    for (PackFile file : values()) {
      if (file.fileName.equals(fileName)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }
}
