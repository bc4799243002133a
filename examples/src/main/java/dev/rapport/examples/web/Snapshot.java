package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.assessment.Band;
import dev.rapport.assessment.NeedScore;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.Safety;
import dev.rapport.assessment.SignScore;
import dev.rapport.core.NeedId;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.SignId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a report that the history keeps: only what the history page shows and the timeline
 * reads (the connection index, its band, the sign and need scores, strengths and growth areas). The
 * safety part, the scenario, causes and recommendations are never written to the file, so nothing
 * in it repeats or hints at a safety answer; every check-up screens for safety afresh.
 *
 * @param connectionIndex 0..100
 * @param band the index's band
 * @param signs sign scores by id, in [0, 1], most present first
 * @param needs need deficits by id, in [0, 1], most unmet first
 * @param strengths the needs that looked well met
 * @param growthAreas the needs that looked unmet
 * @param contentVersion the content version the report was made from
 */
record Snapshot(
    int connectionIndex,
    Band band,
    Map<String, Double> signs,
    Map<String, Double> needs,
    List<String> strengths,
    List<String> growthAreas,
    String contentVersion) {

  /** The scenario a rebuilt report names; the timeline does not read it. */
  private static final ScenarioId NOT_STORED = ScenarioId.of("emotional-neglect");

  private static final ObjectMapper JSON = new ObjectMapper();

  Snapshot {
    checkNotNull(band, "band must not be null");
    signs = new LinkedHashMap<>(signs);
    needs = new LinkedHashMap<>(needs);
    strengths = List.copyOf(strengths);
    growthAreas = List.copyOf(growthAreas);
    checkNotNull(contentVersion, "contentVersion must not be null");
  }

  /** The part of {@code report} to keep. */
  static Snapshot of(Report report) {
    Map<String, Double> signs = new LinkedHashMap<>();
    report.signs().forEach(s -> signs.put(s.id().slug(), s.score()));
    Map<String, Double> needs = new LinkedHashMap<>();
    report.needs().forEach(n -> needs.put(n.id().slug(), n.score()));
    return new Snapshot(
        report.connectionIndex(),
        report.band(),
        signs,
        needs,
        report.strengths().stream().map(NeedId::slug).toList(),
        report.growthAreas().stream().map(NeedId::slug).toList(),
        report.contentVersion());
  }

  /** The snapshot as stored. */
  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot is always JSON", e);
    }
  }

  /**
   * Reads a stored snapshot.
   *
   * @param json the stored text
   * @return the snapshot
   * @throws IllegalArgumentException when the text is not a snapshot
   */
  static Snapshot fromJson(String json) {
    try {
      return JSON.readValue(json, Snapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored result is not a snapshot", e);
    }
  }

  /**
   * A report holding this snapshot, for {@link dev.rapport.assessment.Timeline}: safety clear, no
   * causes, recommendations or plan, and a placeholder scenario, none of which the timeline reads.
   */
  Report toReport() {
    return new Report(
        Safety.CLEAR,
        NOT_STORED,
        connectionIndex,
        band,
        signs.entrySet().stream()
            .map(e -> new SignScore(SignId.of(e.getKey()), e.getValue()))
            .toList(),
        needs.entrySet().stream()
            .map(e -> new NeedScore(NeedId.of(e.getKey()), e.getValue()))
            .toList(),
        strengths.stream().map(NeedId::of).toList(),
        growthAreas.stream().map(NeedId::of).toList(),
        List.of(),
        List.of(),
        List.of(),
        contentVersion,
        Report.DISCLAIMER);
  }
}
