package dev.rapport.core;

import java.util.Comparator;

/**
 * The order of {@link EntityId#ORDER}: by kind, in {@link EntityKind} order, then by slug. A class
 * rather than composed lambdas, which are spun up on first use, on the path of every cold load.
 */
final class IdOrder implements Comparator<EntityId<?>> {
  @Override
  public int compare(EntityId<?> a, EntityId<?> b) {
    int byKind = a.kind().compareTo(b.kind());
    return byKind != 0 ? byKind : a.slug().compareTo(b.slug());
  }
}
