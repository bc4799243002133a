package dev.rapport.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;

/**
 * The typed id of an entity of the knowledge graph: a lower-case kebab-case slug and its kind.
 *
 * <p>Ids are values: equal when kind and slug are equal. {@code toString()} gives the plain slug,
 * as JSON uses it; {@link #reference()} gives {@code kind:slug}, unique across kinds (a sign and a
 * scenario may share a slug). The canonical ids of the default content are a contract.
 *
 * @param <E> the entity the id names
 */
public sealed interface EntityId<E extends Entity>
    permits NeedId, SignId, CauseId, InterventionId, ScenarioId {

  /** Orders ids by kind (in {@link EntityKind} order), then by slug. */
  Comparator<EntityId<?>> ORDER = new IdOrder();

  /**
   * The slug, such as {@code lonely-together}.
   *
   * @return the lower-case kebab-case slug
   */
  String slug();

  /**
   * The kind of entity this id names.
   *
   * @return the kind
   */
  EntityKind kind();

  /**
   * The id as {@code kind:slug}, such as {@code sign:lonely-together}.
   *
   * @return the reference form
   */
  default String reference() {
    return kind().word() + ":" + slug();
  }

  /**
   * Parses the reference form {@code kind:slug}.
   *
   * @param reference such as {@code intervention:date-night}
   * @return the typed id
   * @throws IllegalArgumentException when the text is not {@code kind:slug} with a known kind and
   *     a kebab-case slug
   */
  static EntityId<?> parseReference(String reference) {
    checkNotNull(reference, "reference must not be null");
    int colon = reference.indexOf(':');
    checkArgument(colon > 0, "reference must look like kind:slug but was '%s'", reference);
    return EntityKind.fromWord(reference.substring(0, colon)).id(reference.substring(colon + 1));
  }
}
