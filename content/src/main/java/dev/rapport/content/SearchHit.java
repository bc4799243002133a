package dev.rapport.content;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One item that a {@link ContentSearch} found.
 *
 * <p>{@code kind} is one of, in the order that breaks ties between equal scores: {@code need},
 * {@code sign}, {@code cause}, {@code intervention}, {@code scenario} (the entities: {@code
 * EntityKind.fromWord(kind).id(id)} gives the typed id), then {@code story}, {@code faq}, {@code
 * misconception}, {@code habit}, {@code prompt}, {@code letter} and {@code resource} (the material,
 * found by id in the matching list of the knowledge base).
 *
 * @param kind what sort of item it is, such as {@code sign} or {@code story}
 * @param id the item's id, such as {@code lonely-together}
 * @param title what to show for it: its name, title, question, belief, or the prompt itself
 * @param score how well it matches, greater than 0 and rounded to three decimals; comparable only
 *     between the hits of one query
 * @param snippet a short passage of the item around the first match, for showing under the title;
 *     {@code …} marks where text was cut
 */
public record SearchHit(String kind, String id, String title, double score, String snippet) {

  /**
   * Checks the parts.
   *
   * @param kind see the record description
   * @param id see the record description
   * @param title see the record description
   * @param score see the record description
   * @param snippet see the record description
   * @throws IllegalArgumentException when a text is blank or the score is not positive
   */
  public SearchHit {
    checkNotNull(kind, "hit kind must not be null");
    checkNotNull(id, "hit id must not be null");
    checkNotNull(title, "hit title must not be null");
    checkNotNull(snippet, "hit snippet must not be null");
    checkArgument(!kind.isBlank() && !id.isBlank(), "hit kind and id must not be blank");
    checkArgument(score > 0, "hit score must be positive but was %s", score);
  }
}
