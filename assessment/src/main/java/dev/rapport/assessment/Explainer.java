package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.EntityId;
import dev.rapport.core.Grounding;
import dev.rapport.core.Intervention;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.Relation;
import dev.rapport.core.Scenario;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step 7: explains each recommendation as the chain answer, sign, cause or need, intervention,
 * with the weights and grounding of each link, as a sentence and as structured links.
 *
 * <p>An intervention's {@value #CHAINS} strongest contributions (relation weight times presence,
 * ties by target id) each give one chain. Only non-safety signs and causes have presence, so no
 * chain passes through a safety answer. {@code safety-support} is explained by the safety rule
 * alone, in words that do not say what the screen found, so the explanation can be shared; other
 * items a rule brought in start with the rule, then their chains; a step of the scenario's
 * playbook ends with it.
 */
final class Explainer {
  static final int CHAINS = 2;
  static final String SAFETY_TEXT =
      "Safety comes first. The private safety check found something that calls for support, so"
          + " help from a support service comes before anything else, and nothing that involves"
          + " your partner is suggested for now. Where to turn is listed in the private safety"
          + " section.";
  static final String SAFETY_SUPPORT_OF_YOUR_OWN =
      "Support of your own, from a counsellor or therapist, helps while safety comes first.";
  static final String DISTRESS_TEXT =
      "Your answers show strong or lasting distress, and a professional can help you carry it.";
  static final String GENERAL_TEXT = "Suggested as a general step for your situation.";

  private final KnowledgeBase kb;

  Explainer(KnowledgeBase kb) {
    this.kb = kb;
  }

  Explanation explain(
      Pick pick, ValidInput input, Map<EntityId<?>, Double> presence, Situation situation) {
    Intervention intervention = pick.intervention();
    Node target = node(intervention.id());
    if (pick.rule().equals(Optional.of(Ids.SAFETY_RULE))) {
      return new Explanation(SAFETY_TEXT, List.of(ruleLink(Ids.SAFETY_RULE, target)));
    }
    List<Link> links = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    if (pick.rule().isPresent()) {
      String rule = pick.rule().get();
      links.add(ruleLink(rule, target));
      sentences.add(rule.equals(Ids.SAFETY_RULE) ? SAFETY_SUPPORT_OF_YOUR_OWN : DISTRESS_TEXT);
    }
    List<Relation> strongest =
        kb.addressedBy(intervention.id()).stream()
            .filter(r -> presence.getOrDefault(r.to(), 0.0) > 0)
            .sorted(
                Comparator.<Relation>comparingDouble(
                        r -> -r.weight() * presence.get(r.to()))
                    .thenComparing(Relation::to, EntityId.ORDER))
            .limit(CHAINS)
            .toList();
    for (Relation relation : strongest) {
      chain(intervention, relation, input, presence, links, sentences);
    }
    if (pick.inPlaybook()) {
      Scenario scenario = kb.require(situation.scenario());
      links.add(
          new Link(
              new Node(NodeKind.SCENARIO, scenario.id().slug()),
              target,
              1.0,
              Optional.empty(),
              scenario.citations()));
      sentences.add("It is a step of the '" + scenario.name() + "' plan.");
    }
    if (sentences.isEmpty()) {
      sentences.add(GENERAL_TEXT);
    }
    return new Explanation(String.join(" ", sentences), distinct(links));
  }

