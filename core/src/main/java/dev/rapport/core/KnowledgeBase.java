package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.internal.Texts;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The knowledge graph and its supporting material: needs, signs, causes, interventions and
 * scenarios, the weighted relations between them, and the stories, questions, letters and help
 * resources that go with them.
 *
 * <p>Built once with {@link #builder()}, whose {@link Builder#build()} checks the whole graph and
 * reports every problem at once. A built knowledge base is immutable and thread-safe. Lists of
 * entities and material are in id order; lists of relations are strongest first, ties broken by
 * id. Nothing returned is null.
 *
 * <pre>{@code
 * KnowledgeBase kb = DefaultContent.load();
 * for (Relation r : kb.needsBehind(SignId.of("lonely-together"))) {
 *   System.out.println(kb.require(r.to()).name() + " " + r.weight());
 * }
 * }</pre>
 */
public final class KnowledgeBase {
  /** The order of {@link #relations()}: by start, then by end, each in {@link EntityId#ORDER}. */
  private static final Comparator<Relation> BY_ENDS =
      new Comparator<>() {
        @Override
        public int compare(Relation a, Relation b) {
          int byStart = EntityId.ORDER.compare(a.from(), b.from());
          return byStart != 0 ? byStart : EntityId.ORDER.compare(a.to(), b.to());
        }
      };

  private final String contentVersion;
  private final Locale locale;
  private final ImmutableList<Source> sources;
  private final Map<EntityId<?>, Entity> byId;
  private final ImmutableList<Entity> entities;
  private final ImmutableList<Relation> relations;
  private final Map<EntityId<?>, ImmutableList<Relation>> outgoing;
  private final Map<EntityId<?>, ImmutableList<Relation>> incoming;
  private final Material material;

  private KnowledgeBase(Builder builder) {
    // Loops and the JDK's maps rather than streams, lambdas and Guava's maps and multimaps: this
    // runs on every load, a cold one included, where each lambda is spun up on first use and each
    // class loaded. The builder has checked that every id is unique. The maps are never changed.
    this.contentVersion = builder.contentVersion;
    this.locale = builder.locale;
    this.sources = sorted(builder.sources);
    this.byId = new HashMap<>();
    for (Entity entity : builder.entities) {
      byId.put(entity.id(), entity);
    }
    List<EntityId<?>> ids = new ArrayList<>(byId.keySet());
    ids.sort(EntityId.ORDER);
    Entity[] inOrder = new Entity[ids.size()];
    for (int i = 0; i < inOrder.length; i++) {
      inOrder[i] = byId.get(ids.get(i));
    }
    this.entities = ImmutableList.copyOf(inOrder);
    List<Relation> ordered = new ArrayList<>(builder.relations);
    ordered.sort(BY_ENDS);
    this.relations = ImmutableList.copyOf(ordered);
    ordered.sort(Relation.STRONGEST_FIRST);
    this.outgoing = index(ordered, true);
    this.incoming = index(ordered, false);
    this.material = builder.material.snapshot().sorted();
  }

  /** The relations by their start (or end), in the order given. */
  private static Map<EntityId<?>, ImmutableList<Relation>> index(
      List<Relation> relations, boolean byStart) {
    Map<EntityId<?>, List<Relation>> lists = new HashMap<>();
    for (Relation relation : relations) {
      EntityId<?> key = byStart ? relation.from() : relation.to();
      List<Relation> list = lists.get(key);
      if (list == null) {
        list = new ArrayList<>();
        lists.put(key, list);
      }
      list.add(relation);
    }
    Map<EntityId<?>, ImmutableList<Relation>> index = new HashMap<>();
    for (Map.Entry<EntityId<?>, List<Relation>> entry : lists.entrySet()) {
      index.put(entry.getKey(), ImmutableList.copyOf(entry.getValue()));
    }
    return index;
  }

  /** A copy of {@code items}, sources or material, in the order of their ids. */
  static <T> ImmutableList<T> sorted(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(ById.ORDER);
    return ImmutableList.copyOf(copy);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The version of the content this was built from, stamped on everything built from it.
   *
   * @return the version, such as {@code 2026.11.0}
   */
  public String contentVersion() {
    return contentVersion;
  }

  /**
   * The language the content is written in.
   *
   * @return the locale; {@link Locale#ENGLISH} unless the builder set another
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The source documents the content cites.
   *
   * @return the sources, in id order
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Looks up an entity by its typed id.
   *
   * @param <E> the entity type
   * @param id the id
   * @return the entity, or empty when there is none with that id
   */
  public <E extends Entity> Optional<E> find(EntityId<E> id) {
    checkNotNull(id, "id must not be null");
    @SuppressWarnings("unchecked") // the builder keys each entity by its own id, of its own type
    E entity = (E) byId.get(id);
    return Optional.ofNullable(entity);
  }

  /**
   * Looks up an entity that must exist.
   *
   * @param <E> the entity type
   * @param id the id
   * @return the entity
   * @throws NoSuchElementException naming the id when there is none
   */
  public <E extends Entity> E require(EntityId<E> id) {
    return find(id)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no " + id.kind().word() + " with id '" + id.slug() + "'"));
  }

  /**
   * All entities of one kind.
   *
   * @param kind the kind
   * @return the entities, in id order
   */
  public List<Entity> entities(EntityKind kind) {
    checkNotNull(kind, "kind must not be null");
    ImmutableList.Builder<Entity> ofKind = ImmutableList.builder();
    for (Entity entity : entities) {
      if (entity.id().kind() == kind) {
        ofKind.add(entity);
      }
    }
    return ofKind.build();
  }

  /**
   * All needs.
   *
   * @return the needs, in id order
   */
  public List<Need> needs() {
    return ofType(Need.class);
  }

  /**
   * All signs.
   *
   * @return the signs, in id order
   */
  public List<Sign> signs() {
    return ofType(Sign.class);
  }

  /**
   * All causes.
   *
   * @return the causes, in id order
   */
  public List<Cause> causes() {
    return ofType(Cause.class);
  }

  /**
   * All interventions.
   *
   * @return the interventions, in id order
   */
  public List<Intervention> interventions() {
    return ofType(Intervention.class);
  }

  /**
   * All scenarios.
   *
   * @return the scenarios, in id order
   */
  public List<Scenario> scenarios() {
    return ofType(Scenario.class);
  }

  private <E extends Entity> List<E> ofType(Class<E> type) {
    ImmutableList.Builder<E> ofType = ImmutableList.builder();
    for (Entity entity : entities) {
      if (type.isInstance(entity)) {
        ofType.add(type.cast(entity));
      }
    }
    return ofType.build();
  }

  /**
   * Every relation of the graph.
   *
   * @return the relations, ordered by their start, then their end (each in {@link EntityId#ORDER})
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * The relations that start at {@code id}: a sign's needs, a cause's signs, or what an
   * intervention addresses.
   *
   * @param id the start
   * @return the relations, strongest first
   */
  public List<Relation> from(EntityId<?> id) {
    checkNotNull(id, "id must not be null");
    return outgoing.getOrDefault(id, ImmutableList.of());
  }

  /**
   * The relations that end at {@code id}: the signs that point to a need, the causes that produce
   * a sign, or the interventions that address a cause, need or sign.
   *
   * @param id the end
   * @return the relations, strongest first
   */
  public List<Relation> to(EntityId<?> id) {
    checkNotNull(id, "id must not be null");
    return incoming.getOrDefault(id, ImmutableList.of());
  }

  /**
   * The needs a sign shows are unmet.
   *
   * @param sign the sign
   * @return sign-to-need relations, strongest first
   */
  public List<Relation> needsBehind(SignId sign) {
    return from(sign);
  }

  /**
   * The signs that show a need is unmet.
   *
   * @param need the need
   * @return sign-to-need relations, strongest first
   */
  public List<Relation> signsShowing(NeedId need) {
    return to(need).stream()
        .filter(r -> r.from().kind() == EntityKind.SIGN)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The signs a cause tends to produce.
   *
   * @param cause the cause
   * @return cause-to-sign relations, strongest first
   */
  public List<Relation> signsProducedBy(CauseId cause) {
    return from(cause);
  }

  /**
   * The causes that tend to produce a sign.
   *
   * @param sign the sign
   * @return cause-to-sign relations, strongest first
   */
  public List<Relation> causesOf(SignId sign) {
    return to(sign).stream()
        .filter(r -> r.from().kind() == EntityKind.CAUSE)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The interventions that address a cause, need or sign.
   *
   * @param target the cause, need or sign
   * @return intervention relations, strongest first
   */
  public List<Relation> interventionsFor(EntityId<?> target) {
    return to(target).stream()
        .filter(r -> r.from().kind() == EntityKind.INTERVENTION)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * What an intervention addresses.
   *
   * @param intervention the intervention
   * @return relations to causes, needs and signs, strongest first
   */
  public List<Relation> addressedBy(InterventionId intervention) {
    return from(intervention);
  }

  /**
   * Where an entity comes from.
   *
   * @param id the entity
   * @return its citations, in the order given
   * @throws NoSuchElementException naming the id when there is no such entity
   */
  public List<Citation> citations(EntityId<?> id) {
    return require(id).citations();
  }

  /**
   * The ordered steps of a scenario's playbook.
   *
   * @param scenario the scenario
   * @return the steps, in the order to take them
   * @throws NoSuchElementException naming the id when there is no such scenario
   */
  public List<PlaybookStep> playbook(ScenarioId scenario) {
    return require(scenario).playbook();
  }

  /**
   * The stories: the sources' vignettes, retold.
   *
   * @return the stories, in id order
   */
  public List<Story> stories() {
    return material.stories();
  }

  /**
   * Frequently asked questions.
   *
   * @return the questions, in id order
   */
  public List<Faq> faqs() {
    return material.faqs();
  }

  /**
   * Common misconceptions with their reframing.
   *
   * @return the misconceptions, in id order
   */
  public List<Misconception> misconceptions() {
    return material.misconceptions();
  }

  /**
   * Daily habits that nurture connection.
   *
   * @return the habits, in id order
   */
  public List<DailyHabit> habits() {
    return material.habits();
  }

  /**
   * Conversation starters and check-in questions.
   *
   * @return the prompts, in id order
   */
  public List<ConversationPrompt> prompts() {
    return material.prompts();
  }

  /**
   * Letter templates.
   *
   * @return the templates, in id order
   */
  public List<LetterTemplate> letters() {
    return material.letters();
  }

  /**
   * Every help resource, of every region.
   *
   * @return the resources, in id order
   */
  public List<HelpResource> resources() {
    return material.resources();
  }

  /**
   * The help resources for a region, followed by the international ones ({@code INTL}).
   *
   * @param region a region code such as {@code US} or {@code uk}; an unknown region gives the
   *     international resources alone
   * @return the region's resources, then the international ones, each group by kind then id
   */
  public List<HelpResource> resourcesFor(String region) {
    String code = Texts.nonBlank(region, "region").toUpperCase(Locale.ROOT);
    Comparator<HelpResource> byKind =
        Comparator.comparing(HelpResource::kind).thenComparing(HelpResource::id);
    ImmutableList.Builder<HelpResource> result = ImmutableList.builder();
    material.resources().stream()
        .filter(r -> r.region().equals(code) && !code.equals(Material.INTERNATIONAL))
        .sorted(byKind)
        .forEach(result::add);
    material.resources().stream()
        .filter(r -> r.region().equals(Material.INTERNATIONAL))
        .sorted(byKind)
        .forEach(result::add);
    return result.build();
  }

  /**
   * The questions of the safety screen.
   *
   * @return the questions, in id order
   */
  public List<SafetyQuestion> safetyQuestions() {
    return material.safetyQuestions();
  }

  /**
   * Builds a {@link KnowledgeBase}. Not thread-safe; use one builder from one thread.
   *
   * <p>Adders only collect; {@link #build()} checks everything and reports every problem at once.
   */
  public static final class Builder {
    private String contentVersion = "";
    private Locale locale = Locale.ENGLISH;
    private final List<Source> sources = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Problem> early = new ArrayList<>();
    private final Material.Collector material = new Material.Collector();

    private Builder() {}

    /**
     * Sets the content version; required.
     *
     * @param version such as {@code 2026.11.0}
     * @return this builder
     */
    public Builder contentVersion(String version) {
      this.contentVersion = checkNotNull(version, "content version must not be null").strip();
      return this;
    }

    /**
     * Sets the language of the content; English by default.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale must not be null");
      return this;
    }

    /**
     * Adds a source document that citations may name.
     *
     * @param source the source
     * @return this builder
     */
    public Builder addSource(Source source) {
      sources.add(checkNotNull(source, "source must not be null"));
      return this;
    }

    /**
     * Adds a need, sign, cause, intervention or scenario.
     *
     * @param entity the entity
     * @return this builder
     */
    public Builder add(Entity entity) {
      entities.add(checkNotNull(entity, "entity must not be null"));
      return this;
    }

    /**
     * Adds a relation.
     *
     * @param relation the relation
     * @return this builder
     */
    public Builder relate(Relation relation) {
      relations.add(checkNotNull(relation, "relation must not be null"));
      return this;
    }

    /**
     * Adds a relation from its parts; a part that a {@link Relation} rejects (such as a weight
     * out of range) becomes a problem that {@link #build()} reports with the others.
     *
     * @param from the start
     * @param to the end
     * @param weight the weight, in (0, 1]
     * @param grounding stated by a source, or editorial
     * @param citations where a source states it
     * @return this builder
     */
    public Builder relate(
        EntityId<?> from,
        EntityId<?> to,
        double weight,
        Grounding grounding,
        List<Citation> citations) {
      checkNotNull(from, "relation start must not be null");
      checkNotNull(to, "relation end must not be null");
      try {
        relations.add(new Relation(from, to, weight, grounding, citations));
      } catch (IllegalArgumentException | NullPointerException e) {
        early.add(new Problem(from.reference(), e.getMessage()));
      }
      return this;
    }

    /**
     * Adds a story.
     *
     * @param story the story
     * @return this builder
     */
    public Builder addStory(Story story) {
      material.stories.add(checkNotNull(story, "story must not be null"));
      return this;
    }

    /**
     * Adds a frequently asked question.
     *
     * @param faq the question and answer
     * @return this builder
     */
    public Builder addFaq(Faq faq) {
      material.faqs.add(checkNotNull(faq, "faq must not be null"));
      return this;
    }

    /**
     * Adds a misconception.
     *
     * @param misconception the misconception and its reframing
     * @return this builder
     */
    public Builder addMisconception(Misconception misconception) {
      material.misconceptions.add(checkNotNull(misconception, "misconception must not be null"));
      return this;
    }

    /**
     * Adds a daily habit.
     *
     * @param habit the habit
     * @return this builder
     */
    public Builder addHabit(DailyHabit habit) {
      material.habits.add(checkNotNull(habit, "habit must not be null"));
      return this;
    }

    /**
     * Adds a conversation starter or check-in question.
     *
     * @param prompt the prompt
     * @return this builder
     */
    public Builder addPrompt(ConversationPrompt prompt) {
      material.prompts.add(checkNotNull(prompt, "prompt must not be null"));
      return this;
    }

    /**
     * Adds a letter template.
     *
     * @param letter the template
     * @return this builder
     */
    public Builder addLetter(LetterTemplate letter) {
      material.letters.add(checkNotNull(letter, "letter must not be null"));
      return this;
    }

    /**
     * Adds a help resource.
     *
     * @param resource the resource
     * @return this builder
     */
    public Builder addResource(HelpResource resource) {
      material.resources.add(checkNotNull(resource, "resource must not be null"));
      return this;
    }

    /**
     * Adds a question of the safety screen.
     *
     * @param question the question
     * @return this builder
     */
    public Builder addSafetyQuestion(SafetyQuestion question) {
      material.safetyQuestions.add(checkNotNull(question, "safety question must not be null"));
      return this;
    }

    /**
     * Checks the whole graph and builds the knowledge base.
     *
     * <p>The checks: a content version is set; no id, question id or relation is defined twice;
     * every citation names an added source; every entity cites a source; every relation joins
     * entities that exist, of kinds that may be joined (sign to need, cause to sign, intervention
     * to cause, need or sign); every sign points to a need, every need is pointed to by a sign,
     * every cause produces a sign, every intervention addresses something; playbooks have steps
     * and, like the material, refer only to entities that exist.
     *
     * @return the knowledge base
     * @throws KnowledgeBaseException listing every problem found
     */
    public KnowledgeBase build() {
      List<Problem> problems = new ArrayList<>(early);
      problems.addAll(
          new GraphCheck(contentVersion, sources, entities, relations, material.snapshot())
              .problems());
      if (!problems.isEmpty()) {
        throw new KnowledgeBaseException(problems);
      }
      return new KnowledgeBase(this);
    }
  }
}
