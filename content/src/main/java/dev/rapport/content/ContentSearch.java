package dev.rapport.content;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import dev.rapport.core.Cause;
import dev.rapport.core.Contraindication;
import dev.rapport.core.Intervention;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.PlaybookStep;
import dev.rapport.core.Question;
import dev.rapport.core.Scenario;
import dev.rapport.core.Sign;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.DailyHabit;
import dev.rapport.core.material.Faq;
import dev.rapport.core.material.HelpResource;
import dev.rapport.core.material.LetterSection;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.Misconception;
import dev.rapport.core.material.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Full-text search over a knowledge base: the names, descriptions, statements, questions and steps
 * of the entities, and the stories, questions and answers, misconceptions, habits, prompts, letter
 * templates and help resources.
 *
 * <pre>{@code
 * ContentSearch search = ContentSearch.of(DefaultContent.load());
 * for (SearchHit hit : search.search("not listening", 5)) {
 *   System.out.println(hit.kind() + " " + hit.id() + ": " + hit.title());
 * }
 * }</pre>
 *
 * <p><b>Matching.</b> Text and queries are split into words the same way: letters and digits,
 * lower-cased with {@link Locale#ROOT}, accents removed; for English content, common words ({@code
 * the}, {@code my}, ...) are skipped and a tiny stemmer folds simple endings ({@code listening} and
 * {@code listened} both match {@code listen}). A query word also matches, at half strength, any
 * longer word that starts with it ({@code lone} matches {@code lonely}), once it has four letters
 * or more.
 *
 * <p><b>Ranking.</b> Each query word adds the weight of the best field it matches in an item, times
 * how rare the word is across all items; the total is then scaled by the share of query words the
 * item matches. Field weights: the name or title 3 (raised for short names: times {@code 1 + 1/n}
 * for a name of {@code n} words), the description 2, everything else (statements, steps, story
 * text, answers, reframes, playbook steps, letter sections, a resource's region and kind) 1. Hits
 * come highest score first; equal scores in the order of {@link SearchHit#kind()} listed there,
 * then by id. The same query on the same knowledge base always gives the same hits.
 *
 * <p>The index is built once per knowledge base ({@link #of(KnowledgeBase)} returns the same
 * instance for the same knowledge base) and holds only text, not the knowledge base. Immutable and
 * thread-safe.
 */
public final class ContentSearch {
  private static final LoadingCache<KnowledgeBase, ContentSearch> INDEXES =
      CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(ContentSearch::new));

  private static final double TITLE = 3;
  private static final double DESCRIPTION = 2;
  private static final double BODY = 1;
  private static final double PREFIX_MATCH = 0.5;
  private static final int SHORTEST_PREFIX = 4;
  private static final int SNIPPET_LENGTH = 160;
  private static final int SNIPPET_LEAD = 40;

  private static final List<String> KINDS =
      List.of(
          "need",
          "sign",
          "cause",
          "intervention",
          "scenario",
          "story",
          "faq",
          "misconception",
          "habit",
          "prompt",
          "letter",
          "resource");

  private final Words words;
  private final List<Document> documents = new ArrayList<>();
  private final NavigableMap<String, List<Posting>> postings = new TreeMap<>();

  /** A field of an item; {@code shown} is false for the fields too terse to make a snippet. */
  private record Field(String text, double weight, boolean shown) {}

  /** The words of every field of every document, split once when the index is built. */
  private final List<List<List<Words.Word>>> split = new ArrayList<>();

  private record Document(String kind, String id, String title, List<Field> fields) {}

  private record Posting(int document, int field) {}

  private ContentSearch(KnowledgeBase knowledge) {
    this.words = new Words(knowledge.locale());
    knowledge.needs().forEach(this::add);
    knowledge.signs().forEach(this::add);
    knowledge.causes().forEach(this::add);
    knowledge.interventions().forEach(this::add);
    knowledge.scenarios().forEach(this::add);
    knowledge.stories().forEach(this::add);
    knowledge.faqs().forEach(this::add);
    knowledge.misconceptions().forEach(this::add);
    knowledge.habits().forEach(this::add);
    knowledge.prompts().forEach(this::add);
    knowledge.letters().forEach(this::add);
    knowledge.resources().forEach(this::add);
    for (int d = 0; d < documents.size(); d++) {
      List<Field> fields = documents.get(d).fields();
      List<List<Words.Word>> documentWords = new ArrayList<>();
      for (int f = 0; f < fields.size(); f++) {
        Set<String> seen = new LinkedHashSet<>();
        List<Words.Word> fieldWords = words.split(fields.get(f).text());
        documentWords.add(fieldWords);
        for (Words.Word word : fieldWords) {
          if (seen.add(word.stem())) {
            postings.computeIfAbsent(word.stem(), w -> new ArrayList<>()).add(new Posting(d, f));
          }
        }
      }
      split.add(documentWords);
    }
  }

  /**
   * Returns the search index of a knowledge base, building it on first use.
   *
   * @param knowledge the knowledge base to search
   * @return the index; the same instance for the same knowledge base while it is in use
   */
  public static ContentSearch of(KnowledgeBase knowledge) {
    checkNotNull(knowledge, "knowledge base must not be null");
    return INDEXES.getUnchecked(knowledge);
  }

  /**
   * Finds every item that matches any word of a query.
   *
   * @param query words to look for, such as {@code feeling ignored}
   * @return the hits, best first (see the class description); empty for a query with no words to
   *     search for
   */
  public List<SearchHit> search(String query) {
    return search(query, Integer.MAX_VALUE);
  }

  /**
   * Finds the best items that match any word of a query.
   *
   * @param query words to look for, such as {@code feeling ignored}
   * @param limit the most hits to return, at least 1
   * @return at most {@code limit} hits, best first (see the class description)
   * @throws IllegalArgumentException when the limit is less than 1
   */
  public List<SearchHit> search(String query, int limit) {
    checkNotNull(query, "query must not be null");
    checkArgument(limit >= 1, "limit must be at least 1 but was %s", limit);
    Set<String> terms = new LinkedHashSet<>();
    words.split(query).forEach(w -> terms.add(w.stem()));
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<Integer, double[]> scores = new HashMap<>();
    Map<Integer, Integer> matched = new HashMap<>();
    Map<Integer, Set<Integer>> matchedFields = new HashMap<>();
    for (String term : terms) {
      Map<Integer, Double> best = new HashMap<>();
      collect(postings.get(term), 1.0, best, matchedFields);
      if (term.length() >= SHORTEST_PREFIX) {
        for (List<Posting> longer :
            postings.subMap(term, false, term + Character.MAX_VALUE, false).values()) {
          collect(longer, PREFIX_MATCH, best, matchedFields);
        }
      }
      double rarity = Math.log(1 + (double) documents.size() / best.size());
      best.forEach(
          (d, weight) -> {
            scores.computeIfAbsent(d, x -> new double[1])[0] += rarity * weight;
            matched.merge(d, 1, Integer::sum);
          });
    }
    List<SearchHit> hits = new ArrayList<>();
    scores.forEach(
        (d, score) -> {
          double scaled = score[0] * matched.get(d) / terms.size();
          Document document = documents.get(d);
          hits.add(
              new SearchHit(
                  document.kind(),
                  document.id(),
                  document.title(),
                  Math.max(0.001, Math.round(scaled * 1000) / 1000.0),
                  snippet(d, matchedFields.get(d), terms)));
        });
    hits.sort(
        Comparator.comparingDouble(SearchHit::score)
            .reversed()
            .thenComparingInt(h -> KINDS.indexOf(h.kind()))
            .thenComparing(SearchHit::id));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  private void collect(
      List<Posting> list,
      double quality,
      Map<Integer, Double> best,
      Map<Integer, Set<Integer>> matchedFields) {
    if (list == null) {
      return;
    }
    for (Posting posting : list) {
      double weight = documents.get(posting.document()).fields().get(posting.field()).weight();
      best.merge(posting.document(), weight * quality, Math::max);
      matchedFields
          .computeIfAbsent(posting.document(), d -> new LinkedHashSet<>())
          .add(posting.field());
    }
  }

  /**
   * A short passage of the best matching field other than the title, around its first match; the
   * start of the first other field when only the title matches.
   */
  private String snippet(int document, Set<Integer> matchedFields, Set<String> terms) {
    List<Field> fields = documents.get(document).fields();
    int chosen = -1;
    for (int f = 1; f < fields.size(); f++) {
      if (matchedFields.contains(f)
          && fields.get(f).shown()
          && (chosen < 0 || fields.get(f).weight() > fields.get(chosen).weight())) {
        chosen = f;
      }
    }
    if (chosen < 0) {
      return shorten(fields.size() > 1 ? fields.get(1).text() : fields.get(0).text(), 0);
    }
    String text = fields.get(chosen).text();
    int at = 0;
    for (Words.Word word : split.get(document).get(chosen)) {
      if (matches(word.stem(), terms)) {
        at = word.start();
        break;
      }
    }
    return shorten(text, at);
  }

  private static boolean matches(String stem, Set<String> terms) {
    for (String term : terms) {
      if (stem.equals(term) || (term.length() >= SHORTEST_PREFIX && stem.startsWith(term))) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String text, int match) {
    String flat = text.replaceAll("\\s+", " ").strip();
    int at = Math.min(match, flat.length());
    int start = 0;
    if (flat.length() > SNIPPET_LENGTH && at > SNIPPET_LEAD) {
      start = flat.indexOf(' ', at - SNIPPET_LEAD);
      start = start < 0 || start >= at ? at : start + 1;
    }
    int end = Math.min(flat.length(), start + SNIPPET_LENGTH);
    if (end < flat.length()) {
      int space = flat.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
  }

  // ---------------------------------------------------------------- what is indexed

  private void add(String kind, String id, String title, List<Field> fields) {
    List<Field> all = new ArrayList<>();
    // A word of a short name says more about the item than one of a long title.
    int length = Math.max(1, words.split(title).size());
    all.add(new Field(title, TITLE * (1 + 1.0 / length), true));
    all.addAll(fields);
    documents.add(new Document(kind, id, title, List.copyOf(all)));
  }

  private static Field description(String text) {
    return new Field(text, DESCRIPTION, true);
  }

  private static Field body(String text) {
    return new Field(text, BODY, true);
  }

  private static Field body(List<String> texts) {
    return body(String.join("\n", texts));
  }

  private void add(Need need) {
    add("need", need.id().slug(), need.name(), List.of(description(need.description())));
  }

  private void add(Sign sign) {
    add(
        "sign",
        sign.id().slug(),
        sign.name(),
        List.of(
            description(sign.description()),
            body(sign.statements().stream().map(Question::text).toList())));
  }

  private void add(Cause cause) {
    add(
        "cause",
        cause.id().slug(),
        cause.name(),
        List.of(
            description(cause.description()),
            body(cause.question().map(Question::text).orElse(""))));
  }

  private void add(Intervention intervention) {
    add(
        "intervention",
        intervention.id().slug(),
        intervention.name(),
        List.of(
            description(intervention.description()),
            body(intervention.steps()),
            body(intervention.contraindications().stream().map(Contraindication::note).toList())));
  }

  private void add(Scenario scenario) {
    List<String> steps = new ArrayList<>();
    for (PlaybookStep step : scenario.playbook()) {
      steps.add(step.title());
      steps.add(step.text());
    }
    add(
        "scenario",
        scenario.id().slug(),
        scenario.name(),
        List.of(description(scenario.description()), body(steps)));
  }

  private void add(Story story) {
    add("story", story.id(), story.title(), List.of(body(story.text())));
  }

  private void add(Faq faq) {
    add("faq", faq.id(), faq.question(), List.of(body(faq.answer())));
  }

  private void add(Misconception misconception) {
    add(
        "misconception",
        misconception.id(),
        misconception.belief(),
        List.of(body(misconception.reframe())));
  }

  private void add(DailyHabit habit) {
    add("habit", habit.id(), habit.name(), List.of(description(habit.description())));
  }

  private void add(ConversationPrompt prompt) {
    add("prompt", prompt.id(), prompt.text(), List.of());
  }

  private void add(LetterTemplate letter) {
    List<String> sections = new ArrayList<>();
    for (LetterSection section : letter.sections()) {
      sections.add(section.title());
      sections.add(section.guidance());
      sections.add(section.example());
    }
    add(
        "letter",
        letter.id(),
        letter.name(),
        List.of(description(letter.description()), body(sections)));
  }

  private void add(HelpResource resource) {
    add(
        "resource",
        resource.id(),
        resource.name(),
        List.of(
            description(resource.description()),
            new Field(
                String.join(
                    "\n",
                    resource.region(),
                    resource.kind().name().replace('_', ' '),
                    resource.contact()),
                BODY,
                false)));
  }
}
