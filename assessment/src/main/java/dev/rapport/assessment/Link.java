package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Citation;
import dev.rapport.core.Grounding;
import java.util.List;
import java.util.Optional;

/**
 * One step of an evidence chain, such as an answer to a sign, a sign to a need, or a need to the
 * intervention that addresses it.
 *
 * <p>Steps between entities of the knowledge graph are its relations, read in the direction of the
 * reasoning: {@code SIGN -> NEED} is the graph's sign-to-need relation; {@code SIGN -> CAUSE} is
 * its cause-to-sign relation (the sign suggests the cause); and {@code SIGN}, {@code NEED} or
 * {@code CAUSE -> INTERVENTION} is the intervention's relation to what it addresses. Their
 * grounding says whether a source states the link or it is an editorial
 * inference. Steps from the person's own input ({@code ANSWER}, {@code OBSERVATION}, {@code
 * CONTEXT}), and from a {@code SCENARIO} playbook or a {@code RULE}, have no grounding.
 *
 * @param from where the step starts
 * @param to where it leads
 * @param weight how strong the step is, in [0, 1]: the relation's weight, or for an answer or
 *     observation the intensity it gives the sign (the answer divided by 4)
 * @param grounding {@link Grounding#STATED} or {@link Grounding#EDITORIAL} for a relation of the
 *     graph; empty otherwise
 * @param sources the citations behind the step, in the content's order; may be empty
 */
public record Link(
    Node from, Node to, double weight, Optional<Grounding> grounding, List<Citation> sources) {

  /**
   * Checks and copies the parts.
   *
   * @param from see the record description
   * @param to see the record description
   * @param weight see the record description
   * @param grounding see the record description
   * @param sources see the record description
   * @throws IllegalArgumentException when the weight is out of range
   */
  public Link {
    checkNotNull(from, "link start must not be null");
    checkNotNull(to, "link end must not be null");
    Values.unit(weight, "weight of link %s -> %s", from, to);
    checkNotNull(grounding, "grounding of link %s -> %s must not be null", from, to);
    sources = Values.copy(sources, "sources of link %s -> %s", from, to);
  }
}