  private void chain(
      Intervention intervention,
      Relation addresses,
      ValidInput input,
      Map<EntityId<?>, Double> presence,
      List<Link> links,
      List<String> sentences) {
    String name = "'" + intervention.name() + "'";
    Link last = graphLink(addresses, node(addresses.to()), node(intervention.id()));
    String lastWords = " (" + weighs(addresses) + ")";
    EntityId<?> target = addresses.to();
    if (target instanceof SignId sign) {
      links.add(strongestAnswer(input, sign));
      links.add(last);
      sentences.add(rated(input, sign) + "; " + name + " works on it directly" + lastWords + ".");
    } else if (target instanceof NeedId need) {
      Optional<Relation> shows = strongestSign(kb.signsShowing(need), true, presence);
      String needName = Values.inSentence(kb.require(need).name());
      if (shows.isPresent()) {
        SignId sign = (SignId) shows.get().from();
        links.add(strongestAnswer(input, sign));
        links.add(graphLink(shows.get(), node(sign), node(need)));
        sentences.add(
            rated(input, sign)
                + ", which points to an unmet need for "
                + needName
                + " ("
                + weighs(shows.get())
                + "); "
                + name
                + " helps meet it"
                + lastWords
                + ".");
      }
      links.add(last);
    } else if (target instanceof CauseId cause) {
      String causeName = Values.inSentence(kb.require(cause).name());
      if (input.present().contains(cause)) {
        links.add(CauseInference.contextLink(cause));
        sentences.add(
            "You said "
                + causeName
                + " is part of your situation; "
                + name
                + " addresses it"
                + lastWords
                + ".");
      } else {
        Optional<Relation> produces = strongestSign(kb.signsProducedBy(cause), false, presence);
        if (produces.isPresent()) {
          SignId sign = (SignId) produces.get().to();
          links.add(strongestAnswer(input, sign));
          links.add(CauseInference.signToCause(produces.get()));
          sentences.add(
              rated(input, sign)
                  + ", which can come from "
                  + causeName
                  + " ("
                  + weighs(produces.get())
                  + "); "
                  + name
                  + " addresses it"
                  + lastWords
                  + ".");
        }
      }
      links.add(last);
    }
  }

  /** The strongest sign relation whose sign is present, ties by sign id; never a safety sign. */
  private Optional<Relation> strongestSign(
      List<Relation> relations, boolean signIsStart, Map<EntityId<?>, Double> presence) {
    return relations.stream()
        .filter(r -> presence.getOrDefault(signIsStart ? r.from() : r.to(), 0.0) > 0)
        .filter(r -> !kb.find((SignId) (signIsStart ? r.from() : r.to())).map(Sign::safety).orElse(true))
        .min(
            Comparator.<Relation>comparingDouble(
                    r -> -r.weight() * presence.get(signIsStart ? r.from() : r.to()))
                .thenComparing(r -> (signIsStart ? r.from() : r.to()).slug()));
  }

  private static Link strongestAnswer(ValidInput input, SignId sign) {
    return input.evidence().get(sign).get(0);
  }

  private String rated(ValidInput input, SignId sign) {
    return "You rated '"
        + kb.require(sign).name()
        + "' as "
        + Scale.FREQUENCY.label(input.intensity(sign));
  }

  private static String weighs(Relation relation) {
    return "weight "
        + Values.format(relation.weight())
        + ", "
        + (relation.grounding() == Grounding.STATED ? "stated by a source" : "our inference");
  }

  private static Link graphLink(Relation relation, Node from, Node to) {
    return new Link(
        from, to, relation.weight(), Optional.of(relation.grounding()), relation.citations());
  }

  private static Link ruleLink(String rule, Node target) {
    return new Link(new Node(NodeKind.RULE, rule), target, 1.0, Optional.empty(), List.of());
  }

  static Node node(EntityId<?> id) {
    NodeKind kind =
        switch (id.kind()) {
          case NEED -> NodeKind.NEED;
          case SIGN -> NodeKind.SIGN;
          case CAUSE -> NodeKind.CAUSE;
          case INTERVENTION -> NodeKind.INTERVENTION;
          case SCENARIO -> NodeKind.SCENARIO;
        };
    return new Node(kind, id.slug());
  }

  private static List<Link> distinct(List<Link> links) {
    Set<String> seen = new HashSet<>();
    List<Link> kept = new ArrayList<>();
    for (Link link : links) {
      if (seen.add(link.from() + ">" + link.to())) {
        kept.add(link);
      }
    }
    return kept;
  }
}
