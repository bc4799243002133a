package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rapport.core.CauseId;
import dev.rapport.core.Citation;
import dev.rapport.core.InterventionId;
import dev.rapport.core.NeedId;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.SignId;
import dev.rapport.core.Source;
import dev.rapport.core.material.HelpResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stable JSON form of a {@link Report}, with the field names of DESIGN.md.
 *
 * <p>The shape (lists shortened):
 *
 * <pre>{@code
 * {
 *   "safety": { "level": "NONE", "reasons": [], "resources": [] },
 *   "scenario": "withdrawn-under-stress",
 *   "connectionIndex": 41,
 *   "band": "STRAINED",
 *   "signs": [ { "id": "shutting-down", "score": 0.75 } ],
 *   "needs": [ { "id": "emotional-safety", "score": 0.688 } ],
 *   "strengths": [ "trust" ],
 *   "growthAreas": [ "emotional-safety" ],
 *   "causes": [ { "id": "work-stress", "likelihood": 0.8, "evidence": [ link ] } ],
 *   "recommendations": [ { "id": "create-emotional-safety", "who": "SELF",
 *       "kind": "CONVERSATION", "cadence": "DAILY", "stage": "OPEN_UP", "week": 2,
 *       "score": 0.71, "because": { "text": "...", "links": [ link ] },
 *       "sources": [ citation ] } ],
 *   "plan": [ { "week": 1, "daily": [], "weekly": [], "once": [] } ],
 *   "contentVersion": "2026.11.0",
 *   "disclaimer": "..."
 * }
 * }</pre>
 *
 * <p>where a link is {@code {"from": {"kind": "SIGN", "id": "..."}, "to": {...}, "weight": 0.8,
 * "grounding": "STATED" | "EDITORIAL" | null, "sources": [citation]}}, a citation is {@code
 * {"source": "<source id>", "title": "...", "author": "..." | null, "section": "..."}}, and a
 * resource is {@code {"id", "region", "kind", "name", "contact", "description", "url" | null,
 * "checked": "2026-11-23"}}. Ids are plain slugs; enums are upper case; scores are the report's
 * own, already rounded to three decimals, and written with a point whatever the locale.
 *
 * <p>{@link #toJson(Report)} gives byte-identical text for equal reports (two-space indent,
 * {@code \n} line ends, fields in the order above); {@link #toJsonLine(Report)} gives the same text
 * on one line, for JSON Lines; {@link #fromJson(String)} reads either back into an equal report.
 * {@link #toSummaryLine(Report)} gives a much shorter form for batch jobs. Thread-safe.
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @return the JSON text, pretty-printed, without a trailing line end
   */
  public static String toJson(Report report) {
    checkNotNull(report, "report must not be null");
    return ReportWriter.write(report, true);
  }

  /**
   * Writes a report as JSON on one line, for JSON Lines: the text of {@link #toJson(Report)} with
   * every line end, and the indentation after it, left out.
   *
   * @param report the report
   * @return the JSON text, without a line end
   */
  public static String toJsonLine(Report report) {
    checkNotNull(report, "report must not be null");
    return ReportWriter.write(report, false);
  }

  /**
   * Writes the summary of a report on one line, for jobs over many check-ins that file or count
   * results rather than show them: about a kilobyte where the full form is tens of kilobytes. It
   * keeps the safety level and reasons, the scenario, the connection index and band, every score
   * keyed by id, each recommendation's id, who, stage, week and score in plan order, the content
   * version and the disclaimer; it leaves out the explanations, citations, help resources, the
   * strengths and growth areas, and the plan by week. An app that needs those for one person
   * assesses the same input again: assessment is deterministic.
   *
   * <pre>{@code
   * {"safety": {"level": "NONE", "reasons": []}, "scenario": "emotional-neglect",
   *  "connectionIndex": 73, "band": "STEADY", "signs": {"lonely-together": 1.0},
   *  "needs": {"being-heard": 0.55}, "causes": {"work-stress": 0.6},
   *  "recommendations": [{"id": "be-present", "who": "SELF", "stage": "STABILISE", "week": 1,
   *  "score": 0.31}], "contentVersion": "2026.11.0", "disclaimer": "..."}
   * }</pre>
   *
   * <p>The summary is written, not read back: {@link #fromJson(String)} reads the full form only.
   *
   * @param report the report
   * @return the JSON text on one line, without a line end
   */
  public static String toSummaryLine(Report report) {
    checkNotNull(report, "report must not be null");
    return ReportWriter.writeSummary(report);
  }

  /**
   * Reads a report from its JSON form.
   *
   * @param json the text written by {@link #toJson(Report)}
   * @return the report, equal to the one written
   * @throws InvalidInputException when the text is not JSON (with line and column), has unknown
   *     or missing fields or values of the wrong type, or holds values a report cannot have
   */
  public static Report fromJson(String json) {
    checkNotNull(json, "json must not be null");
    Wire.ReportW wire;
    try (JsonParser parser = ReportMapper.REPORT_READER.createParser(json)) {
      try {
        wire = ReportMapper.REPORT_READER.readValue(parser);
      } catch (JsonProcessingException e) {
        // described while the parser is open: a closed one no longer knows what it found
        throw new InvalidInputException(List.of(Json.problem(e)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string is read without input errors
    }
    if (wire == null) {
      throw new InvalidInputException(
          List.of(new InputProblem("/", Optional.empty(), "expected a report object but was null")));
    }
    try {
      return report(wire);
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw new InvalidInputException(
          List.of(
              new InputProblem(
                  "/", Optional.empty(), "not a valid report: " + describe(e))));
    }
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? "a required value is missing" : Values.shown(e.getMessage());
  }

  /**
   * The wire form of a report, which {@link Json#WRITER} writes as the same text as {@link
   * #toJson(Report)}; the tests hold the writer to that.
   */
  static Wire.ReportW wire(Report report) {
    return new Wire.ReportW(
        new Wire.SafetyW(
            report.safety().level(),
            report.safety().reasons(),
            map(report.safety().resources(), ReportJson::wire)),
        report.scenario().slug(),
        report.connectionIndex(),
        report.band(),
        map(report.signs(), s -> new Wire.ScoreW(s.id().slug(), s.score())),
        map(report.needs(), n -> new Wire.ScoreW(n.id().slug(), n.score())),
        map(report.strengths(), NeedId::slug),
        map(report.growthAreas(), NeedId::slug),
        map(
            report.causes(),
            c -> new Wire.CauseW(c.id().slug(), c.likelihood(), map(c.evidence(), ReportJson::wire))),
        map(
            report.recommendations(),
            r ->
                new Wire.RecommendationW(
                    r.id().slug(),
                    r.who(),
                    r.kind(),
                    r.cadence(),
                    r.stage(),
                    r.week(),
                    r.score(),
                    new Wire.BecauseW(r.because().text(), map(r.because().links(), ReportJson::wire)),
                    map(r.sources(), ReportJson::wire))),
        map(
            report.plan(),
            w ->
                new Wire.WeekW(
                    w.number(),
                    map(w.daily(), InterventionId::slug),
                    map(w.weekly(), InterventionId::slug),
                    map(w.once(), InterventionId::slug))),
        report.contentVersion(),
        report.disclaimer());
  }

  private static Wire.ResourceW wire(HelpResource r) {
    return new Wire.ResourceW(
        r.id(),
        r.region(),
        r.kind(),
        r.name(),
        r.contact(),
        r.description(),
        r.url().orElse(null),
        r.checked().toString());
  }

  private static Wire.LinkW wire(Link link) {
    return new Wire.LinkW(
        new Wire.NodeW(link.from().kind(), link.from().id()),
        new Wire.NodeW(link.to().kind(), link.to().id()),
        link.weight(),
        link.grounding().orElse(null),
        map(link.sources(), ReportJson::wire));
  }

  private static Wire.CitationW wire(Citation c) {
    return new Wire.CitationW(
        c.source().id(), c.source().title(), c.source().author().orElse(null), c.section());
  }

  private static Report report(Wire.ReportW w) {
    Wire.SafetyW safety = checkNotNull(w.safety(), "safety must not be null");
    return new Report(
        new Safety(safety.level(), safety.reasons(), map(safety.resources(), ReportJson::resource)),
        ScenarioId.of(w.scenario()),
        w.connectionIndex(),
        w.band(),
        map(w.signs(), s -> new SignScore(SignId.of(s.id()), s.score())),
        map(w.needs(), n -> new NeedScore(NeedId.of(n.id()), n.score())),
        map(w.strengths(), NeedId::of),
        map(w.growthAreas(), NeedId::of),
        map(
            w.causes(),
            c -> new LikelyCause(CauseId.of(c.id()), c.likelihood(), map(c.evidence(), ReportJson::link))),
        map(
            w.recommendations(),
            r -> {
              Wire.BecauseW because = checkNotNull(r.because(), "because must not be null");
              return new Recommendation(
                  InterventionId.of(r.id()),
                  r.who(),
                  r.kind(),
                  r.cadence(),
                  r.stage(),
                  r.week(),
                  r.score(),
                  new Explanation(because.text(), map(because.links(), ReportJson::link)),
                  map(r.sources(), ReportJson::citation));
            }),
        map(
            w.plan(),
            p ->
                new Week(
                    p.week(),
                    map(p.daily(), InterventionId::of),
                    map(p.weekly(), InterventionId::of),
                    map(p.once(), InterventionId::of))),
        w.contentVersion(),
        w.disclaimer());
  }

  private static HelpResource resource(Wire.ResourceW r) {
    return new HelpResource(
        r.id(),
        r.region(),
        r.kind(),
        r.name(),
        r.contact(),
        r.description(),
        Optional.ofNullable(r.url()),
        LocalDate.parse(checkNotNull(r.checked(), "checked date must not be null")));
  }

  private static Link link(Wire.LinkW l) {
    checkNotNull(l.from(), "link start must not be null");
    checkNotNull(l.to(), "link end must not be null");
    return new Link(
        new Node(l.from().kind(), l.from().id()),
        new Node(l.to().kind(), l.to().id()),
        l.weight(),
        Optional.ofNullable(l.grounding()),
        map(l.sources(), ReportJson::citation));
  }

  private static Citation citation(Wire.CitationW c) {
    return new Citation(
        new Source(c.source(), c.title(), Optional.ofNullable(c.author())), c.section());
  }

  /** Maps a list, rejecting a missing list or a null element with a clear message. */
  private static <A, B> List<B> map(List<A> items, Function<A, B> f) {
    checkNotNull(items, "a list must not be null");
    return items.stream().map(a -> f.apply(checkNotNull(a, "a list must not contain null"))).toList();
  }
}
