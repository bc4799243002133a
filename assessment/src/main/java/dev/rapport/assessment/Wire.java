package dev.rapport.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rapport.core.Cadence;
import dev.rapport.core.Grounding;
import dev.rapport.core.InterventionKind;
import dev.rapport.core.Stage;
import dev.rapport.core.Who;
import dev.rapport.core.material.HelpKind;
import java.util.List;

/**
 * The JSON wire form of a {@link Report}: records that mirror DESIGN.md's field names, mapped to
 * and from the domain by {@link ReportJson}. Jackson's annotations stay here, off the domain.
 * Nullable fields: {@code url}, {@code author}, {@code grounding}.
 */
final class Wire {
  private Wire() {}

  @JsonPropertyOrder({
    "safety", "scenario", "connectionIndex", "band", "signs", "needs", "strengths",
    "growthAreas", "causes", "recommendations", "plan", "contentVersion", "disclaimer"
  })
  record ReportW(
      SafetyW safety,
      String scenario,
      int connectionIndex,
      Band band,
      List<ScoreW> signs,
      List<ScoreW> needs,
      List<String> strengths,
      List<String> growthAreas,
      List<CauseW> causes,
      List<RecommendationW> recommendations,
      List<WeekW> plan,
      String contentVersion,
      String disclaimer) {}

  @JsonPropertyOrder({"level", "reasons", "resources"})
  record SafetyW(SafetyLevel level, List<String> reasons, List<ResourceW> resources) {}

  @JsonPropertyOrder({
    "id", "region", "kind", "name", "contact", "description", "url", "checked"
  })
  record ResourceW(
      String id,
      String region,
      HelpKind kind,
      String name,
      String contact,
      String description,
      String url,
      String checked) {}

  @JsonPropertyOrder({"id", "score"})
  record ScoreW(String id, double score) {}

  @JsonPropertyOrder({"id", "likelihood", "evidence"})
  record CauseW(String id, double likelihood, List<LinkW> evidence) {}

  @JsonPropertyOrder({"from", "to", "weight", "grounding", "sources"})
  record LinkW(NodeW from, NodeW to, double weight, Grounding grounding, List<CitationW> sources) {}

  @JsonPropertyOrder({"kind", "id"})
  record NodeW(NodeKind kind, String id) {}

  @JsonPropertyOrder({"source", "title", "author", "section"})
  record CitationW(String source, String title, String author, String section) {}

  @JsonPropertyOrder({
    "id", "who", "kind", "cadence", "stage", "week", "score", "because", "sources"
  })
  record RecommendationW(
      String id,
      Who who,
      InterventionKind kind,
      Cadence cadence,
      Stage stage,
      int week,
      double score,
      BecauseW because,
      List<CitationW> sources) {}

  @JsonPropertyOrder({"text", "links"})
  record BecauseW(String text, List<LinkW> links) {}

  @JsonPropertyOrder({"week", "daily", "weekly", "once"})
  record WeekW(int week, List<String> daily, List<String> weekly, List<String> once) {}
}
