package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Texts;
import java.util.List;

/**
 * What a partner needs emotionally and may find missing, such as being heard.
 *
 * @param id the id
 * @param name a short name
 * @param description a plain-language description
 * @param citations where it is drawn from
 */
public record Need(NeedId id, String name, String description, List<Citation> citations)
    implements Entity {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param name see the record description
   * @param description see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Need {
    checkNotNull(id, "need id must not be null");
    name = Texts.nonBlank(name, "name of need", id);
    description = Texts.nonBlank(description, "description of need", id);
    citations = Texts.copy(citations, "citations of need", id);
  }
}
