package dev.rapport.content;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.core.Cadence;
import dev.rapport.core.Cause;
import dev.rapport.core.CauseId;
import dev.rapport.core.Citation;
import dev.rapport.core.Condition;
import dev.rapport.core.Contraindication;
import dev.rapport.core.EntityId;
import dev.rapport.core.EntityKind;
import dev.rapport.core.Grounding;
import dev.rapport.core.Intervention;
import dev.rapport.core.InterventionId;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.KnowledgeBaseException;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.PlaybookStep;
import dev.rapport.core.Question;
import dev.rapport.core.Relation;
import dev.rapport.core.Scenario;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.Sign;
import dev.rapport.core.SignId;
import dev.rapport.core.Source;
import dev.rapport.core.Stage;
import dev.rapport.core.Who;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterSection;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.LetterVariant;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.PromptKind;
import dev.rapport.core.material.SafetyQuestion;
import dev.rapport.core.material.SafetyTopic;
import dev.rapport.core.material.Story;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks the layered raw items of a pack and maps them onto the core types, then has {@link
 * KnowledgeBase.Builder#build()} check the graph, and reports every problem at the place in the
 * JSON it comes from.
 *
 * <p>Three kinds of problem are found here, and each ends up as a {@link ContentProblem} with a
 * file and a pointer: the JSON does not fit the wire records (Jackson: a wrong type, an unknown
 * field); a value does not fit the format (a missing field, an unknown enum value, a bad date) or
 * is rejected by a core record's constructor (a bad slug, blank text, a weight out of range); or
 * the graph as a whole is inconsistent (the core builder's problems: a dangling id, a duplicate
 * question id, an unreachable need), mapped back from the item's id to its file and place.
 *
 * <p>Loading goes on past a bad item so that one problem does not hide another. An item that cannot
 * be built at all is left out, and so is what can only be wrong because it is missing: a reference
 * to it, or a need that only it pointed to, is not reported as well.
 */
final class PackMapper {
  /**
   * Lower-case kebab-case. The group is possessive: a plain {@code (...)*} makes the regex engine
   * recurse once per hyphenated part, so a long id overflowed the stack.
   */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*+");

  /** The lightest weight of the format's scale (FORMAT.md, WEIGHTS.md). */
  private static final double LIGHTEST = 0.1;

  private final Assembly assembly;
  private final Problems problems;
  private final Provenance provenance;
  private final String fallbackFile;
  private final KnowledgeBase.Builder builder = KnowledgeBase.builder();
  private final Map<String, Source> sources = new HashMap<>();

  PackMapper(Assembly assembly, Problems problems, String fallbackFile) {
    this.assembly = assembly;
    this.problems = problems;
    this.provenance = new Provenance(problems, fallbackFile, assembly.unreadable());
    this.fallbackFile = fallbackFile;
  }

  /**
   * Maps everything and builds the knowledge base.
   *
   * @throws ContentException with every problem found, when there is any
   */
  KnowledgeBase build() {
    pack();
    sources();
    needs();
    signs();
    causes();
    interventions();
    scenarios();
    stories();
    faqs();
    misconceptions();
    habits();
    prompts();
    letters();
    resources();
    safetyQuestions();
    try {
      KnowledgeBase knowledge = builder.build();
      if (problems.isEmpty()) {
        return knowledge;
      }
    } catch (KnowledgeBaseException e) {
      e.problems().forEach(provenance::report);
      if (problems.isEmpty()) {
        // Only consequences were left out, so something else must have been reported; should
        // that ever fail, the core's own words are better than no report.
        e.problems().forEach(p -> problems.add(new Origin(fallbackFile, ""), p.toString()));
      }
    }
    throw new ContentException(problems.sorted());
  }

  // ---------------------------------------------------------------- pack.json

  private void pack() {
    String version = null;
    Locale locale = null;
    for (Assembly.Head head : assembly.heads()) {
      Ctx ctx = new Ctx(head.origin(), "pack");
      Optional<Wire.Pack> bound = bind(head.node(), head.origin(), Wire.Pack.class);
      if (bound.isEmpty()) {
        continue;
      }
      Wire.Pack pack = bound.get();
      if (head.complete()) {
        ctx.required(pack.version(), "version");
        ctx.required(pack.locale(), "locale");
      }
      if (pack.version() != null) {
        if (pack.version().isBlank()) {
          ctx.problem("/version", "version must not be blank");
        } else {
          version = pack.version();
        }
      }
      if (pack.locale() != null) {
        locale = locale(ctx, pack.locale()).orElse(locale);
      }
    }
    // Without a version a problem has been reported already (or pack.json is missing or broken).
    builder.contentVersion(version == null ? "unknown" : version);
    if (locale != null) {
      builder.locale(locale);
    }
  }

  private static Optional<Locale> locale(Ctx ctx, String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (!locale.getLanguage().isEmpty()) {
        return Optional.of(locale);
      }
    } catch (IllformedLocaleException e) {
      // reported below, with the value
    }
    ctx.problem(
        "/locale",
        "locale must be a language tag such as en or pt-BR but was '" + Json.abbreviate(tag) + "'");
    return Optional.empty();
  }

  private void sources() {
    for (Assembly.Item item : assembly.sources()) {
      Optional<Wire.Source> bound = bind(item, Wire.Source.class);
      String subject = "source:" + rawId(item.node());
      if (bound.isEmpty()) {
        provenance.leaveOut(subject, PackFile.PACK);
        continue;
      }
      Wire.Source w = bound.get();
      Ctx ctx = new Ctx(item.origin(), subject);
      String title = ctx.required(w.title(), "title");
      if (w.id() == null) {
        ctx.missing("id");
        continue;
      }
      String id = w.id();
      Optional<Source> source =
          ctx.attempt(
              () -> new Source(id, title, Optional.ofNullable(w.author())),
              blame(slug("/id", id), blank("/title", title), blank("/author", w.author())));
      if (source.isEmpty()) {
        provenance.leaveOut(subject, PackFile.PACK);
        continue;
      }
      sources.put(id, source.get());
      provenance.origin(subject, item.origin());
      builder.addSource(source.get());
    }
  }

  // ---------------------------------------------------------------- entities

  private void needs() {
    for (Assembly.Item item : assembly.items(PackFile.NEEDS)) {
      entity(item, PackFile.NEEDS, Wire.Need.class, EntityKind.NEED, Wire.Need::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Need w = e.wire();
                NeedId id = (NeedId) e.id();
                String name = ctx.required(w.name(), "name");
                String description = ctx.required(w.description(), "description");
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                add(
                    ctx,
                    PackFile.NEEDS,
                    () -> new Need(id, name, description, cites),
                    blame(blank("/name", name), blank("/description", description)));
              });
    }
  }

  private void signs() {
    for (Assembly.Item item : assembly.items(PackFile.SIGNS)) {
      entity(item, PackFile.SIGNS, Wire.Sign.class, EntityKind.SIGN, Wire.Sign::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Sign w = e.wire();
                SignId id = (SignId) e.id();
                String name = ctx.required(w.name(), "name");
                String description = ctx.required(w.description(), "description");
                List<Question> statements = new ArrayList<>();
                List<Wire.Question> wireStatements = ctx.optionalList(w.statements());
                for (int i = 0; i < wireStatements.size(); i++) {
                  question(ctx, wireStatements.get(i), "/statements/" + i)
                      .ifPresent(statements::add);
                }
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                boolean added =
                    add(
                        ctx,
                        PackFile.SIGNS,
                        () ->
                            new Sign(
                                id,
                                name,
                                description,
                                statements,
                                Boolean.TRUE.equals(w.safety()),
                                cites),
                        blame(blank("/name", name), blank("/description", description)));
                if (added) {
                  relations(
                      ctx, id, ctx.requiredList(w.needs(), "needs"), "/needs", EntityKind.NEED);
                }
              });
    }
  }

  private void causes() {
    for (Assembly.Item item : assembly.items(PackFile.CAUSES)) {
      entity(item, PackFile.CAUSES, Wire.Cause.class, EntityKind.CAUSE, Wire.Cause::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Cause w = e.wire();
                CauseId id = (CauseId) e.id();
                String name = ctx.required(w.name(), "name");
                String description = ctx.required(w.description(), "description");
                Optional<Question> question =
                    w.question() == null
                        ? Optional.empty()
                        : question(ctx, w.question(), "/question");
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                boolean added =
                    add(
                        ctx,
                        PackFile.CAUSES,
                        () ->
                            new Cause(
                                id,
                                name,
                                description,
                                question,
                                Boolean.TRUE.equals(w.safety()),
                                cites),
                        blame(blank("/name", name), blank("/description", description)));
                if (added) {
                  relations(
                      ctx, id, ctx.requiredList(w.signs(), "signs"), "/signs", EntityKind.SIGN);
                }
              });
    }
  }

  private void interventions() {
    for (Assembly.Item item : assembly.items(PackFile.INTERVENTIONS)) {
      entity(
              item,
              PackFile.INTERVENTIONS,
              Wire.Intervention.class,
              EntityKind.INTERVENTION,
              Wire.Intervention::id)
          .ifPresent(e -> intervention(e.ctx(), e.wire(), (InterventionId) e.id()));
    }
  }

  private void intervention(Ctx ctx, Wire.Intervention w, InterventionId id) {
    String name = ctx.required(w.name(), "name");
    String description = ctx.required(w.description(), "description");
    Who who = ctx.enumValue(w.who(), Who.class, "who").orElse(Who.SELF);
    InterventionKind kind =
        ctx.enumValue(w.kind(), InterventionKind.class, "kind").orElse(InterventionKind.HABIT);
    Cadence cadence = ctx.enumValue(w.cadence(), Cadence.class, "cadence").orElse(Cadence.ONCE);
    int effort = ctx.required(w.effortMinutes(), "effortMinutes", 1);
    Stage stage = ctx.enumValue(w.stage(), Stage.class, "stage").orElse(Stage.STABILISE);
    List<String> steps = ctx.requiredList(w.steps(), "steps");
    List<Contraindication> contraindications = new ArrayList<>();
    List<Wire.Contraindication> wireContra = ctx.optionalList(w.contraindications());
    for (int i = 0; i < wireContra.size(); i++) {
      Wire.Contraindication c = wireContra.get(i);
      Ctx at = ctx.at("/contraindications/" + i);
      Optional<Condition> condition = at.enumValue(c.condition(), Condition.class, "condition");
      String note = at.required(c.note(), "note");
      condition
          .flatMap(
              cond ->
                  at.attempt(() -> new Contraindication(cond, note), blame(blank("/note", note))))
          .ifPresent(contraindications::add);
    }
    List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
    boolean added =
        add(
            ctx,
            PackFile.INTERVENTIONS,
            () ->
                new Intervention(
                    id,
                    name,
                    description,
                    who,
                    kind,
                    cadence,
                    effort,
                    stage,
                    steps,
                    contraindications,
                    cites),
            blame(
                blank("/name", name),
                blank("/description", description),
                when("/effortMinutes", effort < 1),
                when("/steps", steps.isEmpty()),
                blankIn("/steps", steps)));
    if (!added) {
      return;
    }
    if (who == Who.COUPLE
        && contraindications.stream().noneMatch(c -> c.condition() == Condition.SAFETY_CONCERN)
        && wireContra.stream().noneMatch(c -> "SAFETY_CONCERN".equals(c.condition()))) {
      ctx.problem(
          w.contraindications() == null ? "" : "/contraindications",
          "a COUPLE intervention must list the SAFETY_CONCERN contraindication, so that it is never"
              + " advised where there is fear or harm");
    }
    if (w.addresses() == null) {
      ctx.missing("addresses");
      return;
    }
    Wire.Addresses addresses = w.addresses();
    relations(ctx, id, ctx.optionalList(addresses.causes()), "/addresses/causes", EntityKind.CAUSE);
    relations(ctx, id, ctx.optionalList(addresses.needs()), "/addresses/needs", EntityKind.NEED);
    relations(ctx, id, ctx.optionalList(addresses.signs()), "/addresses/signs", EntityKind.SIGN);
  }

  private void scenarios() {
    for (Assembly.Item item : assembly.items(PackFile.SCENARIOS)) {
      entity(item, PackFile.SCENARIOS, Wire.Scenario.class, EntityKind.SCENARIO, Wire.Scenario::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Scenario w = e.wire();
                ScenarioId id = (ScenarioId) e.id();
                String name = ctx.required(w.name(), "name");
                String description = ctx.required(w.description(), "description");
                List<PlaybookStep> playbook = new ArrayList<>();
                List<Wire.PlaybookStep> steps = ctx.requiredList(w.playbook(), "playbook");
                for (int i = 0; i < steps.size(); i++) {
                  Wire.PlaybookStep step = steps.get(i);
                  Ctx at = ctx.at("/playbook/" + i);
                  String title = at.required(step.title(), "title");
                  String text = at.required(step.text(), "text");
                  List<InterventionId> ids =
                      ids(
                          at,
                          at.optionalList(step.interventions()),
                          "/interventions",
                          InterventionId::of);
                  at.attempt(
                          () -> new PlaybookStep(title, text, ids),
                          blame(blank("/title", title), blank("/text", text)))
                      .ifPresentOrElse(playbook::add, ctx::lost);
                }
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                add(
                    ctx,
                    PackFile.SCENARIOS,
                    () -> new Scenario(id, name, description, playbook, cites),
                    blame(blank("/name", name), blank("/description", description)));
              });
    }
  }

  /** A bound entity whose id is good, ready to map. */
  private record Bound<W>(Ctx ctx, W wire, EntityId<?> id) {}

  private <W> Optional<Bound<W>> entity(
      Assembly.Item item,
      PackFile file,
      Class<W> type,
      EntityKind kind,
      Function<W, String> rawId) {
    String rawSubject = kind.word() + ":" + rawId(item.node());
    Optional<W> bound = bind(item, type);
    if (bound.isEmpty()) {
      provenance.leaveOut(rawSubject, file);
      return Optional.empty();
    }
    Ctx ctx = new Ctx(item.origin(), rawSubject);
    String slug = rawId.apply(bound.get());
    if (slug == null) {
      ctx.required(null, "id");
      provenance.leaveOut(rawSubject, file);
      return Optional.empty();
    }
    Optional<EntityId<?>> id = ctx.attempt(() -> kind.id(slug), "/id");
    if (id.isEmpty()) {
      provenance.leaveOut(rawSubject, file);
      return Optional.empty();
    }
    return Optional.of(new Bound<>(ctx, bound.get(), id.get()));
  }

  private <E extends dev.rapport.core.Entity> boolean add(
      Ctx ctx, PackFile file, Supplier<E> make, Function<RuntimeException, String> blame) {
    Optional<E> entity = ctx.attempt(make, blame);
    if (entity.isEmpty()) {
      provenance.leaveOut(ctx.subject(), file);
      return false;
    }
    provenance.origin(ctx.subject(), ctx.origin());
    builder.add(entity.get());
    return true;
  }

  private Optional<Question> question(Ctx ctx, Wire.Question w, String pointer) {
    Ctx at = ctx.at(pointer);
    String text = at.required(w.text(), "text");
    if (w.id() == null) {
      return at.missing("id");
    }
    String id = w.id();
    Optional<Question> question =
        at.attempt(() -> new Question(id, text), blame(slug("/id", id), blank("/text", text)));
    question.ifPresent(q -> provenance.origin("question:" + q.id(), at.origin()));
    return question;
  }

  private void relations(
      Ctx ctx, EntityId<?> from, List<Wire.Relation> list, String pointer, EntityKind target) {
    for (int i = 0; i < list.size(); i++) {
      Wire.Relation w = list.get(i);
      Ctx at = ctx.at(pointer + "/" + i);
      Optional<EntityId<?>> to =
          w.id() == null ? at.missing("id") : at.attempt(() -> target.id(w.id()), "/id");
      double weight = at.required(w.weight(), "weight", 1.0);
      Optional<Grounding> grounding = at.enumValue(w.grounding(), Grounding.class, "grounding");
      // The relation's own citations are reported under the relation, as the core reports them.
      Ctx relation =
          new Ctx(at.origin(), to.map(t -> from.reference() + " -> " + t.reference()).orElse(""));
      List<Citation> cites = citations(relation, relation.optionalList(w.sources()));
      if (to.isEmpty() || grounding.isEmpty()) {
        ctx.lost();
        to.ifPresent(t -> provenance.reported(t.reference()));
        continue;
      }
      Optional<Relation> made =
          relation.attempt(
              () -> new Relation(from, to.get(), weight, grounding.get(), cites),
              blame(
                  when("/weight", !(weight > 0 && weight <= 1)),
                  when(
                      w.sources() == null ? "" : "/sources",
                      grounding.get() == Grounding.STATED && cites.isEmpty())));
      if (made.isEmpty()) {
        ctx.lost();
        provenance.reported(to.get().reference());
        continue;
      }
      if (weight < LIGHTEST) {
        // The core allows any weight above 0; the format keeps the scale at 0.1 and above.
        relation.problem(
            "/weight",
            "weight of "
                + relation.subject()
                + " must be at least "
                + LIGHTEST
                + " (the lightest of the scale) but was "
                + weight);
      }
      provenance.origin(relation.subject(), at.origin());
      provenance.mention(ctx.subject(), to.get().reference(), at.origin().field("id"));
      builder.relate(made.get());
    }
  }

  private List<Citation> citations(Ctx ctx, List<Wire.Citation> list) {
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Wire.Citation w = list.get(i);
      Ctx at = ctx.at("/sources/" + i);
      String section = at.required(w.section(), "section");
      if (w.source() == null) {
        at.missing("source");
        continue;
      }
      Source known = sources.get(w.source());
      // An unknown source gets a stand-in, so that the core reports the citation as unknown.
      Optional<Source> source =
          known != null
              ? Optional.of(known)
              : at.attempt(() -> Source.of(w.source(), w.source()), "/source");
      if (source.isEmpty()) {
        ctx.lost();
        continue;
      }
      provenance.mention(ctx.subject(), "source '" + w.source() + "'", at.origin().field("source"));
      at.attempt(() -> new Citation(source.get(), section), blame(blank("/section", section)))
          .ifPresentOrElse(citations::add, ctx::lost);
    }
    return citations;
  }

  private <I extends EntityId<?>> List<I> ids(
      Ctx ctx, List<String> slugs, String pointer, Function<String, I> make) {
    List<I> ids = new ArrayList<>();
    for (int i = 0; i < slugs.size(); i++) {
      String slug = slugs.get(i);
      Origin at = ctx.origin().at(pointer + "/" + i);
      Optional<I> id = ctx.attempt(() -> make.apply(slug), pointer + "/" + i);
      id.ifPresent(
          value -> {
            ids.add(value);
            provenance.mention(ctx.subject(), value.kind().word() + " '" + value.slug() + "'", at);
          });
    }
    return ids;
  }

  // ---------------------------------------------------------------- material

  private void stories() {
    for (Assembly.Item item : assembly.items(PackFile.STORIES)) {
      material(item, PackFile.STORIES, Wire.Story.class, Wire.Story::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Story w = e.wire();
                String title = ctx.required(w.title(), "title");
                String text = ctx.required(w.text(), "text");
                List<SignId> signs = ids(ctx, ctx.optionalList(w.signs()), "/signs", SignId::of);
                List<CauseId> causes =
                    ids(ctx, ctx.optionalList(w.causes()), "/causes", CauseId::of);
                List<InterventionId> interventions =
                    ids(
                        ctx,
                        ctx.optionalList(w.interventions()),
                        "/interventions",
                        InterventionId::of);
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                ctx.attempt(
                        () -> new Story(e.id(), title, text, signs, causes, interventions, cites),
                        blame(slug("/id", e.id()), blank("/title", title), blank("/text", text)))
                    .ifPresent(s -> added(ctx, s, builder::addStory));
              });
    }
  }

  private void faqs() {
    for (Assembly.Item item : assembly.items(PackFile.FAQS)) {
      material(item, PackFile.FAQS, Wire.Faq.class, Wire.Faq::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Faq w = e.wire();
                String question = ctx.required(w.question(), "question");
                String answer = ctx.required(w.answer(), "answer");
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                ctx.attempt(
                        () -> new Faq(e.id(), question, answer, cites),
                        blame(
                            slug("/id", e.id()),
                            blank("/question", question),
                            blank("/answer", answer)))
                    .ifPresent(f -> added(ctx, f, builder::addFaq));
              });
    }
  }

  private void misconceptions() {
    for (Assembly.Item item : assembly.items(PackFile.MISCONCEPTIONS)) {
      material(item, PackFile.MISCONCEPTIONS, Wire.Misconception.class, Wire.Misconception::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Misconception w = e.wire();
                String belief = ctx.required(w.belief(), "belief");
                String reframe = ctx.required(w.reframe(), "reframe");
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                ctx.attempt(
                        () -> new Misconception(e.id(), belief, reframe, cites),
                        blame(
                            slug("/id", e.id()),
                            blank("/belief", belief),
                            blank("/reframe", reframe)))
                    .ifPresent(m -> added(ctx, m, builder::addMisconception));
              });
    }
  }

  private void habits() {
    for (Assembly.Item item : assembly.items(PackFile.HABITS)) {
      material(item, PackFile.HABITS, Wire.Habit.class, Wire.Habit::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Habit w = e.wire();
                String name = ctx.required(w.name(), "name");
                String description = ctx.required(w.description(), "description");
                List<InterventionId> interventions =
                    ids(
                        ctx,
                        ctx.optionalList(w.interventions()),
                        "/interventions",
                        InterventionId::of);
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                ctx.attempt(
                        () -> new DailyHabit(e.id(), name, description, interventions, cites),
                        blame(
                            slug("/id", e.id()),
                            blank("/name", name),
                            blank("/description", description)))
                    .ifPresent(h -> added(ctx, h, builder::addHabit));
              });
    }
  }

  private void prompts() {
    for (Assembly.Item item : assembly.items(PackFile.PROMPTS)) {
      material(item, PackFile.PROMPTS, Wire.Prompt.class, Wire.Prompt::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Prompt w = e.wire();
                Optional<PromptKind> kind = ctx.enumValue(w.kind(), PromptKind.class, "kind");
                String text = ctx.required(w.text(), "text");
                List<NeedId> needs = ids(ctx, ctx.optionalList(w.needs()), "/needs", NeedId::of);
                List<Citation> cites = citations(ctx, ctx.optionalList(w.sources()));
                ctx.attempt(
                        () ->
                            new ConversationPrompt(
                                e.id(),
                                kind.orElse(PromptKind.CONVERSATION_STARTER),
                                text,
                                needs,
                                cites),
                        blame(slug("/id", e.id()), blank("/text", text)))
                    .ifPresent(p -> added(ctx, p, builder::addPrompt));
              });
    }
  }

  private void letters() {
    for (Assembly.Item item : assembly.items(PackFile.LETTERS)) {
      material(item, PackFile.LETTERS, Wire.Letter.class, Wire.Letter::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Letter w = e.wire();
                Optional<LetterVariant> variant =
                    ctx.enumValue(w.variant(), LetterVariant.class, "variant");
                String name = ctx.required(w.name(), "name");
                String description = ctx.required(w.description(), "description");
                List<LetterSection> sections = new ArrayList<>();
                List<Wire.LetterSection> wireSections = ctx.requiredList(w.sections(), "sections");
                for (int i = 0; i < wireSections.size(); i++) {
                  Wire.LetterSection s = wireSections.get(i);
                  Ctx at = ctx.at("/sections/" + i);
                  String key = at.required(s.key(), "key");
                  String title = at.required(s.title(), "title");
                  String guidance = at.required(s.guidance(), "guidance");
                  String example = at.required(s.example(), "example");
                  at.attempt(
                          () -> new LetterSection(key, title, guidance, example),
                          blame(
                              slug("/key", key), blank("/title", title),
                              blank("/guidance", guidance), blank("/example", example)))
                      .ifPresent(sections::add);
                }
                List<Citation> cites = citations(ctx, ctx.requiredList(w.sources(), "sources"));
                if (sections.size() < wireSections.size() && sections.isEmpty()) {
                  return; // every section is reported; "no sections" would only repeat it
                }
                ctx.attempt(
                        () ->
                            new LetterTemplate(
                                e.id(),
                                variant.orElse(LetterVariant.RECONNECT),
                                name,
                                description,
                                sections,
                                cites),
                        blame(
                            slug("/id", e.id()),
                            blank("/name", name),
                            blank("/description", description),
                            when("/sections", sections.isEmpty())))
                    .ifPresent(l -> added(ctx, l, builder::addLetter));
              });
    }
  }

  private void resources() {
    for (Assembly.Item item : assembly.items(PackFile.RESOURCES)) {
      material(item, PackFile.RESOURCES, Wire.Resource.class, Wire.Resource::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.Resource w = e.wire();
                String region = ctx.required(w.region(), "region", "INTL");
                Optional<HelpKind> kind = ctx.enumValue(w.kind(), HelpKind.class, "kind");
                String name = ctx.required(w.name(), "name");
                String contact = ctx.required(w.contact(), "contact");
                String description = ctx.required(w.description(), "description");
                Optional<LocalDate> checked = date(ctx, w.checked(), "checked");
                if (w.url() != null && w.url().isBlank()) {
                  ctx.problem("/url", "url must not be blank; use null when there is none");
                }
                ctx.attempt(
                        () ->
                            new HelpResource(
                                e.id(),
                                region,
                                kind.orElse(HelpKind.COUNSELLING),
                                name,
                                contact,
                                description,
                                Optional.ofNullable(w.url()),
                                checked.orElse(LocalDate.EPOCH)),
                        blame(
                            slug("/id", e.id()),
                            when("/region", !region.strip().matches("[A-Z]{2,4}")),
                            blank("/name", name),
                            blank("/contact", contact),
                            blank("/description", description)))
                    .ifPresent(r -> added(ctx, r, builder::addResource));
              });
    }
  }

  private void safetyQuestions() {
    for (Assembly.Item item : assembly.items(PackFile.SAFETY_QUESTIONS)) {
      material(item, PackFile.SAFETY_QUESTIONS, Wire.SafetyQuestion.class, Wire.SafetyQuestion::id)
          .ifPresent(
              e -> {
                Ctx ctx = e.ctx();
                Wire.SafetyQuestion w = e.wire();
                Optional<SafetyTopic> topic = ctx.enumValue(w.topic(), SafetyTopic.class, "topic");
                String text = ctx.required(w.text(), "text");
                ctx.attempt(
                        () -> new SafetyQuestion(e.id(), topic.orElse(SafetyTopic.FEAR), text),
                        blame(slug("/id", e.id()), blank("/text", text)))
                    .ifPresent(
                        q -> {
                          provenance.origin("question:" + q.id(), ctx.origin());
                          builder.addSafetyQuestion(q);
                        });
              });
    }
  }

  /** A bound material item with its id, which its record's constructor checks. */
  private record Material<W>(Ctx ctx, W wire, String id) {}

  private <W> Optional<Material<W>> material(
      Assembly.Item item, PackFile file, Class<W> type, Function<W, String> rawId) {
    Optional<W> bound = bind(item, type);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    String id = rawId.apply(bound.get());
    Ctx ctx = new Ctx(item.origin(), file.subject() + ":" + (id == null ? "" : id));
    if (id == null) {
      ctx.required(null, "id");
      return Optional.empty();
    }
    return Optional.of(new Material<>(ctx, bound.get(), id));
  }

  private <T> void added(Ctx ctx, T item, Consumer<T> add) {
    provenance.origin(ctx.subject(), ctx.origin());
    add.accept(item);
  }

  private static Optional<LocalDate> date(Ctx ctx, String text, String field) {
    if (text == null) {
      ctx.required(null, field);
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      ctx.problem(
          "/" + field,
          field + " must be a date such as 2026-11-23 but was '" + Json.abbreviate(text) + "'");
      return Optional.empty();
    }
  }

  private static String rawId(JsonNode node) {
    JsonNode id = node.path("id");
    return id.isTextual() && SLUG.matcher(id.textValue()).matches() ? id.textValue() : "";
  }

  private <T> Optional<T> bind(Assembly.Item item, Class<T> type) {
    return bind(item.node(), item.origin(), type);
  }

  private <T> Optional<T> bind(JsonNode node, Origin origin, Class<T> type) {
    try {
      T bound = Json.bind(node, type);
      if (bound == null) {
        // Jackson binds JSON null to a null record rather than failing
        problems.add(origin, "the item must be an object but was null");
        return Optional.empty();
      }
      return Optional.of(bound);
    } catch (JsonMappingException e) {
      Json.BindError error = Json.describe(e, node);
      problems.add(origin.at(error.pointer()), error.message());
    } catch (IOException e) {
      problems.add(origin, "cannot read the item: " + e.getMessage());
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- blame

  /**
   * Picks the place to report a core constructor's rejection at: the first of {@code candidates}
   * that names a place, or the item itself. The message is the core's own.
   */
  @SafeVarargs
  private static Function<RuntimeException, String> blame(Optional<String>... candidates) {
    String place = "";
    for (Optional<String> candidate : candidates) {
      if (candidate.isPresent()) {
        place = candidate.get();
        break;
      }
    }
    String chosen = place;
    return e -> chosen;
  }

  private static Optional<String> blank(String pointer, String value) {
    return value != null && value.isBlank() ? Optional.of(pointer) : Optional.empty();
  }

  private static Optional<String> slug(String pointer, String value) {
    return value != null && !SLUG.matcher(value).matches()
        ? Optional.of(pointer)
        : Optional.empty();
  }

  private static Optional<String> when(String pointer, boolean condition) {
    return condition ? Optional.of(pointer) : Optional.empty();
  }

  private static Optional<String> blankIn(String pointer, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) {
        return Optional.of(pointer + "/" + i);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- one item

  /**
   * The place of the item being mapped, and the subject under which the core reports it; every
   * problem reported through it marks the subject as reported.
   */
  private final class Ctx {
    private final Origin origin;
    private final String subject;

    Ctx(Origin origin, String subject) {
      this.origin = origin;
      this.subject = subject;
    }

    Origin origin() {
      return origin;
    }

    String subject() {
      return subject;
    }

    /** The same item, at a place inside it. */
    Ctx at(String pointer) {
      return new Ctx(origin.at(pointer), subject);
    }

    void problem(String pointer, String message) {
      problems.add(origin.at(pointer), message);
    }

    /**
     * Records that part of the item is lost through a problem reported here (a relation, a
     * citation, a step), so that the core's "nothing left" messages about it are not repeated.
     */
    void lost() {
      provenance.reported(subject);
    }

    /** Reports a required field missing; the caller leaves out what needed it. */
    <T> Optional<T> missing(String field) {
      problem("", "missing required field '" + field + "'");
      lost();
      return Optional.empty();
    }

    /** Returns {@code value}, or reports it missing and returns a stand-in to go on with. */
    String required(String value, String field) {
      if (value == null) {
        problem("", "missing required field '" + field + "'");
        return field;
      }
      return value;
    }

    <T> T required(T value, String field, T standIn) {
      if (value == null) {
        problem("", "missing required field '" + field + "'");
        return standIn;
      }
      return value;
    }

    <T> List<T> requiredList(List<T> value, String field) {
      if (value == null) {
        missing(field);
        return List.of();
      }
      return value;
    }

    <T> List<T> optionalList(List<T> value) {
      return value == null ? List.of() : value;
    }

    <E extends Enum<E>> Optional<E> enumValue(String value, Class<E> type, String field) {
      if (value == null) {
        problem("", "missing required field '" + field + "'");
        return Optional.empty();
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return Optional.of(constant);
        }
      }
      problem(
          "/" + field,
          field
              + " must be one of "
              + Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
              + " but was '"
              + Json.abbreviate(value)
              + "'");
      return Optional.empty();
    }

    /** Makes a core value, or reports why the core rejects it at the place {@code blame} picks. */
    <T> Optional<T> attempt(Supplier<T> make, Function<RuntimeException, String> blame) {
      try {
        return Optional.of(make.get());
      } catch (IllegalArgumentException | NullPointerException e) {
        problem(blame.apply(e), String.valueOf(e.getMessage()));
        return Optional.empty();
      }
    }

    <T> Optional<T> attempt(Supplier<T> make, String pointer) {
      return attempt(make, e -> pointer);
    }
  }
}
