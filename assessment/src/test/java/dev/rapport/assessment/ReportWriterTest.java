package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.Citation;
import dev.rapport.core.Grounding;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Source;
import dev.rapport.core.material.HelpKind;
import dev.rapport.core.material.HelpResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer behind {@link ReportJson#toJson(Report)} and {@link ReportJson#toJsonLine(Report)}
 * against the reference it replaced: Jackson writing the {@link Wire} records.
 */
class ReportWriterTest {

  static Stream<Named<KnowledgeBase>> knowledgeBases() {
    return Stream.of(
        Named.of("fixture", Fixtures.kb()), Named.of("bundled content", DefaultContent.load()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void toJson_generatedReports_isWhatJacksonWritesForTheWireRecords(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "writer matches Jackson",
        random -> {
          Report report = assessment.assess(input(random, kb));

          String json = ReportJson.toJson(report);

          assertEquals(jackson(report), json);
          assertEquals(oneLine(json), ReportJson.toJsonLine(report));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void toJson_reportReadBack_writesFieldByFieldTheSameText(KnowledgeBase kb) {
    Assessment assessment = Assessment.of(kb);
    Generators.forAll(
        "read-back report",
        random -> {
          Report report = assessment.assess(input(random, kb));
          String json = ReportJson.toJson(report);
          String line = ReportJson.toJsonLine(report);

          Report read = ReportJson.fromJson(json);

          assertEquals(json, ReportJson.toJson(read));
          assertEquals(line, ReportJson.toJsonLine(read));
          assertEquals(report, ReportJson.fromJson(line));
        });
  }

  @Test
  void toJson_textsThatNeedEscapes_areEscapedAsJacksonEscapesThem() {
    Report report = withOddTexts(Fixtures.assessment().assess(
        AssessmentInput.builder().answer("lonely-together-1", 3).answer("safety-fear", 1).build()));

    String json = ReportJson.toJson(report);

    assertEquals(jackson(report), json);
    assertEquals(oneLine(json), ReportJson.toJsonLine(report));
    assertEquals(report, ReportJson.fromJson(json));
  }

  @Test
  void toJson_manyModelsOneAfterAnother_eachWritesItsOwnReports() {
    AssessmentInput input =
        AssessmentInput.builder().answer("lonely-together-1", 3).context("work-stress").build();
    String expected = jackson(Fixtures.assessment().assess(input));

    for (int i = 0; i < 300; i++) {
      Report report = Assessment.of(Fixtures.kb()).assess(input);

      assertEquals(expected, ReportJson.toJson(report), "model " + i);
    }
  }

  @Test
  void toJson_regionResourceWithALongDescription_isWhatJacksonWritesForEveryModel() {
    AssessmentInput input =
        AssessmentInput.builder().answer("lonely-together-1", 3).answer("safety-fear", 2).build();

    for (int i = 0; i < 3; i++) {
      KnowledgeBase kb =
          Fixtures.builder(false)
              .addResource(
                  new HelpResource(
                      "intl-long", "INTL", HelpKind.COUNSELLING, "Long", "000",
                      "A description longer than the writer copies into its buffer: " + "x".repeat(80),
                      Optional.empty(), LocalDate.of(2026, 11, 23)))
              .build();
      Report report = Assessment.of(kb).assess(input);

      assertEquals(jackson(report), ReportJson.toJson(report), "model " + i);
      assertEquals(oneLine(jackson(report)), ReportJson.toJsonLine(report), "model " + i);
    }
  }

  private static AssessmentInput input(Random random, KnowledgeBase kb) {
    AssessmentInput.Builder builder = Generators.everyday(random, kb);
    if (random.nextBoolean()) {
      Generators.withSafetySignal(random, kb, builder);
    }
    return builder.build();
  }

  /** The report with every free text replaced by one that needs escapes, and odd sources. */
  private static Report withOddTexts(Report report) {
    String odd = "say \"hi\" \\ back\nslash / tab\t\b\f\r\u0000\u0001\u001f\u007f caf\u00e9 \ud83d\ude00 \u2019";
    Source source = new Source("odd-source", "Title " + odd, Optional.of("Author " + odd));
    List<Citation> cited = List.of(new Citation(source, "Section " + odd));
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation r : report.recommendations()) {
      List<Link> links = new ArrayList<>();
      for (Link link : r.because().links()) {
        links.add(new Link(link.from(), link.to(), 0.123456789, Optional.of(Grounding.STATED), cited));
      }
      recommendations.add(
          new Recommendation(
              r.id(), r.who(), r.kind(), r.cadence(), r.stage(), r.week(), r.score(),
              new Explanation(odd, links), cited));
    }
    HelpResource resource =
        new HelpResource(
            "odd-line", "US", HelpKind.CRISIS, "Name " + odd, "Call " + odd, "About " + odd,
            Optional.of("https://example.org/?q=" + odd), LocalDate.of(2026, 11, 23));
    HelpResource plain =
        new HelpResource(
            "plain-line", "US", HelpKind.COUNSELLING, "Name", "Call", "About", Optional.empty(),
            LocalDate.of(2026, 11, 23));
    return new Report(
        new Safety(report.safety().level(), List.of(odd, "Reason " + odd), List.of(resource, plain)),
        report.scenario(), report.connectionIndex(), report.band(), report.signs(), report.needs(),
        report.strengths(), report.growthAreas(), report.causes(), recommendations, report.plan(),
        "version " + odd, odd);
  }

  private static String jackson(Report report) {
    try {
      return ReportMapper.WRITER.writeValueAsString(ReportJson.wire(report));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The pretty text without its line ends and the indentation after them. */
  static String oneLine(String json) {
    StringBuilder out = new StringBuilder(json.length());
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i++);
      if (c == '\n') {
        while (i < json.length() && json.charAt(i) == ' ') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
