package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ReportJson#toSummaryLine(Report)}: every kept value, on one line, much shorter. */
class ReportSummaryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void toSummaryLine_generatedReports_holdTheReportsOwnValuesInOrderOnOneLine() {
    KnowledgeBase kb = DefaultContent.load();
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "summary of a report",
        random -> {
          AssessmentInput.Builder input = Generators.everyday(random, kb);
          if (random.nextInt(4) == 0) {
            Generators.withSafetySignal(random, kb, input);
          }
          Report report = assessment.assess(input.build());

          String line = ReportJson.toSummaryLine(report);

          assertFalse(line.contains("\n"), line);
          JsonNode summary = read(line);
          assertEquals(
              List.of(
                  "safety", "scenario", "connectionIndex", "band", "signs", "needs", "causes",
                  "recommendations", "contentVersion", "disclaimer"),
              names(summary));
          assertEquals(report.safety().level().name(), summary.get("safety").get("level").asText());
          assertEquals(report.safety().reasons(), texts(summary.get("safety").get("reasons")));
          assertEquals(List.of("level", "reasons"), names(summary.get("safety")));
          assertEquals(report.scenario().slug(), summary.get("scenario").asText());
          assertEquals(report.connectionIndex(), summary.get("connectionIndex").intValue());
          assertEquals(report.band().name(), summary.get("band").asText());
          assertEquals(
              report.signs().stream().map(s -> Map.entry(s.id().slug(), s.score())).toList(),
              scores(summary.get("signs")));
          assertEquals(
              report.needs().stream().map(n -> Map.entry(n.id().slug(), n.score())).toList(),
              scores(summary.get("needs")));
          assertEquals(
              report.causes().stream().map(c -> Map.entry(c.id().slug(), c.likelihood())).toList(),
              scores(summary.get("causes")));
          JsonNode recommendations = summary.get("recommendations");
          assertEquals(report.recommendations().size(), recommendations.size());
          for (int i = 0; i < recommendations.size(); i++) {
            Recommendation expected = report.recommendations().get(i);
            JsonNode actual = recommendations.get(i);
            assertEquals(List.of("id", "who", "stage", "week", "score"), names(actual));
            assertEquals(expected.id().slug(), actual.get("id").asText());
            assertEquals(expected.who().name(), actual.get("who").asText());
            assertEquals(expected.stage().name(), actual.get("stage").asText());
            assertEquals(expected.week(), actual.get("week").intValue());
            assertEquals(expected.score(), actual.get("score").doubleValue());
          }
          assertEquals(report.contentVersion(), summary.get("contentVersion").asText());
          assertEquals(report.disclaimer(), summary.get("disclaimer").asText());
          assertTrue(
              line.length() * 5 < ReportJson.toJsonLine(report).length(),
              "a summary of " + line.length() + " characters is not much shorter than the report");
        });
  }

  @Test
  void toSummaryLine_safetyConcern_keepsTheLevelAndReasonsButNoResourcesOrCouplesItem() {
    Report report =
        Fixtures.assessment()
            .assess(AssessmentInput.builder().answer("safety-fear", 3).sign("lonely-together", 3).build());

    JsonNode summary = read(ReportJson.toSummaryLine(report));

    assertEquals("URGENT", summary.get("safety").get("level").asText());
    assertFalse(summary.get("safety").get("reasons").isEmpty());
    assertFalse(summary.get("safety").has("resources"));
    assertEquals("safety-support", summary.get("recommendations").get(0).get("id").asText());
    for (JsonNode recommendation : summary.get("recommendations")) {
      assertFalse(recommendation.get("who").asText().equals("COUPLE"), summary.toString());
    }
  }

  @Test
  void toSummaryLine_textsThatNeedEscapes_readBackAsTheyWere() {
    Report plain =
        Fixtures.assessment().assess(AssessmentInput.builder().answer("lonely-together-1", 3).build());
    String odd = "say \"hi\" \\ back\nslash / tab\t\u0000\u001f caf\u00e9 \ud83d\ude00 \u2019";
    Report report =
        new Report(
            plain.safety(), plain.scenario(), plain.connectionIndex(), plain.band(), plain.signs(),
            plain.needs(), plain.strengths(), plain.growthAreas(), plain.causes(),
            plain.recommendations(), plain.plan(), "version " + odd, "Not therapy. " + odd);

    String line = ReportJson.toSummaryLine(report);

    assertFalse(line.contains("\n"), line);
    assertEquals("Not therapy. " + odd, read(line).get("disclaimer").asText());
    assertEquals("version " + odd, read(line).get("contentVersion").asText());
  }

  @Test
  void toSummaryLine_null_isRejectedWithTheArgumentsName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ReportJson.toSummaryLine(null));

    assertEquals("report must not be null", e.getMessage());
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static List<Map.Entry<String, Double>> scores(JsonNode object) {
    List<Map.Entry<String, Double>> scores = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      assertTrue(field.getValue().isNumber(), field.toString());
      scores.add(Map.entry(field.getKey(), field.getValue().doubleValue()));
    }
    return scores;
  }
}
