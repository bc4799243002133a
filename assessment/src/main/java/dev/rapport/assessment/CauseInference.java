package dev.rapport.assessment;

import dev.rapport.core.Cause;
import dev.rapport.core.CauseId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Relation;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 4: infers the likely causes from the signs and the context answers.
 *
 * <p>For each cause that is not a safety cause: its sign evidence is the mean of the scores of
 * the non-safety signs it tends to produce, weighted by the cause-to-sign relations, unassessed
 * signs counting as 0. Said to be present, its likelihood is {@code 0.5 + 0.5 * evidence}; answered
 * "no", {@code 0.5 * evidence}; otherwise the evidence itself. Causes below {@value
 * #LEAST_LIKELIHOOD} are left out unless said to be present. Most likely first, ties by id.
 *
 * <p>Safety causes (abuse) are left out: the safety screen handles them, privately.
 */
final class CauseInference {
  static final double LEAST_LIKELIHOOD = 0.1;
  static final double CONTEXT_SHARE = 0.5;

  private final KnowledgeBase kb;

  CauseInference(KnowledgeBase kb) {
    this.kb = kb;
  }

  List<LikelyCause> infer(ValidInput input, Map<SignId, Double> signs) {
    List<LikelyCause> causes = new ArrayList<>();
    for (Cause cause : kb.causes()) {
      if (cause.safety()) {
        continue;
      }
      double weighted = 0;
      double weights = 0;
      List<Relation> contributing = new ArrayList<>();
      for (Relation relation : kb.signsProducedBy(cause.id())) {
        SignId sign = (SignId) relation.to();
        if (kb.find(sign).map(Sign::safety).orElse(true)) {
          continue;
        }
        double score = signs.getOrDefault(sign, 0.0);
        weighted += relation.weight() * score;
        weights += relation.weight();
        if (score > 0) {
          contributing.add(relation);
        }
      }
      double evidence = weights > 0 ? Math.min(1, weighted / weights) : 0;
      boolean present = input.present().contains(cause.id());
      double likelihood;
      if (present) {
        likelihood = CONTEXT_SHARE + (1 - CONTEXT_SHARE) * evidence;
      } else if (input.absent().contains(cause.id())) {
        likelihood = (1 - CONTEXT_SHARE) * evidence;
      } else {
        likelihood = evidence;
      }
      likelihood = Values.round(likelihood);
      if (!present && likelihood < LEAST_LIKELIHOOD) {
        continue;
      }
      List<Link> links = new ArrayList<>();
      if (present) {
        links.add(contextLink(cause.id()));
      }
      contributing.stream()
          .sorted(
              Comparator.<Relation>comparingDouble(
                      r -> -r.weight() * signs.get((SignId) r.to()))
                  .thenComparing(r -> r.to().slug()))
          .map(CauseInference::signToCause)
          .forEach(links::add);
      causes.add(new LikelyCause(cause.id(), likelihood, links));
    }
    causes.sort(
        Comparator.comparingDouble(LikelyCause::likelihood)
            .reversed()
            .thenComparing(LikelyCause::id));
    return List.copyOf(causes);
  }

  static Link contextLink(CauseId cause) {
    return new Link(
        new Node(NodeKind.CONTEXT, cause.slug()),
        new Node(NodeKind.CAUSE, cause.slug()),
        1.0,
        Optional.empty(),
        List.of());
  }

  /** The graph's cause-to-sign relation, read as the sign pointing to the cause. */
  static Link signToCause(Relation relation) {
    return new Link(
        new Node(NodeKind.SIGN, relation.to().slug()),
        new Node(NodeKind.CAUSE, relation.from().slug()),
        relation.weight(),
        Optional.of(relation.grounding()),
        relation.citations());
  }
}
