package dev.rapport.assessment;

import com.google.common.collect.MapMaker;
import dev.rapport.core.Cause;
import dev.rapport.core.CauseId;
import dev.rapport.core.Condition;
import dev.rapport.core.Contraindication;
import dev.rapport.core.EntityId;
import dev.rapport.core.EntityKind;
import dev.rapport.core.Grounding;
import dev.rapport.core.Intervention;
import dev.rapport.core.InterventionId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.PlaybookStep;
import dev.rapport.core.Relation;
import dev.rapport.core.Scenario;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.SafetyTopic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * A knowledge base compiled for assessing: everything the pipeline needs that depends on the
 * knowledge base alone, worked out once so that assessing an input is array work.
 *
 * <p>Signs, needs, causes and interventions get dense indexes in id order (the order of the
 * knowledge base's own lists), so comparing two indexes of a kind compares their ids. The relations
 * each step walks are arrays of indexes and weights in the order the knowledge base lists them, so
 * sums come out to the same bits as a walk over the relations. The links of explanations, the
 * fragments of their sentences, the sign scores, the safety reasons and the help resources of each
 * region are made here once and shared by every report, as they are immutable values; {@link
 * ReportWriter} renders the links and lists once too.
 *
 * <p>A presence array, what {@link Recommender} and {@link Explainer} read, holds the signs, then
 * the needs, then the causes, and a last slot, always 0, for relation ends of any other kind.
 *
 * <p>Immutable and thread-safe. {@link #of(KnowledgeBase)} compiles a knowledge base once and
 * hands the same model to every assessment over it.
 */
final class Model {
  /** A questionnaire item with what it is about, as indexes; {@code answers} by answer value. */
  record ItemRef(Scale scale, int sign, int cause, SafetyTopic topic, Link[] answers) {}

  /**
   * A scenario's playbook: which interventions it names, in the source's order without repeats,
   * with the link and sentence that explain a step of it.
   */
  record Playbook(
      Scenario scenario, boolean[] contains, int[] order, Link[] links, String sentence) {}

  /** What a relation of an intervention addresses, in {@link #targetKinds}. */
  static final int SIGN = 1;

  static final int NEED = 2;
  static final int CAUSE = 3;

  private static final ConcurrentMap<KnowledgeBase, Model> COMPILED =
      new MapMaker().weakKeys().weakValues().makeMap();

  final KnowledgeBase kb;
  final Map<Form, Questionnaire> questionnaires = new EnumMap<>(Form.class);
  final Map<String, ItemRef> items = new HashMap<>();

  // Signs, in id order.
  final Sign[] signs;
  final boolean[] signSafety;
  final int[] everydaySigns;
  final int[] safetySigns;
  final Map<String, Integer> signBySlug = new HashMap<>();
  final SignScore[][] signScores;
  final Link[][] observations;
  final String[][] rated;
  final String[][] safetySignReasons;

  // Needs, in id order; for each, the non-safety signs showing it, as kb.signsShowing lists them.
  final Need[] needs;
  final Map<String, Integer> needBySlug = new HashMap<>();
  final int[][] needSigns;
  final double[][] needSignWeights;
  final Link[][] needSignLinks;
  final String[][] needSignWords;

  // Causes, in id order; for each, the non-safety signs it produces, as kb.signsProducedBy lists.
  final Cause[] causes;
  final boolean[] causeSafety;
  final int[] everydayCauses;
  final int[] safetyCauses;
  final Map<String, Integer> causeBySlug = new HashMap<>();
  final int[][] causeSigns;
  final double[][] causeSignWeights;
  final Link[][] causeSignLinks;
  final String[][] causeSignWords;
  final Link[] contextLinks;
  final String[] causeReasons;

  // Interventions, in id order; for each, what it addresses, as kb.addressedBy lists it.
  final Intervention[] interventions;
  final Map<InterventionId, Integer> interventionIndex = new HashMap<>();
  private final Map<Intervention, Integer> ownInterventions = new IdentityHashMap<>();
  final int[][] targetKinds;
  final int[][] targets;
  final int[][] targetPresence;
  final int[][] targetRanks;
  final double[][] targetWeights;
  final Link[][] targetLinks;
  final String[][] targetWords;
  final String[][] presentCauseSentences;
  final int[] contraindications;
  final boolean[] excludedForSafety;
  final boolean[] excludedForUnwilling;
  final Link[] safetyRuleLinks;
  final Link[] distressRuleLinks;
  final Explanation[] safetyExplanations;
  final int safetySupport;
  final int individualTherapy;
  final int couplesTherapy;

  final Map<ScenarioId, Playbook> playbooks = new HashMap<>();

  // Safety.
  final String[][] topicReasons;
  private final Map<String, List<List<HelpResource>>> resources = new HashMap<>();
  private final List<List<HelpResource>> internationalResources;

  final int presenceSize;

  /** The weights of relations as explanations give them, while the model is compiled. */
  private final Map<Double, String> weights = new HashMap<>();

  private Model(KnowledgeBase kb, ItemIndex itemIndex) {
    this.kb = kb;
    for (Form form : Form.values()) {
      questionnaires.put(form, itemIndex.questionnaire(form, kb.contentVersion()));
    }
    int levels = Scale.FREQUENCY.max() + 1;

    signs = kb.signs().toArray(new Sign[0]);
    signSafety = new boolean[signs.length];
    signScores = new SignScore[signs.length][levels];
    observations = new Link[signs.length][];
    rated = new String[signs.length][levels];
    safetySignReasons = new String[signs.length][levels];
    for (int s = 0; s < signs.length; s++) {
      Sign sign = signs[s];
      signBySlug.put(sign.id().slug(), s);
      signSafety[s] = sign.safety();
      observations[s] = evidenceLinks(NodeKind.OBSERVATION, sign.id().slug(), sign.id());
      for (int v = 0; v < levels; v++) {
        String label = Scale.FREQUENCY.label(v);
        signScores[s][v] = new SignScore(sign.id(), Values.round(v / 4.0));
        rated[s][v] = "You rated '" + sign.name() + "' as " + label;
        safetySignReasons[s][v] = "Your answers show '" + sign.name() + "' (" + label + ").";
      }
    }
    everydaySigns = indexes(signSafety, false);
    safetySigns = indexes(signSafety, true);

    needs = kb.needs().toArray(new Need[0]);
    for (int n = 0; n < needs.length; n++) {
      needBySlug.put(needs[n].id().slug(), n);
    }

    causes = kb.causes().toArray(new Cause[0]);
    causeSafety = new boolean[causes.length];
    contextLinks = new Link[causes.length];
    causeReasons = new String[causes.length];
    for (int c = 0; c < causes.length; c++) {
      Cause cause = causes[c];
      causeBySlug.put(cause.id().slug(), c);
      causeSafety[c] = cause.safety();
      contextLinks[c] = CauseInference.contextLink(cause.id());
      causeReasons[c] = "You said '" + cause.name() + "' is part of your situation.";
    }
    everydayCauses = indexes(causeSafety, false);
    safetyCauses = indexes(causeSafety, true);

    presenceSize = signs.length + needs.length + causes.length + 1;

    needSigns = new int[needs.length][];
    needSignWeights = new double[needs.length][];
    needSignLinks = new Link[needs.length][];
    needSignWords = new String[needs.length][];
    for (int n = 0; n < needs.length; n++) {
      List<Relation> showing = everydaySignRelations(kb.signsShowing(needs[n].id()), true);
      String needName = Values.inSentence(needs[n].name());
      needSigns[n] = new int[showing.size()];
      needSignWeights[n] = new double[showing.size()];
      needSignLinks[n] = new Link[showing.size()];
      needSignWords[n] = new String[showing.size()];
      for (int k = 0; k < showing.size(); k++) {
        Relation relation = showing.get(k);
        needSigns[n][k] = signBySlug.get(relation.from().slug());
        needSignWeights[n][k] = relation.weight();
        needSignLinks[n][k] =
            Explainer.graphLink(
                relation, Explainer.node(relation.from()), Explainer.node(relation.to()));
        needSignWords[n][k] =
            ", which points to an unmet need for " + needName + " (" + weighs(relation) + ")";
      }
    }

    causeSigns = new int[causes.length][];
    causeSignWeights = new double[causes.length][];
    causeSignLinks = new Link[causes.length][];
    causeSignWords = new String[causes.length][];
    for (int c = 0; c < causes.length; c++) {
      List<Relation> producing = everydaySignRelations(kb.signsProducedBy(causes[c].id()), false);
      String causeName = Values.inSentence(causes[c].name());
      causeSigns[c] = new int[producing.size()];
      causeSignWeights[c] = new double[producing.size()];
      causeSignLinks[c] = new Link[producing.size()];
      causeSignWords[c] = new String[producing.size()];
      for (int k = 0; k < producing.size(); k++) {
        Relation relation = producing.get(k);
        causeSigns[c][k] = signBySlug.get(relation.to().slug());
        causeSignWeights[c][k] = relation.weight();
        causeSignLinks[c][k] = CauseInference.signToCause(relation);
        causeSignWords[c][k] = ", which can come from " + causeName + " (" + weighs(relation) + ")";
      }
    }

    interventions = kb.interventions().toArray(new Intervention[0]);
    int count = interventions.length;
    targetKinds = new int[count][];
    targets = new int[count][];
    targetPresence = new int[count][];
    targetRanks = new int[count][];
    targetWeights = new double[count][];
    targetLinks = new Link[count][];
    targetWords = new String[count][];
    presentCauseSentences = new String[count][];
    contraindications = new int[count];
    excludedForSafety = new boolean[count];
    excludedForUnwilling = new boolean[count];
    safetyRuleLinks = new Link[count];
    distressRuleLinks = new Link[count];
    safetyExplanations = new Explanation[count];
    for (int i = 0; i < count; i++) {
      Intervention intervention = interventions[i];
      interventionIndex.put(intervention.id(), i);
      ownInterventions.put(intervention, i);
      compileTargets(i, intervention);
      for (Contraindication contraindication : intervention.contraindications()) {
        contraindications[i] |= bit(contraindication.condition());
      }
      excludedForSafety[i] = SafetyGate.excludedForSafety(intervention);
      excludedForUnwilling[i] = SafetyGate.excludedForUnwilling(intervention);
      Node node = Explainer.node(intervention.id());
      safetyRuleLinks[i] = Explainer.ruleLink(Ids.SAFETY_RULE, node);
      distressRuleLinks[i] = Explainer.ruleLink(Ids.DISTRESS_RULE, node);
      safetyExplanations[i] = new Explanation(Explainer.SAFETY_TEXT, List.of(safetyRuleLinks[i]));
    }
    safetySupport = interventionIndex.getOrDefault(Ids.SAFETY_SUPPORT, -1);
    individualTherapy = interventionIndex.getOrDefault(Ids.INDIVIDUAL_THERAPY, -1);
    couplesTherapy = interventionIndex.getOrDefault(Ids.COUPLES_THERAPY, -1);

    for (Scenario scenario : kb.scenarios()) {
      Set<Integer> order = new LinkedHashSet<>();
      for (PlaybookStep step : scenario.playbook()) {
        for (InterventionId id : step.interventions()) {
          Integer index = interventionIndex.get(id);
          if (index != null) {
            order.add(index);
          }
        }
      }
      boolean[] contains = new boolean[count];
      Link[] links = new Link[count];
      for (int i : order) {
        contains[i] = true;
        links[i] = Explainer.scenarioLink(scenario, Explainer.node(interventions[i].id()));
      }
      playbooks.put(
          scenario.id(),
          new Playbook(
              scenario,
              contains,
              order.stream().mapToInt(Integer::intValue).toArray(),
              links,
              Explainer.playbookSentence(scenario)));
    }

    topicReasons = new String[SafetyTopic.values().length][levels];
    for (SafetyTopic topic : SafetyTopic.values()) {
      for (int v = 1; v < levels; v++) {
        topicReasons[topic.ordinal()][v] = SafetyScreen.reason(topic, v);
      }
    }
    internationalResources = resourcesFor(kb, "INTL");
    for (HelpResource resource : kb.resources()) {
      resources.computeIfAbsent(resource.region(), region -> resourcesFor(kb, region));
    }

    for (Item item : itemIndex.items()) {
      int sign = itemIndex.statementSign(item.id()).map(id -> signBySlug.get(id.slug())).orElse(-1);
      int cause =
          itemIndex.contextCause(item.id()).map(id -> causeBySlug.get(id.slug())).orElse(-1);
      SafetyTopic topic = itemIndex.safetyTopic(item.id()).orElse(null);
      Link[] answers =
          sign >= 0 ? evidenceLinks(NodeKind.ANSWER, item.id(), signs[sign].id()) : null;
      items.put(item.id(), new ItemRef(item.scale(), sign, cause, topic, answers));
    }
    registerRenderings();
  }

  /** Compiles what intervention {@code i} addresses: kinds, indexes, weights, links, words. */
  private void compileTargets(int i, Intervention intervention) {
    Node target = Explainer.node(intervention.id());
    String name = "'" + intervention.name() + "'";
    List<Relation> addresses = kb.addressedBy(intervention.id());
    int size = addresses.size();
    targetKinds[i] = new int[size];
    targets[i] = new int[size];
    targetPresence[i] = new int[size];
    targetRanks[i] = new int[size];
    targetWeights[i] = new double[size];
    targetLinks[i] = new Link[size];
    targetWords[i] = new String[size];
    presentCauseSentences[i] = new String[size];
    for (int k = 0; k < size; k++) {
      Relation relation = addresses.get(k);
      EntityId<?> to = relation.to();
      String lastWords = " (" + weighs(relation) + ")";
      targetWeights[i][k] = relation.weight();
      targetLinks[i][k] = Explainer.graphLink(relation, Explainer.node(to), target);
      int kind = 0;
      int index = -1;
      int presence = -1;
      if (to instanceof SignId) {
        kind = SIGN;
        index = signBySlug.getOrDefault(to.slug(), -1);
        presence = index;
        targetWords[i][k] = "; " + name + " works on it directly" + lastWords + ".";
      } else if (to instanceof NeedId) {
        kind = NEED;
        index = needBySlug.getOrDefault(to.slug(), -1);
        presence = index < 0 ? -1 : needPresence(index);
        targetWords[i][k] = "; " + name + " helps meet it" + lastWords + ".";
      } else if (to instanceof CauseId) {
        kind = CAUSE;
        index = causeBySlug.getOrDefault(to.slug(), -1);
        presence = index < 0 ? -1 : causePresence(index);
        targetWords[i][k] = "; " + name + " addresses it" + lastWords + ".";
        if (index >= 0) {
          presentCauseSentences[i][k] =
              "You said "
                  + Values.inSentence(causes[index].name())
                  + " is part of your situation; "
                  + name
                  + " addresses it"
                  + lastWords
                  + ".";
        }
      }
      if (index < 0) {
        // an end the pipeline gives no presence: it never contributes and never explains
        kind = 0;
        presence = presenceSize - 1;
      }
      targetKinds[i][k] = kind;
      targets[i][k] = index;
      targetPresence[i][k] = presence;
      targetRanks[i][k] = (to.kind().ordinal() << 20) + Math.max(index, 0);
    }
  }

  /** Registers with {@link ReportWriter} what reports hold of this model, to render it once. */
  private void registerRenderings() {
    List<Object> values = new ArrayList<>();
    for (ItemRef item : items.values()) {
      add(values, item.answers());
    }
    for (Link[] links : observations) {
      add(values, links);
    }
    add(values, contextLinks);
    for (Link[][] links : List.of(needSignLinks, causeSignLinks, targetLinks)) {
      for (Link[] some : links) {
        add(values, some);
      }
    }
    add(values, safetyRuleLinks);
    add(values, distressRuleLinks);
    for (Playbook playbook : playbooks.values()) {
      add(values, playbook.links());
    }
    for (Intervention intervention : interventions) {
      values.add(intervention.citations());
    }
    values.addAll(internationalResources);
    resources.values().forEach(values::addAll);
    ReportWriter.register(values);
  }

  private static void add(List<Object> values, Link[] links) {
    if (links != null) {
      for (Link link : links) {
        if (link != null) {
          values.add(link);
        }
      }
    }
  }

  /**
   * The model of a knowledge base, compiled on first use and shared afterwards for as long as the
   * knowledge base, or an assessment over it, is in use.
   */
  static Model of(KnowledgeBase kb) {
    Model model = COMPILED.get(kb);
    if (model == null) {
      model = new Model(kb, new ItemIndex(kb));
      Model raced = COMPILED.putIfAbsent(kb, model);
      if (raced != null) {
        model = raced;
      }
    }
    return model;
  }

  /** A model over a knowledge base with an item index already built, not shared. */
  static Model of(KnowledgeBase kb, ItemIndex itemIndex) {
    return new Model(kb, itemIndex);
  }

  int signCount() {
    return signs.length;
  }

  int sign(SignId id) {
    return signBySlug.getOrDefault(id.slug(), -1);
  }

  int need(NeedId id) {
    return needBySlug.getOrDefault(id.slug(), -1);
  }

  int cause(CauseId id) {
    return causeBySlug.getOrDefault(id.slug(), -1);
  }

  int intervention(InterventionId id) {
    return interventionIndex.getOrDefault(id, -1);
  }

  /** The index of an intervention, found by identity when it is this model's own. */
  int intervention(Intervention intervention) {
    Integer index = ownInterventions.get(intervention);
    return index != null ? index : intervention(intervention.id());
  }

  int needPresence(int need) {
    return signs.length + need;
  }

  int causePresence(int cause) {
    return signs.length + needs.length + cause;
  }

  /** The presence of everything a map names, as an array: the form the steps' tests pass in. */
  double[] presence(Map<? extends EntityId<?>, Double> map) {
    double[] presence = new double[presenceSize];
    map.forEach(
        (id, value) -> {
          int index = -1;
          if (id instanceof SignId sign) {
            index = sign(sign);
          } else if (id instanceof NeedId need) {
            index = need(need) < 0 ? -1 : needPresence(need(need));
          } else if (id instanceof CauseId cause) {
            index = cause(cause) < 0 ? -1 : causePresence(cause(cause));
          }
          if (index >= 0) {
            presence[index] = value;
          }
        });
    return presence;
  }

  /** The help resources of a region for a person without, or with, thoughts of self-harm. */
  List<HelpResource> resources(String region, boolean selfHarm) {
    return resources.getOrDefault(region, internationalResources).get(selfHarm ? 1 : 0);
  }

  /**
   * The region's resources, then the international ones, reordered so the most needed kinds come
   * first; a stable sort keeps the region's before the international ones within a rank.
   */
  private static List<List<HelpResource>> resourcesFor(KnowledgeBase kb, String region) {
    List<HelpResource> listed = kb.resourcesFor(region);
    List<List<HelpResource>> both = new ArrayList<>();
    for (boolean selfHarm : new boolean[] {false, true}) {
      both.add(
          List.copyOf(
              listed.stream()
                  .sorted(Comparator.comparingInt(r -> rank(r.kind(), selfHarm)))
                  .toList()));
    }
    return List.copyOf(both);
  }

  private static int rank(HelpKind kind, boolean selfHarm) {
    return switch (kind) {
      case EMERGENCY -> 0;
      case CRISIS -> selfHarm ? 0 : 1;
      case DOMESTIC_ABUSE -> selfHarm ? 1 : 0;
      case COUNSELLING -> 2;
    };
  }

  /** The relations whose sign end is a known, non-safety sign, in the order given. */
  private List<Relation> everydaySignRelations(List<Relation> relations, boolean signIsStart) {
    List<Relation> kept = new ArrayList<>();
    for (Relation relation : relations) {
      EntityId<?> sign = signIsStart ? relation.from() : relation.to();
      if (sign.kind() != EntityKind.SIGN) {
        continue;
      }
      Integer index = signBySlug.get(sign.slug());
      if (index != null && !signSafety[index]) {
        kept.add(relation);
      }
    }
    return kept;
  }

  /** The links from an answer or observation to a sign, one for each value 0 to 4. */
  private static Link[] evidenceLinks(NodeKind kind, String id, SignId sign) {
    Link[] links = new Link[Scale.FREQUENCY.max() + 1];
    Node from = new Node(kind, id);
    Node to = new Node(NodeKind.SIGN, sign.slug());
    for (int value = 0; value < links.length; value++) {
      links[value] = new Link(from, to, value / 4.0, Optional.empty(), List.of());
    }
    return links;
  }

  /** How an explanation gives a relation's weight and grounding. */
  private String weighs(Relation relation) {
    // a knowledge base has few distinct weights, and formatting one is slow before the JIT
    String weight = weights.computeIfAbsent(relation.weight(), Values::format);
    return "weight "
        + weight
        + ", "
        + (relation.grounding() == Grounding.STATED ? "stated by a source" : "our inference");
  }

  private static int[] indexes(boolean[] flags, boolean wanted) {
    int[] found = new int[flags.length];
    int size = 0;
    for (int i = 0; i < flags.length; i++) {
      if (flags[i] == wanted) {
        found[size++] = i;
      }
    }
    return Arrays.copyOf(found, size);
  }

  /** The bit of a condition in {@link #contraindications}. */
  static int bit(Condition condition) {
    return 1 << condition.ordinal();
  }
}
