package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.material.LetterVariant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A drafted letter to the partner, section by section, for the person to read, change and send
 * if they choose.
 *
 * <p>Immutable. {@link #text()} gives the letter as it would be sent (greeting, the sections'
 * words, sign-off; no titles); {@link #markdown()} shows each section under its title, so the
 * structure stays visible while editing. The notes are for the person, never part of the letter.
 *
 * @param variant the occasion the letter is for
 * @param greeting the first line, such as "Dear Sam,"; a placeholder in brackets when no name was
 *     given
 * @param sections the sections, in letter order
 * @param signOff the closing lines, such as "With love," and the person's name
 * @param notes what the person should know before sending it, most important first; not part of
 *     the letter
 * @param review what the {@link Coach} finds in {@link #text()}: nothing in the words the
 *     composer wrote, so any finding lies in words the person gave
 */
public record LetterDraft(
    LetterVariant variant,
    String greeting,
    List<DraftSection> sections,
    String signOff,
    List<String> notes,
    Review review)
    implements LetterOutcome {
  private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

  /**
   * Checks and copies the parts.
   *
   * @param variant see the record description
   * @param greeting see the record description
   * @param sections see the record description
   * @param signOff see the record description
   * @param notes see the record description
   * @param review see the record description
   * @throws IllegalArgumentException when there is no section, two share a key, or the review is
   *     of another text
   */
  public LetterDraft {
    checkNotNull(variant, "variant must not be null");
    checkNotNull(greeting, "greeting must not be null");
    sections = List.copyOf(sections);
    checkArgument(!sections.isEmpty(), "a letter must have at least one section");
    Set<String> keys = new HashSet<>();
    for (DraftSection section : sections) {
      checkArgument(keys.add(section.key()), "section key %s is used twice", section.key());
    }
    checkNotNull(signOff, "sign-off must not be null");
    notes = List.copyOf(notes);
    checkNotNull(review, "review must not be null");
    checkArgument(
        review.text().equals(render(greeting, sections, signOff)),
        "review must be of the letter's text");
  }

  /** Makes a draft and reviews its text with the standard coach. */
  static LetterDraft reviewed(
      LetterVariant variant,
      String greeting,
      List<DraftSection> sections,
      String signOff,
      List<String> notes) {
    return new LetterDraft(
        variant,
        greeting,
        sections,
        signOff,
        notes,
        Coach.standard().review(render(greeting, sections, signOff)));
  }

  /** The same letter and review with other notes: notes are not part of the text. */
  LetterDraft withNotes(List<String> otherNotes) {
    return new LetterDraft(variant, greeting, sections, signOff, otherNotes, review);
  }

  /**
   * Looks up a section by its key.
   *
   * @param key the key, such as {@code what-i-ask-for}
   * @return the section, or empty when the letter has none with that key
   */
  public Optional<DraftSection> section(String key) {
    checkNotNull(key, "key must not be null");
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * The same letter with one section's words changed, reviewed again.
   *
   * @param key the section's key
   * @param text the new words, used as given
   * @return a new draft
   * @throws NoSuchElementException naming the key when the letter has no such section
   */
  public LetterDraft withSectionText(String key, String text) {
    checkNotNull(text, "text must not be null");
    section(key).orElseThrow(() -> new NoSuchElementException("no section with key '" + key + "'"));
    List<DraftSection> changed = new ArrayList<>();
    for (DraftSection section : sections) {
      changed.add(section.key().equals(key) ? section.withText(text) : section);
    }
    return reviewed(variant, greeting, changed, signOff, notes);
  }

  @Override
  public String text() {
    return render(greeting, sections, signOff);
  }

  private static String render(String greeting, List<DraftSection> sections, String signOff) {
    StringBuilder out = new StringBuilder();
    out.append(greeting).append("\n\n");
    for (DraftSection section : sections) {
      if (!section.text().isBlank()) {
        out.append(section.text()).append("\n\n");
      }
    }
    out.append(signOff).append('\n');
    return out.toString();
  }

  @Override
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(Markdown.escape(greeting)).append("\n\n");
    for (DraftSection section : sections) {
      out.append("### ").append(Markdown.escape(section.title())).append("\n\n");
      for (String paragraph : PARAGRAPHS.split(section.text().strip())) {
        if (!paragraph.isBlank()) {
          out.append(Markdown.escape(paragraph)).append("\n\n");
        }
      }
    }
    List<String> lines = signOff.lines().map(Markdown::escape).toList();
    out.append(String.join("\\\n", lines)).append('\n');
    return out.toString();
  }
}
