package dev.rapport.examples.web;

import dev.rapport.assessment.Change;
import dev.rapport.assessment.Checkup;
import dev.rapport.assessment.Milestone;
import dev.rapport.assessment.NodeKind;
import dev.rapport.assessment.Scale;
import dev.rapport.assessment.Timeline;
import dev.rapport.core.NeedId;
import dev.rapport.core.SignId;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the history page shows: the saved results, newest first, the connection index and the main
 * needs over time as charts, what improved, milestones, and a nudge towards professional help when
 * things are not improving. Never anything about safety.
 *
 * @param justSaved true right after a save, to say so
 * @param entries the saved results, newest first
 * @param indexChart the Chart.js configuration of the index over time; empty with no result
 * @param needsChart the same for the main needs; empty with no result
 * @param needsTable the main needs' figures over time, for people who cannot see the chart
 * @param improved what improved since the first saved result, a sentence each
 * @param milestones the milestones, earliest first
 * @param professionalHelp why professional help may be worth it now, if it is
 * @param indexChange how far the index moved since the first saved result, with two or more
 */
record HistoryPage(
    boolean justSaved,
    List<Entry> entries,
    Optional<String> indexChart,
    Optional<String> needsChart,
    List<NeedRow> needsTable,
    List<String> improved,
    List<MilestoneView> milestones,
    Optional<String> professionalHelp,
    Optional<Integer> indexChange) {

  static final int MAIN_NEEDS = 5;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

  /**
   * Builds the page.
   *
   * @param results the saved results, oldest first
   * @param names the knowledge base's names
   * @param justSaved true right after a save
   * @param zone the time zone to show times in
   * @return the page
   */
  static HistoryPage of(List<SavedResult> results, Names names, boolean justSaved, ZoneId zone) {
    List<Entry> entries = new ArrayList<>();
    for (SavedResult r : results) {
      entries.add(
          0,
          new Entry(
              WHEN.format(r.savedAt().atZone(zone)),
              r.snapshot().connectionIndex(),
              Labels.band(r.snapshot().band()),
              r.note(),
              r.snapshot().growthAreas().stream().map(id -> names.name(NeedId.of(id))).toList()));
    }
    if (results.isEmpty()) {
      return new HistoryPage(
          justSaved,
          List.of(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          Optional.empty());
    }
    List<String> labels =
        results.stream().map(r -> SHORT.format(r.savedAt().atZone(zone))).toList();
    Map<String, List<Integer>> index = new LinkedHashMap<>();
    index.put(
        "Connection index", results.stream().map(r -> r.snapshot().connectionIndex()).toList());
    List<String> main = mainNeeds(results);
    Map<String, List<Integer>> needs = new LinkedHashMap<>();
    List<NeedRow> table = new ArrayList<>();
    for (String need : main) {
      List<Integer> met = new ArrayList<>();
      for (SavedResult r : results) {
        Double deficit = r.snapshot().needs().get(need);
        met.add(deficit == null ? null : Labels.metPercent(deficit));
      }
      String name = names.name(NeedId.of(need));
      needs.put(name, met);
      table.add(new NeedRow(name, met.stream().map(m -> m == null ? "–" : m.toString()).toList()));
    }
    List<String> improved = List.of();
    List<MilestoneView> milestones = List.of();
    Optional<String> help = Optional.empty();
    Optional<Integer> change = Optional.empty();
    if (results.size() >= 2 && distinctTimes(results)) {
      Timeline timeline =
          Timeline.of(
              results.stream()
                  .map(r -> new Checkup(r.savedAt(), r.snapshot().toReport()))
                  .toList());
      improved = timeline.improved().stream().map(c -> improvement(c, names)).toList();
      milestones =
          timeline.milestones().stream()
              .map(m -> new MilestoneView(WHEN.format(m.at().atZone(zone)), text(m, names)))
              .toList();
      help = timeline.professionalHelp();
      change = Optional.of(timeline.indexChange());
    }
    return new HistoryPage(
        justSaved,
        List.copyOf(entries),
        Optional.of(ChartJson.lines(labels, index)),
        Optional.of(ChartJson.lines(labels, needs)),
        List.copyOf(table),
        improved,
        milestones,
        help,
        change);
  }

  boolean hasCharts() {
    return indexChart.isPresent();
  }

  /** The dates of the saved results, oldest first, for the table's header. */
  List<String> dates() {
    List<String> dates = new ArrayList<>();
    entries.forEach(e -> dates.add(0, e.when()));
    return dates;
  }

  /** The needs that looked least met at any saved time: the ones worth following. */
  private static List<String> mainNeeds(List<SavedResult> results) {
    Map<String, Double> worst = new HashMap<>();
    for (SavedResult r : results) {
      r.snapshot().needs().forEach((id, deficit) -> worst.merge(id, deficit, Math::max));
    }
    return worst.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAIN_NEEDS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean distinctTimes(List<SavedResult> results) {
    return results.stream().map(SavedResult::savedAt).distinct().count() == results.size();
  }

  private static String improvement(Change change, Names names) {
    if (change.kind() == NodeKind.SIGN) {
      return names.name(SignId.of(change.id()))
          + ": from “"
          + frequency(change.before())
          + "” to “"
          + frequency(change.after())
          + "”";
    }
    return names.name(NeedId.of(change.id()))
        + ": how well met rose from "
        + Labels.metPercent(change.before())
        + " to "
        + Labels.metPercent(change.after());
  }

  private static String frequency(double score) {
    return Scale.FREQUENCY.label((int) Math.round(score * 4));
  }

  private static String text(Milestone m, Names names) {
    return switch (m.kind()) {
      case "sign-eased" ->
          "“" + names.name(SignId.of(m.subject())) + "” no longer shows up in your answers.";
      case "growth-area-met" -> "“" + names.name(NeedId.of(m.subject())) + "” now looks well met.";
      default -> m.text();
    };
  }

  /**
   * One saved result.
   *
   * @param when when it was saved
   * @param connectionIndex its index
   * @param band its band, in words
   * @param note the person's note, possibly empty
   * @param growthAreas the needs that looked unmet then
   */
  record Entry(
      String when, int connectionIndex, String band, String note, List<String> growthAreas) {}

  /**
   * One main need over time.
   *
   * @param name its name
   * @param met how well met it looked at each saved time, oldest first ("–" where not assessed)
   */
  record NeedRow(String name, List<String> met) {}

  /**
   * One milestone.
   *
   * @param when when it was reached
   * @param text what it is
   */
  record MilestoneView(String when, String text) {}
}
