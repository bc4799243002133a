package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * Something a person notices in the relationship, such as feeling lonely together.
 *
 * <p>A safety sign (fear of the partner, threats, harm, control) raises the safety level of any
 * assessment that shows it.
 *
 * @param id the id
 * @param name a short name
 * @param description a plain-language description
 * @param statements first-person statements a questionnaire asks the person to rate, where a
 *     higher rating means the sign is more present; may be empty
 * @param safety whether this is a safety sign
 * @param citations where it is drawn from
 */
public record Sign(
    SignId id,
    String name,
    String description,
    List<Question> statements,
    boolean safety,
    List<Citation> citations)
    implements Entity {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param name see the record description
   * @param description see the record description
   * @param statements see the record description
   * @param safety see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Sign {
    checkNotNull(id, "sign id must not be null");
    name = Texts.nonBlank(name, "name of sign", id);
    description = Texts.nonBlank(description, "description of sign", id);
    statements = Texts.copy(statements, "statements of sign", id);
    citations = Texts.copy(citations, "citations of sign", id);
  }
}
