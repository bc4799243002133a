package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * A reason distance grows, such as work stress.
 *
 * <p>A safety cause (abuse) puts professional and safety support first wherever it is present.
 *
 * @param id the id
 * @param name a short name
 * @param description a plain-language description
 * @param question a yes-or-no context question that asks whether the cause is present, where
 *     there is one
 * @param safety whether this is a safety cause
 * @param citations where it is drawn from
 */
public record Cause(
    CauseId id,
    String name,
    String description,
    Optional<Question> question,
    boolean safety,
    List<Citation> citations)
    implements Entity {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param name see the record description
   * @param description see the record description
   * @param question see the record description
   * @param safety see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Cause {
    checkNotNull(id, "cause id must not be null");
    name = Texts.nonBlank(name, "name of cause", id);
    description = Texts.nonBlank(description, "description of cause", id);
    checkNotNull(question, "question of cause %s must not be null (use Optional.empty())", id);
    citations = Texts.copy(citations, "citations of cause", id);
  }
}
