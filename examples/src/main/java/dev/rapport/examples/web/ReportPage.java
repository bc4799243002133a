package dev.rapport.examples.web;

import dev.rapport.assessment.LikelyCause;
import dev.rapport.assessment.Link;
import dev.rapport.assessment.NodeKind;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.Safety;
import dev.rapport.assessment.SafetyLevel;
import dev.rapport.assessment.Week;
import dev.rapport.core.Citation;
import dev.rapport.core.Grounding;
import dev.rapport.core.Intervention;
import dev.rapport.core.InterventionId;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.Scenario;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the report page shows, in its order: the private safety part (when raised) with its help
 * resources, the disclaimer, strengths and growth areas, the connection index, the chart of needs,
 * likely causes, the plan week by week, each recommendation with its reasons and sources, and the
 * form to save the result.
 *
 * @param safety the safety part; shown first and differently, and only here
 * @param disclaimer what the report is and is not
 * @param scenario the situation the plan follows
 * @param strengths the needs that look well met
 * @param growthAreas the needs that look unmet
 * @param connectionIndex 0..100, to follow change over time
 * @param band the index's neutral word
 * @param needs every assessed need, for the chart and its table
 * @param needsChart the chart's Chart.js configuration
 * @param causes the likely causes
 * @param plan the plan, week by week
 * @param recommendations the recommendations, in plan order
 * @param save the form that saves this result
 * @param writingHelp true when the writing help has something for the two of you: false when the
 *     report puts safety first, so the page does not point to a letter or a check-in
 */
