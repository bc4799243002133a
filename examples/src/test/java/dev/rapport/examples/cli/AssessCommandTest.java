package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
import dev.rapport.assessment.SafetyLevel;
import dev.rapport.core.Who;
import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessCommandTest {

  @Test
  void assess_goodFile_printsTheReportAsJson() {
    Result result = RapportRun.run("assess", "--input", path("neglect.json"));

    assertEquals(0, result.exitCode(), result.err());
    Report report = ReportJson.fromJson(result.out());
    assertEquals(SafetyLevel.NONE, report.safety().level());
    assertEquals("emotional-neglect", report.scenario().slug());
    assertFalse(report.recommendations().isEmpty());
    assertEquals(Knowledge.base().contentVersion(), report.contentVersion());
    assertEquals("", result.err());
  }

  @Test
  void assess_goodFileAsText_leadsWithDisclaimerAndSafetyThenTheRestInOrder() {
    Result result = RapportRun.run("assess", "-i", path("neglect.json"), "--format", "text");

    assertEquals(0, result.exitCode(), result.err());
    String text = result.out();
    List<String> order =
        List.of(
            "not a diagnosis or",
            "SAFETY",
            "WHERE THINGS STAND",
            "Growth areas:",
            "SIGNS",
            "NEEDS",
            "WHAT MAY LIE BEHIND IT",
            "WHAT YOU CAN DO",
            "Why:",
            "From:",
            "YOUR PLAN, WEEK BY WEEK",
            "Week 1",
            "Week 4");
    int at = -1;
    for (String part : order) {
      int next = text.indexOf(part, at + 1);
      assertTrue(next > at, "'" + part + "' after the previous part in:\n" + text);
      at = next;
    }
    assertTrue(text.contains("Lonely together                    #################### 1.00"), text);
  }

  @Test
  void assess_formatInAnyCase_isAccepted() {
    Result result = RapportRun.run("assess", "-i", path("neglect.json"), "-f", "TEXT");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("RAPPORT CHECK-UP"));
  }

  @Test
  void assess_dash_readsStdin() throws Exception {
    String json = Files.readString(Path.of(path("neglect.json")));

    Result result = RapportRun.withStdin(json, "assess", "--input", "-");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("emotional-neglect", ReportJson.fromJson(result.out()).scenario().slug());
  }

  @Test
  void assess_safetyAnswer_putsSafetySupportFirstAndNoCoupleWork() {
    Result result = RapportRun.run("assess", "-i", path("afraid.json"), "--region", "uk");

    assertEquals(0, result.exitCode(), result.err());
    Report report = ReportJson.fromJson(result.out());
    assertTrue(report.safety().raised());
    assertEquals("safety-support", report.recommendations().get(0).id().slug());
    assertTrue(
        report.recommendations().stream().map(Recommendation::who).noneMatch(w -> w == Who.COUPLE));
    assertEquals("UK", report.safety().resources().get(0).region());
  }

  @Test
  void assess_malformedJson_saysLineAndColumnOnOneLine() {
    Result result = RapportRun.run("assess", "-i", path("broken/malformed.json"));

    assertEquals(2, result.exitCode());
    assertEquals("", result.out());
    assertOneLine(result.err());
    assertTrue(
        result.err().startsWith("rapport assess: " + path("broken/malformed.json")), result.err());
    assertTrue(result.err().contains("(line 3, column 35)"), result.err());
    assertTrue(result.err().contains("malformed JSON"), result.err());
  }

  @Test
  void assess_unknownSignId_namesTheIdAndSuggestsTheClosest() {
    Result result = RapportRun.run("assess", "-i", path("broken/unknown-sign.json"));

    assertEquals(2, result.exitCode());
    assertOneLine(result.err());
    assertTrue(
        result
            .err()
            .contains(
                "/signs/lonly-together: unknown sign 'lonly-together' (did you mean"
                    + " lonely-together"),
        result.err());
  }

  @Test
  void assess_valueOutOfRange_namesTheSignAndTheValue() {
    Result result = RapportRun.run("assess", "-i", path("broken/out-of-range.json"));

    assertEquals(2, result.exitCode());
    assertOneLine(result.err());
    assertTrue(
        result
            .err()
            .contains(
                "/signs/lonely-together: intensity of sign lonely-together must be in [0, 4] but"
                    + " was 7"),
        result.err());
  }

  @Test
  void assess_missingFile_namesTheFile() {
    Result result = RapportRun.run("assess", "-i", "no/such/answers.json");

    assertEquals(2, result.exitCode());
    assertEquals(
        "rapport assess: input file not found: " + Path.of("no/such/answers.json") + "\n",
        result.err());
  }

  @Test
  void assess_emptyFile_saysTheInputIsEmpty() {
    Result result = RapportRun.run("assess", "-i", path("broken/empty.json"));

    assertEquals(2, result.exitCode());
    assertOneLine(result.err());
    assertTrue(result.err().contains("input is empty"), result.err());
  }

  @Test
  void assess_emptyStdin_saysStdinIsEmpty() {
    Result result = RapportRun.withStdin("", "assess", "-i", "-");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("rapport assess: stdin: "), result.err());
    assertTrue(result.err().contains("input is empty"), result.err());
  }

  @Test
  void assess_noAnswersNorSigns_isBadInput() {
    Result result = RapportRun.withStdin("{\"context\": [\"work-stress\"]}", "assess", "-i", "-");

    assertEquals(2, result.exitCode());
    assertOneLine(result.err());
  }

  @Test
  void assess_badRegion_isABadFlagWithUsage() {
    Result result = RapportRun.run("assess", "-i", path("neglect.json"), "--region", "U5");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("region must be 2 to 4 letters"), result.err());
    assertTrue(result.err().contains("Usage: rapport assess"), result.err());
  }

  @Test
  void assess_missingInputFlag_isABadFlagWithUsage() {
    Result result = RapportRun.run("assess");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("Missing required option: '--input=FILE|-'"), result.err());
  }

  static void assertOneLine(String err) {
    assertTrue(err.endsWith("\n"), err);
    assertEquals(1, err.lines().count(), err);
    assertFalse(err.contains("Exception"), err);
  }
}
