package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import dev.rapport.core.internal.Texts;
import java.util.Comparator;
import java.util.List;

/**
 * A weighted, cited edge of the knowledge graph.
 *
 * <p>The edges that exist: a sign points to the needs it shows are unmet; a cause to the signs it
 * tends to produce; an intervention to the causes, needs and signs it addresses. {@link
 * KnowledgeBase.Builder#build()} rejects any other pair of kinds.
 *
 * @param from the entity the edge starts at
 * @param to the entity it points to
 * @param weight how strong the link is, in (0, 1]
 * @param grounding whether a source states it or it is our inference
 * @param citations where a source states it; never empty for {@link Grounding#STATED}
 */
public record Relation(
    EntityId<?> from, EntityId<?> to, double weight, Grounding grounding, List<Citation> citations) {

  /** Orders relations by weight, strongest first, then by the ids at both ends. */
  public static final Comparator<Relation> STRONGEST_FIRST = new StrongestFirst();

  /**
   * Checks and normalises the parts.
   *
   * @param from see the record description
   * @param to see the record description
   * @param weight see the record description
   * @param grounding see the record description
   * @param citations see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Relation {
    checkNotNull(from, "relation start must not be null");
    checkNotNull(to, "relation end must not be null");
    // The messages name the ends by reference, made only when a check fails: relations are made
    // by the hundred on every load.
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "weight of %s -> %s must be in (0, 1] but was %s",
              from.reference(),
              to.reference(),
              weight));
    }
    checkNotNull(grounding, "grounding of %s -> %s must not be null", from, to);
    citations = Texts.copy(citations, "relation citations");
    if (grounding == Grounding.STATED && citations.isEmpty()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "stated relation %s -> %s must cite a source", from.reference(), to.reference()));
    }
  }

  /**
   * The order of {@link #STRONGEST_FIRST}: weight, heaviest first, then the end, then the start,
   * each in {@link EntityId#ORDER}. A class rather than composed lambdas, which are spun up on
   * first use, on the path of every cold load.
   */
  private static final class StrongestFirst implements Comparator<Relation> {
    @Override
    public int compare(Relation a, Relation b) {
      int byWeight = Double.compare(b.weight(), a.weight());
      if (byWeight != 0) {
        return byWeight;
      }
      int byEnd = EntityId.ORDER.compare(a.to(), b.to());
      return byEnd != 0 ? byEnd : EntityId.ORDER.compare(a.from(), b.from());
    }
  }
}
