package dev.rapport.core.material;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Citation;
import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * The structure of a letter to the partner, section by section.
 *
 * @param id a kebab-case id
 * @param variant the occasion the letter is for
 * @param name a short name
 * @param description when to use it
 * @param sections the sections, in letter order; at least one
 * @param citations where the structure comes from
 */
public record LetterTemplate(
    String id,
    LetterVariant variant,
    String name,
    String description,
    List<LetterSection> sections,
    List<Citation> citations) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param variant see the record description
   * @param name see the record description
   * @param description see the record description
   * @param sections see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public LetterTemplate {
    Slugs.check(id, "letter id");
    checkNotNull(variant, "variant of letter %s must not be null", id);
    name = Texts.nonBlank(name, "name of letter", id);
    description = Texts.nonBlank(description, "description of letter", id);
    sections = Texts.copy(sections, "sections of letter", id);
    checkArgument(!sections.isEmpty(), "letter %s must have at least one section", id);
    citations = Texts.copy(citations, "citations of letter", id);
  }
}
