package dev.rapport.assessment;

import dev.rapport.core.Citation;
import dev.rapport.core.InterventionId;
import dev.rapport.core.NeedId;
import dev.rapport.core.material.HelpResource;
import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes a report's JSON straight from the domain records, byte for byte what Jackson writes for
 * the {@link Wire} records with {@link Json#WRITER}: fields in the wire records' order, two-space
 * indent, {@code "\n"} line ends, {@code ": "} after names, {@code []} and {@code {}} when empty,
 * Jackson's string escapes, and numbers as {@link Double#toString(double)} writes them. In one-line
 * form the line ends, and the indentation after them, are left out; nothing else changes.
 *
 * <p>Most of a report's text comes from the knowledge base: the links of explanations and causes,
 * with their citations, the sources of recommendations, the help resources of a region. A {@link
 * Model} {@linkplain #register registers} the links and lists it makes, and the first report that
 * holds one renders it once, where and how it is written, for every later report to copy. Anything
 * not registered, such as a report read back from JSON, is written field by field, to the same
 * text.
 *
 * <p>The text is gathered as parts, short pieces in a buffer and the renderings as they are, and
 * copied once into the string returned, whose length and character set are known before it is
 * made.
 *
 * <p>{@link #writeSummary(Report)} writes the short form of {@link ReportJson#toSummaryLine} with
 * the same pieces: the same escapes and numbers, on one line.
 *
 * <p>Thread-safe: the renderings are strings, shared once made; two threads that render the same
 * one at once make equal strings, and either may be kept.
 */
final class ReportWriter {
  /** The depth, in open objects and arrays, at which each kind of registered value is written. */
  private static final int LINK_IN_CAUSE = 4;

  private static final int LINK_IN_EXPLANATION = 5;
  private static final int SOURCES_OF_RECOMMENDATION = 3;
  private static final int RESOURCES_OF_SAFETY = 2;

  /**
   * The renderings a registered value keeps. A link keeps itself with the separator and line end
   * before it in its array, both as the array's first value and as a later one: on one line, and
   * indented at each of its two depths. A list, which follows a field name, keeps itself on one
   * line and indented.
   */
  private static final int SLOTS = 6;

  private static final Registry RENDERED = new Registry();

  private static final String[] INDENTS = new String[16];
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The text of every score a report holds: a multiple of 0.001 in [0, 1]. */
  private static final String[] THOUSANDTHS = new String[1001];

  static {
    StringBuilder indent = new StringBuilder("\n");
    for (int level = 0; level < INDENTS.length; level++) {
      INDENTS[level] = indent.toString();
      indent.append("  ");
    }
    for (int k = 0; k < THOUSANDTHS.length; k++) {
      THOUSANDTHS[k] = Double.toString(k / 1000.0);
    }
  }

  /** Texts longer than this become parts as they are, not copied into the buffer. */
  private static final int LARGE = 64;

  /** A buffer grown past this by an odd report is let go rather than kept for the thread. */
  private static final int LARGEST_KEPT = 1 << 16;

  /** Where each thread gathers the short pieces of a report between its large ones. */
  private static final ThreadLocal<StringBuilder> SHORT_PIECES =
      ThreadLocal.withInitial(() -> new StringBuilder(1 << 12));

  /** The short pieces since the last part; when {@link #parts} is null, the whole text. */
  private final StringBuilder out;

  private final StringJoiner parts;
  private final boolean pretty;
  private final int[] entries = new int[INDENTS.length];
  private int depth;

  private ReportWriter(StringBuilder out, StringJoiner parts, boolean pretty, int depth) {
    this.out = out;
    this.parts = parts;
    this.pretty = pretty;
    this.depth = depth;
  }

  /**
   * Writes a report.
   *
   * @param pretty true for the indented form of {@link ReportJson#toJson(Report)}, false for one
   *     line
   */
  static String write(Report report, boolean pretty) {
    return render(report, pretty, false);
  }

  /** Writes the summary of a report on one line, the form of {@link ReportJson#toSummaryLine}. */
  static String writeSummary(Report report) {
    return render(report, false, true);
  }

  private static String render(Report report, boolean pretty, boolean summary) {
    StringBuilder pieces = SHORT_PIECES.get();
    pieces.setLength(0);
    ReportWriter writer = new ReportWriter(pieces, new StringJoiner(""), pretty, 0);
    if (summary) {
      writer.summary(report);
    } else {
      writer.report(report);
    }
    writer.flush();
    if (pieces.capacity() > LARGEST_KEPT) {
      SHORT_PIECES.remove();
    }
    return writer.parts.toString();
  }

  /**
   * Marks values of a model as worth rendering once for every report that holds them: its links,
   * the citations of its interventions, the help resources of its regions. They are held weakly.
   */
  static void register(Collection<?> values) {
    RENDERED.register(values);
  }

  private void report(Report report) {
    open('{');
    name("\"safety\": ");
    open('{');
    safetyLevelAndReasons(report.safety());
    name("\"resources\": ");
    if (!copiedList(report.safety().resources(), RESOURCES_OF_SAFETY)) {
      resources(report.safety().resources());
    }
    close('}');
    scenarioIndexAndBand(report);
    name("\"signs\": ");
    open('[');
    for (SignScore sign : report.signs()) {
      next();
      score(sign.id().slug(), sign.score());
    }
    close(']');
    name("\"needs\": ");
    open('[');
    for (NeedScore need : report.needs()) {
      next();
      score(need.id().slug(), need.score());
    }
    close(']');
    name("\"strengths\": ");
    needs(report.strengths());
    name("\"growthAreas\": ");
    needs(report.growthAreas());
    name("\"causes\": ");
    open('[');
    for (LikelyCause cause : report.causes()) {
      next();
      open('{');
      name("\"id\": ");
      raw(cause.id().slug());
      name("\"likelihood\": ");
      number(cause.likelihood());
      name("\"evidence\": ");
      links(cause.evidence());
      close('}');
    }
    close(']');
    name("\"recommendations\": ");
    open('[');
    for (Recommendation recommendation : report.recommendations()) {
      next();
      recommendation(recommendation);
    }
    close(']');
    name("\"plan\": ");
    open('[');
    for (Week week : report.plan()) {
      next();
      open('{');
      name("\"week\": ");
      out.append(week.number());
      name("\"daily\": ");
      interventions(week.daily());
      name("\"weekly\": ");
      interventions(week.weekly());
      name("\"once\": ");
      interventions(week.once());
      close('}');
    }
    close(']');
    name("\"contentVersion\": ");
    string(report.contentVersion());
    name("\"disclaimer\": ");
    string(report.disclaimer());
    close('}');
  }

  private void summary(Report report) {
    open('{');
    name("\"safety\": ");
    open('{');
    safetyLevelAndReasons(report.safety());
    close('}');
    scenarioIndexAndBand(report);
    name("\"signs\": ");
    open('{');
    for (SignScore sign : report.signs()) {
      numberField(sign.id().slug(), sign.score());
    }
    close('}');
    name("\"needs\": ");
    open('{');
    for (NeedScore need : report.needs()) {
      numberField(need.id().slug(), need.score());
    }
    close('}');
    name("\"causes\": ");
    open('{');
    for (LikelyCause cause : report.causes()) {
      numberField(cause.id().slug(), cause.likelihood());
    }
    close('}');
    name("\"recommendations\": ");
    open('[');
    for (Recommendation recommendation : report.recommendations()) {
      next();
      open('{');
      name("\"id\": ");
      raw(recommendation.id().slug());
      name("\"who\": ");
      raw(recommendation.who().name());
      name("\"stage\": ");
      raw(recommendation.stage().name());
      name("\"week\": ");
      out.append(recommendation.week());
      name("\"score\": ");
      number(recommendation.score());
      close('}');
    }
    close(']');
    name("\"contentVersion\": ");
    string(report.contentVersion());
    name("\"disclaimer\": ");
    string(report.disclaimer());
    close('}');
  }

  private void safetyLevelAndReasons(Safety safety) {
    name("\"level\": ");
    raw(safety.level().name());
    name("\"reasons\": ");
    open('[');
    for (String reason : safety.reasons()) {
      next();
      string(reason);
    }
    close(']');
  }

  private void scenarioIndexAndBand(Report report) {
    name("\"scenario\": ");
    raw(report.scenario().slug());
    name("\"connectionIndex\": ");
    out.append(report.connectionIndex());
    name("\"band\": ");
    raw(report.band().name());
  }

  /** Writes a field named by an id, whose value is a number. */
  private void numberField(String id, double value) {
    next();
    raw(id);
    out.append(": ");
    number(value);
  }

  private void recommendation(Recommendation recommendation) {
    open('{');
    name("\"id\": ");
    raw(recommendation.id().slug());
    name("\"who\": ");
    raw(recommendation.who().name());
    name("\"kind\": ");
    raw(recommendation.kind().name());
    name("\"cadence\": ");
    raw(recommendation.cadence().name());
    name("\"stage\": ");
    raw(recommendation.stage().name());
    name("\"week\": ");
    out.append(recommendation.week());
    name("\"score\": ");
    number(recommendation.score());
    name("\"because\": ");
    open('{');
    name("\"text\": ");
    string(recommendation.because().text());
    name("\"links\": ");
    links(recommendation.because().links());
    close('}');
    name("\"sources\": ");
    if (!copiedList(recommendation.sources(), SOURCES_OF_RECOMMENDATION)) {
      citations(recommendation.sources());
    }
    close('}');
  }

  private void score(String id, double score) {
    open('{');
    name("\"id\": ");
    raw(id);
    name("\"score\": ");
    number(score);
    close('}');
  }

  private void resources(List<HelpResource> resources) {
    open('[');
    for (HelpResource resource : resources) {
      next();
      open('{');
      name("\"id\": ");
      raw(resource.id());
      name("\"region\": ");
      raw(resource.region());
      name("\"kind\": ");
      raw(resource.kind().name());
      name("\"name\": ");
      string(resource.name());
      name("\"contact\": ");
      string(resource.contact());
      name("\"description\": ");
      string(resource.description());
      name("\"url\": ");
      if (resource.url().isPresent()) {
        string(resource.url().get());
      } else {
        out.append("null");
      }
      name("\"checked\": ");
      raw(resource.checked().toString());
      close('}');
    }
    close(']');
  }

  private void links(List<Link> links) {
    open('[');
    for (Link link : links) {
      if (!copiedLink(link)) {
        next();
        link(link);
      }
    }
    close(']');
  }

  private void link(Link link) {
    open('{');
    name("\"from\": ");
    node(link.from());
    name("\"to\": ");
    node(link.to());
    name("\"weight\": ");
    number(link.weight());
    name("\"grounding\": ");
    if (link.grounding().isPresent()) {
      raw(link.grounding().get().name());
    } else {
      out.append("null");
    }
    name("\"sources\": ");
    citations(link.sources());
    close('}');
  }

  private void node(Node node) {
    open('{');
    name("\"kind\": ");
    raw(node.kind().name());
    name("\"id\": ");
    raw(node.id());
    close('}');
  }

  private void citations(List<Citation> citations) {
    open('[');
    for (Citation citation : citations) {
      next();
      open('{');
      name("\"source\": ");
      raw(citation.source().id());
      name("\"title\": ");
      string(citation.source().title());
      name("\"author\": ");
      if (citation.source().author().isPresent()) {
        string(citation.source().author().get());
      } else {
        out.append("null");
      }
      name("\"section\": ");
      string(citation.section());
      close('}');
    }
    close(']');
  }

  private void needs(List<NeedId> ids) {
    open('[');
    for (NeedId id : ids) {
      next();
      raw(id.slug());
    }
    close(']');
  }

  private void interventions(List<InterventionId> ids) {
    open('[');
    for (InterventionId id : ids) {
      next();
      raw(id.slug());
    }
    close(']');
  }

  /**
   * Writes a registered link, with the separator before it, from its rendering, rendering it first
   * if no report has yet.
   *
   * @return false when the link is not registered, or not at a depth it is kept for, so it must be
   *     written out
   */
  private boolean copiedLink(Link link) {
    int slot;
    if (!pretty) {
      slot = 0;
    } else if (depth == LINK_IN_CAUSE) {
      slot = 2;
    } else if (depth == LINK_IN_EXPLANATION) {
      slot = 4;
    } else {
      return false;
    }
    boolean first = entries[depth] == 0;
    slot += first ? 0 : 1;
    String[] rendered = RENDERED.get(link);
    if (rendered == null) {
      return false;
    }
    String text = rendered[slot];
    if (text == null) {
      ReportWriter alone = new ReportWriter(new StringBuilder(), null, pretty, depth);
      alone.entries[depth] = first ? 0 : 1;
      alone.next();
      alone.link(link);
      text = alone.out.toString();
      rendered[slot] = text;
    }
    entries[depth]++;
    large(text);
    return true;
  }

  /**
   * Writes a registered list of citations or of help resources from its rendering, rendering it
   * first if no report has yet.
   *
   * @param at the depth the list is kept for, which tells a list of resources from one of
   *     citations
   * @return false when the list is not registered, or not at that depth, so it must be written out
   */
  private boolean copiedList(List<?> list, int at) {
    if (pretty && depth != at) {
      return false;
    }
    String[] rendered = RENDERED.get(list);
    if (rendered == null) {
      return false;
    }
    int slot = pretty ? 1 : 0;
    String text = rendered[slot];
    if (text == null) {
      ReportWriter alone = new ReportWriter(new StringBuilder(), null, pretty, depth);
      if (at == RESOURCES_OF_SAFETY) {
        @SuppressWarnings("unchecked") // only lists of resources are written at this depth
        List<HelpResource> resources = (List<HelpResource>) list;
        alone.resources(resources);
      } else {
        @SuppressWarnings("unchecked") // only lists of citations are written at the other
        List<Citation> citations = (List<Citation>) list;
        alone.citations(citations);
      }
      text = alone.out.toString();
      rendered[slot] = text;
    }
    large(text);
    return true;
  }

  /** Adds a long text: as a part of its own when writing a report, else to the buffer. */
  private void large(String text) {
    if (parts == null) {
      out.append(text);
    } else {
      flush();
      parts.add(text);
    }
  }

  private void flush() {
    if (out.length() > 0) {
      parts.add(out.toString());
      out.setLength(0);
    }
  }

  private void open(char bracket) {
    out.append(bracket);
    entries[++depth] = 0;
  }

  private void close(char bracket) {
    if (entries[depth] > 0) {
      newline(depth - 1);
    }
    depth--;
    out.append(bracket);
  }

  /** Starts the next value of an array, or field of an object. */
  private void next() {
    if (entries[depth]++ > 0) {
      out.append(',');
    }
    newline(depth);
  }

  /** Starts the next field of an object: {@code quoted} is its name in quotes, a colon, a space. */
  private void name(String quoted) {
    next();
    out.append(quoted);
  }

  private void newline(int level) {
    if (pretty) {
      out.append(INDENTS[level]);
    }
  }

  /** Writes a text that needs no escape: an id, an enum's name, a date. */
  private void raw(String text) {
    out.append('"').append(text).append('"');
  }

  private void number(double value) {
    int thousandths = (int) Math.round(value * 1000);
    if (thousandths >= 0
        && thousandths <= 1000
        && Double.doubleToRawLongBits(thousandths / 1000.0) == Double.doubleToRawLongBits(value)) {
      out.append(THOUSANDTHS[thousandths]);
    } else {
      out.append(Double.toString(value));
    }
  }

  /** Writes a string with Jackson's escapes: of quotes, backslashes and control characters. */
  private void string(String text) {
    int length = text.length();
    int plain = 0;
    while (plain < length) {
      char c = text.charAt(plain);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      plain++;
    }
    out.append('"');
    if (plain == length) {
      if (length > LARGE) {
        large(text);
      } else {
        out.append(text);
      }
    } else {
      out.append(text, 0, plain);
      for (int i = plain; i < length; i++) {
        escape(text.charAt(i));
      }
    }
    out.append('"');
  }

  private void escape(char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\b' -> out.append("\\b");
      case '\t' -> out.append("\\t");
      case '\n' -> out.append("\\n");
      case '\f' -> out.append("\\f");
      case '\r' -> out.append("\\r");
      default -> {
        if (c < 0x20) {
          out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
          out.append(c);
        }
      }
    }
  }

  /**
   * The renderings of registered values, found by identity without a lock: an open-addressing
   * table of weak references, filled under a lock and read without one. A reader that misses a
   * value being added writes it field by field, to the same text. The table doubles when half
   * full, dropping the values no longer in use, so registering stays cheap however many models
   * come and go.
   */
  private static final class Registry {
    private volatile AtomicReferenceArray<Entry> table = new AtomicReferenceArray<>(1024);
    private int size;

    String[] get(Object value) {
      AtomicReferenceArray<Entry> entries = table;
      int mask = entries.length() - 1;
      for (int i = index(value, mask); ; i = (i + 1) & mask) {
        Entry entry = entries.get(i);
        if (entry == null) {
          return null;
        }
        if (entry.get() == value) {
          return entry.renderings;
        }
      }
    }

    synchronized void register(Collection<?> values) {
      for (Object value : values) {
        if (get(value) != null) {
          continue;
        }
        if (2 * (size + 1) > table.length()) {
          grow();
        }
        put(table, new Entry(value, new String[SLOTS]));
        size++;
      }
    }

    private void grow() {
      AtomicReferenceArray<Entry> old = table;
      int live = 0;
      for (int i = 0; i < old.length(); i++) {
        Entry entry = old.get(i);
        if (entry != null && entry.get() != null) {
          live++;
        }
      }
      int capacity = Math.max(old.length(), Integer.highestOneBit(4 * (live + 1)) * 2);
      AtomicReferenceArray<Entry> grown = new AtomicReferenceArray<>(capacity);
      int kept = 0;
      for (int i = 0; i < old.length(); i++) {
        Entry entry = old.get(i);
        Object value = entry == null ? null : entry.get();
        if (value != null) {
          put(grown, entry, value);
          kept++;
        }
      }
      size = kept;
      table = grown;
    }

    private static void put(AtomicReferenceArray<Entry> entries, Entry entry) {
      put(entries, entry, entry.get());
    }

    private static void put(AtomicReferenceArray<Entry> entries, Entry entry, Object value) {
      int mask = entries.length() - 1;
      int i = index(value, mask);
      while (entries.get(i) != null) {
        i = (i + 1) & mask;
      }
      entries.set(i, entry);
    }

    private static int index(Object value, int mask) {
      int h = System.identityHashCode(value) * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }
  }

  /** A registered value, held weakly, with its renderings. */
  private static final class Entry extends WeakReference<Object> {
    final String[] renderings;

    Entry(Object value, String[] renderings) {
      super(value);
      this.renderings = renderings;
    }
  }
}
