package dev.rapport.assessment;

import dev.rapport.core.EntityId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Relation;
import dev.rapport.core.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

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
 *
 * <p>The links are the {@link Model}'s, made once, and the sentences are joined from the fragments
 * it rendered; what is left for each pick is choosing the chains and joining the text.
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

  /** The most links an explanation has: a rule, two chains of three, and a playbook. */
  private static final int MOST_LINKS = 2 + CHAINS * 3;

  private final Model model;

  Explainer(KnowledgeBase kb) {
    this(Model.of(kb));
  }

  Explainer(Model model) {
    this.model = model;
  }

  Explanation explain(
      Pick pick, ValidInput input, Map<EntityId<?>, Double> presence, Situation situation) {
    return explain(pick, input, model.presence(presence), situation);
  }

  /** Explains a pick from the presence of every sign, need and cause, laid out as in the model. */
  Explanation explain(Pick pick, ValidInput input, double[] presence, Situation situation) {
    int intervention = model.intervention(pick.intervention());
    Optional<String> rule = pick.rule();
    boolean safetyRule = rule.isPresent() && rule.get().equals(Ids.SAFETY_RULE);
    if (safetyRule && intervention == model.safetySupport) {
      // only what the rule says, so the explanation can be shared without the safety answers
      return model.safetyExplanations[intervention];
    }
    Link[] links = new Link[MOST_LINKS];
    int size = 0;
    Text text = new Text();
    if (rule.isPresent()) {
      links[size++] = ruleLink(rule.get(), intervention);
      text.sentence(safetyRule ? SAFETY_SUPPORT_OF_YOUR_OWN : DISTRESS_TEXT);
    }

    // The strongest contributions, ties by target id, as a sort and a limit would pick them.
    int[] kinds = model.targetKinds[intervention];
    int[] ranks = model.targetRanks[intervention];
    int[] targets = model.targetPresence[intervention];
    double[] weights = model.targetWeights[intervention];
    int best = -1;
    int second = -1;
    for (int k = 0; k < targets.length; k++) {
      if (kinds[k] == 0 || !(presence[targets[k]] > 0)) {
        continue;
      }
      if (best < 0 || before(k, best, weights, targets, ranks, presence)) {
        second = best;
        best = k;
      } else if (second < 0 || before(k, second, weights, targets, ranks, presence)) {
        second = k;
      }
    }
    if (best >= 0) {
      size = chain(intervention, best, input, presence, links, size, text);
    }
    if (second >= 0) {
      size = chain(intervention, second, input, presence, links, size, text);
    }

    if (pick.inPlaybook()) {
      Model.Playbook playbook = model.playbooks.get(situation.scenario());
      Scenario scenario =
          playbook != null ? playbook.scenario() : model.kb.require(situation.scenario());
      Link link = playbook != null ? playbook.links()[intervention] : null;
      links[size++] =
          link != null ? link : scenarioLink(scenario, node(model.interventions[intervention].id()));
      text.sentence(playbook != null ? playbook.sentence() : playbookSentence(scenario));
    }
    if (text.isEmpty()) {
      text.sentence(GENERAL_TEXT);
    }
    return new Explanation(text.toString(), distinct(links, size));
  }

  /** Whether contribution {@code k} sorts before {@code other}: larger first, then by target id. */
  private static boolean before(
      int k, int other, double[] weights, int[] targets, int[] ranks, double[] presence) {
    int order =
        Double.compare(
            -weights[k] * presence[targets[k]], -weights[other] * presence[targets[other]]);
    return order < 0 || (order == 0 && ranks[k] < ranks[other]);
  }

  /** Adds the chain through what relation {@code k} of the intervention addresses. */
  private int chain(
      int intervention,
      int k,
      ValidInput input,
      double[] presence,
      Link[] links,
      int size,
      Text text) {
    Link last = model.targetLinks[intervention][k];
    String words = model.targetWords[intervention][k];
    int target = model.targets[intervention][k];
    switch (model.targetKinds[intervention][k]) {
      case Model.SIGN -> {
        links[size++] = input.strongestEvidence(target);
        links[size++] = last;
        text.sentence(model.rated[target][input.intensityOf(target)], words);
      }
      case Model.NEED -> {
        int shows = strongestSign(model.needSigns[target], model.needSignWeights[target], presence);
        if (shows >= 0) {
          int sign = model.needSigns[target][shows];
          links[size++] = input.strongestEvidence(sign);
          links[size++] = model.needSignLinks[target][shows];
          text.sentence(
              model.rated[sign][input.intensityOf(sign)], model.needSignWords[target][shows], words);
        }
        links[size++] = last;
      }
      case Model.CAUSE -> {
        if (input.isPresent(target)) {
          links[size++] = model.contextLinks[target];
          text.sentence(model.presentCauseSentences[intervention][k]);
        } else {
          int produces =
              strongestSign(model.causeSigns[target], model.causeSignWeights[target], presence);
          if (produces >= 0) {
            int sign = model.causeSigns[target][produces];
            links[size++] = input.strongestEvidence(sign);
            links[size++] = model.causeSignLinks[target][produces];
            text.sentence(
                model.rated[sign][input.intensityOf(sign)],
                model.causeSignWords[target][produces],
                words);
          }
        }
        links[size++] = last;
      }
      default -> {
        // an end of another kind has no presence, so it is never chosen
      }
    }
    return size;
  }

  /**
   * The strongest relation whose sign is present, ties by sign id (the signs' index order); the
   * model keeps safety signs out of these arrays.
   */
  private static int strongestSign(int[] signs, double[] weights, double[] presence) {
    int best = -1;
    double bestKey = 0;
    for (int k = 0; k < signs.length; k++) {
      double value = presence[signs[k]];
      if (!(value > 0)) {
        continue;
      }
      double key = -weights[k] * value;
      int order = best < 0 ? -1 : Double.compare(key, bestKey);
      if (order < 0 || (order == 0 && signs[k] < signs[best])) {
        best = k;
        bestKey = key;
      }
    }
    return best;
  }

  private Link ruleLink(String rule, int intervention) {
    if (rule.equals(Ids.SAFETY_RULE)) {
      return model.safetyRuleLinks[intervention];
    }
    if (rule.equals(Ids.DISTRESS_RULE)) {
      return model.distressRuleLinks[intervention];
    }
    return ruleLink(rule, node(model.interventions[intervention].id()));
  }

  static Link graphLink(Relation relation, Node from, Node to) {
    return new Link(
        from, to, relation.weight(), Optional.of(relation.grounding()), relation.citations());
  }

  static Link ruleLink(String rule, Node target) {
    return new Link(new Node(NodeKind.RULE, rule), target, 1.0, Optional.empty(), List.of());
  }

  static Link scenarioLink(Scenario scenario, Node target) {
    return new Link(
        new Node(NodeKind.SCENARIO, scenario.id().slug()),
        target,
        1.0,
        Optional.empty(),
        scenario.citations());
  }

  static String playbookSentence(Scenario scenario) {
    return "It is a step of the '" + scenario.name() + "' plan.";
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

  /** The links without a repeat of the same step, the first one kept. */
  private static List<Link> distinct(Link[] links, int size) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      Link link = links[i];
      boolean seen = false;
      for (int j = 0; j < kept && !seen; j++) {
        seen = links[j] == link || (same(links[j].from(), link.from()) && same(links[j].to(), link.to()));
      }
      if (!seen) {
        links[kept++] = link;
      }
    }
    return List.of(Arrays.copyOf(links, kept));
  }

  private static boolean same(Node node, Node other) {
    return node == other || (node.kind() == other.kind() && node.id().equals(other.id()));
  }

  /**
   * The sentences of an explanation, each joined from fragments the model rendered, with a space
   * between sentences; the text is copied once, into the string made at the end.
   */
  private static final class Text {
    private final StringJoiner pieces = new StringJoiner("");
    private boolean empty = true;

    boolean isEmpty() {
      return empty;
    }

    void sentence(String... fragments) {
      if (!empty) {
        pieces.add(" ");
      }
      empty = false;
      for (String fragment : fragments) {
        pieces.add(fragment);
      }
    }

    @Override
    public String toString() {
      return pieces.toString();
    }
  }
}