record ReportPage(
    SafetyView safety,
    String disclaimer,
    ScenarioView scenario,
    List<NeedView> strengths,
    List<NeedView> growthAreas,
    int connectionIndex,
    String band,
    List<NeedView> needs,
    String needsChart,
    List<CauseView> causes,
    List<WeekView> plan,
    List<RecommendationView> recommendations,
    SaveForm save,
    boolean writingHelp) {

  /**
   * Builds the page.
   *
   * @param report the report
   * @param names the knowledge base's names
   * @param save the save form
   * @param writingHelp whether to point to the writing help
   * @return the page
   */
  static ReportPage of(Report report, Names names, SaveForm save, boolean writingHelp) {
    Map<NeedId, Double> scores = new HashMap<>();
    report.needs().forEach(n -> scores.put(n.id(), n.score()));
    List<NeedView> needs =
        report.needs().stream().map(n -> NeedView.of(names, n.id(), n.score())).toList();
    List<NeedView> byMet =
        needs.stream().sorted(Comparator.comparingInt(NeedView::met).reversed()).toList();
    Scenario scenario = names.entity(report.scenario());
    return new ReportPage(
        SafetyView.of(report.safety()),
        report.disclaimer(),
        new ScenarioView(scenario.name(), scenario.description()),
        report.strengths().stream()
            .map(id -> NeedView.of(names, id, scores.getOrDefault(id, 0.0)))
            .toList(),
        report.growthAreas().stream()
            .map(id -> NeedView.of(names, id, scores.getOrDefault(id, 1.0)))
            .toList(),
        report.connectionIndex(),
        Labels.band(report.band()),
        byMet,
        ChartJson.needsBar(
            byMet.stream().map(NeedView::name).toList(),
            byMet.stream().map(NeedView::met).toList()),
        report.causes().stream().map(c -> CauseView.of(names, c)).toList(),
        report.plan().stream().map(w -> WeekView.of(names, w)).toList(),
        report.recommendations().stream().map(r -> RecommendationView.of(names, r)).toList(),
        save,
        writingHelp);
  }

  /**
   * The private safety part.
   *
   * @param level how much the screen found
   * @param reasons why, in the person's own answers; private
   * @param resources where to turn, in the assessment's order (crisis lines first with thoughts of
   *     self-harm)
   */
  record SafetyView(SafetyLevel level, List<String> reasons, List<ResourceView> resources) {
    static SafetyView of(Safety safety) {
      return new SafetyView(
          safety.level(),
          safety.reasons(),
          safety.resources().stream().map(ResourceView::of).toList());
    }

    boolean raised() {
      return level != SafetyLevel.NONE;
    }

    boolean urgent() {
      return level == SafetyLevel.URGENT;
    }

    /**
     * True when crisis lines come before abuse services (after any emergency number): the
     * assessment lists them so when the answers show thoughts of self-harm.
     */
    boolean crisisFirst() {
      return resources.stream()
          .filter(r -> r.kind() != HelpKind.EMERGENCY)
          .findFirst()
          .map(r -> r.kind() == HelpKind.CRISIS)
          .orElse(false);
    }

    String heading() {
      if (crisisFirst()) {
        return "You matter. Please talk to someone today";
      }
      return urgent() ? "Your safety comes first" : "Some of your answers matter for your safety";
    }
  }

  /**
   * One help resource.
   *
   * @param kind what sort of help
   * @param name its name
   * @param contact how to reach it
   * @param description what it offers
   * @param url its web address, if any
   */
  record ResourceView(
      HelpKind kind, String name, String contact, String description, Optional<String> url) {
    static ResourceView of(HelpResource r) {
      return new ResourceView(
          r.kind(),
          r.name(),
          r.contact(),
          r.description(),
          r.url().filter(u -> u.startsWith("https://") || u.startsWith("http://")));
    }

    /** What sort of help, in words. */
    String kindWords() {
      return Labels.help(kind);
    }
  }

  /**
   * The situation the plan follows.
   *
   * @param name its name
   * @param description what it means
   */
  record ScenarioView(String name, String description) {}

  /**
   * One need.
   *
   * @param name its name
   * @param description what it means
   * @param met how well met it looks, 0..100
   * @param words the same in words
   */
  record NeedView(String name, String description, int met, String words) {
    static NeedView of(Names names, NeedId id, double deficit) {
      Need need = names.entity(id);
      return new NeedView(
          need.name(), need.description(), Labels.metPercent(deficit), Labels.met(deficit));
    }
  }

  /**
   * One likely cause.
   *
   * @param name its name
   * @param description what it means
   * @param likelihood how likely it looks, in words
   * @param evidence what points to it, a sentence each
   */
  record CauseView(String name, String description, String likelihood, List<String> evidence) {
    static CauseView of(Names names, LikelyCause cause) {
      List<String> evidence = new ArrayList<>();
      for (Link link : cause.evidence()) {
        if (link.from().kind() == NodeKind.CONTEXT) {
          evidence.add("You said this is part of your life now.");
        } else {
          names
              .name(link.from())
              .ifPresent(
                  sign ->
                      evidence.add(
                          "You noticed: "
                              + sign
                              + (link.grounding().equals(Optional.of(Grounding.STATED))
                                  ? " (a source makes this link)"
                                  : " (our reading of the sources)")));
        }
      }
      return new CauseView(
          names.name(cause.id()),
          names.entity(cause.id()).description(),
          Labels.likelihood(cause.likelihood()),
          List.copyOf(evidence));
    }
  }

  /**
   * One week of the plan.
   *
   * @param number the week, from 1
   * @param daily what to do every day
   * @param weekly what to do once this week
   * @param once the one-off steps that start this week
   */
  record WeekView(int number, List<String> daily, List<String> weekly, List<String> once) {
    static WeekView of(Names names, Week week) {
      return new WeekView(
          week.number(),
          named(names, week.daily()),
          named(names, week.weekly()),
          named(names, week.once()));
    }

    private static List<String> named(Names names, List<InterventionId> ids) {
      return ids.stream().map(names::name).toList();
    }

    boolean isEmpty() {
      return daily.isEmpty() && weekly.isEmpty() && once.isEmpty();
    }
  }

  /**
   * One recommendation.
   *
   * @param id the intervention id, for anchors
   * @param name its name
   * @param description what it is
   * @param who who takes part, in words
   * @param stage its stage, in words
   * @param cadence how often, in words
   * @param minutes a rough effort in minutes
   * @param week the week it starts
   * @param steps its concrete steps
   * @param why why it is suggested
   * @param sources where it is drawn from, as "title, section"
   */
  record RecommendationView(
      String id,
      String name,
      String description,
      String who,
      String stage,
      String cadence,
      int minutes,
      int week,
      List<String> steps,
      String why,
      List<String> sources) {
    static RecommendationView of(Names names, Recommendation r) {
      Intervention intervention = names.entity(r.id());
      Set<String> sources = new LinkedHashSet<>();
      for (Citation c : r.sources()) {
        sources.add(c.source().title() + ", " + c.section());
      }
      return new RecommendationView(
          r.id().slug(),
          intervention.name(),
          intervention.description(),
          Labels.who(r.who()),
          Labels.stage(r.stage()),
          Labels.cadence(r.cadence()),
          intervention.effortMinutes(),
          r.week(),
          intervention.steps(),
          r.because().text(),
          List.copyOf(sources));
    }
  }
}
