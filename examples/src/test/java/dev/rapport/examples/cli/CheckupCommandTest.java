package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
import dev.rapport.assessment.Scale;
import dev.rapport.assessment.Section;
import dev.rapport.core.Who;
import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-up driven by piped answers, as a script or a screen reader's user might. */
class CheckupCommandTest {
  private static final List<Item> SHORT =
      CheckupCommand.inOrder(Knowledge.assessment().questionnaire(Form.SHORT));

  @TempDir Path dir;

  @Test
  void checkup_pipedAnswers_showsDisclaimerPrivacyThenQuestionsThenTheReport() {
    Result result = RapportRun.withStdin(answers(SHORT, 2), "checkup");

    assertEquals(0, result.exitCode(), result.err());
    String out = result.out();
    int disclaimer = out.indexOf("not a diagnosis or");
    int privacy = out.indexOf("Your answers stay on this machine");
    int safety = out.indexOf("First, your safety.");
    int first = out.indexOf("Question 1 of " + SHORT.size());
    int report = out.indexOf("RAPPORT CHECK-UP (content ");
    assertTrue(0 <= disclaimer && disclaimer < privacy && privacy < safety, out);
    assertTrue(safety < first && first < report, out);
    assertTrue(out.contains("Question " + SHORT.size() + " of " + SHORT.size()), out);
    assertTrue(out.contains("0 never, 1 rarely, 2 sometimes, 3 often, 4 almost always"), out);
    assertTrue(out.indexOf("WHAT YOU CAN DO", report) > report, out);
  }

  @Test
  void checkup_safetyQuestions_comeBeforeEveryOtherQuestion() {
    int lastSafety = -1;
    int firstOther = SHORT.size();
    for (int i = 0; i < SHORT.size(); i++) {
      if (Interview.part(SHORT.get(i)) == Section.SAFETY) {
        lastSafety = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }

    assertEquals(firstOther - 1, lastSafety);
    assertEquals(Section.ENGAGEMENT, SHORT.get(SHORT.size() - 1).section());
  }

  @Test
  void checkup_back_asksThePreviousQuestionAgainWithItsAnswer() {
    List<String> lines = new ArrayList<>(List.of(zeros(safetyCount())));
    lines.add("3");
    lines.add("b");
    lines.add("q");
    int n = safetyCount() + 1;

    Result result = RapportRun.withStdin(String.join("\n", lines) + "\n", "checkup");

    String out = result.out();
    int asked = out.indexOf("Question " + n + " of");
    int next = out.indexOf("Question " + (n + 1) + " of", asked);
    int again = out.indexOf("Question " + n + " of", next);
    assertTrue(asked >= 0 && next > asked && again > next, out);
    assertTrue(out.indexOf("(your answer: often)", again) > again, out);
  }

  @Test
  void checkup_badAnswer_isAskedAgainWithAShortReason() {
    Result result = RapportRun.withStdin("7\nsometimes\nq\n", "checkup");

    String out = result.out();
    assertTrue(
        out.replaceAll("\\s+", " ")
            .contains(
                "'7' is not an answer on this scale: type a number from 0 to 4, or b to go back, s"
                    + " to skip, q to quit."),
        out);
    assertEquals(2, count(out, "Question 1 of "), out);
    assertEquals(1, count(out, "Question 2 of "), out);
  }

  @Test
  void checkup_emptyAnswer_isAskedAgain() {
    Result result = RapportRun.withStdin("\nq\n", "checkup");

    assertTrue(result.out().contains("Nothing was typed: type a number from 0 to 4"), result.out());
  }

  @Test
  void checkup_skip_movesOnWithoutAnAnswer() throws IOException {
    Path saved = dir.resolve("report.json");
    List<String> lines = answerLines(SHORT, 2);
    int skipped = safetyCount();
    lines.set(skipped, "s");

    Result result =
        RapportRun.withStdin(
            String.join("\n", lines) + "\n", "checkup", "--save", saved.toString());

    assertEquals(0, result.exitCode(), result.err());
    Report report = ReportJson.fromJson(Files.readString(saved));
    String skippedSign = SHORT.get(skipped).subject();
    assertTrue(
        report.signs().stream().noneMatch(s -> s.id().slug().equals(skippedSign)), skippedSign);
  }

  @Test
  void checkup_quit_endsWithoutSavingAndExitsZero() {
    Path saved = dir.resolve("report.json");

    Result result = RapportRun.withStdin("0\n0\nq\n", "checkup", "--save", saved.toString());

    assertEquals(0, result.exitCode());
    assertTrue(result.out().endsWith("You quit the check-up. Nothing was saved.\n"), result.out());
    assertFalse(Files.exists(saved));
  }

  @Test
  void checkup_inputEndsEarly_saysSoOnOneLineAndExitsTwo() {
    Result result = RapportRun.withStdin("0\n0\n", "checkup");

    assertEquals(2, result.exitCode());
    assertEquals(
        "rapport checkup: the input ended before the check-up was finished; nothing was saved\n",
        result.err());
  }

  @Test
  void checkup_everythingSkipped_hasNothingToReport() {
    Result result = RapportRun.withStdin("s\n".repeat(SHORT.size()), "checkup");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("rapport checkup: no report: "), result.err());
  }

  @Test
  void checkup_save_writesTheReportJson() throws IOException {
    Path saved = dir.resolve("report.json");

    Result result = RapportRun.withStdin(answers(SHORT, 3), "checkup", "--save", saved.toString());

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().endsWith("Saved the report as JSON to " + saved + ".\n"));
    Report report = ReportJson.fromJson(Files.readString(saved));
    assertFalse(report.recommendations().isEmpty());
  }

  @Test
  void checkup_fearAnswered_showsHelpAtOnceAndGivesTheSafetyFirstReport() throws IOException {
    Path saved = dir.resolve("report.json");
    List<String> lines = answerLines(SHORT, 2);
    int fear = indexOfSafety("fear");
    lines.set(fear, "3");

    Result result =
        RapportRun.withStdin(
            String.join("\n", lines) + "\n",
            "checkup",
            "--region",
            "US",
            "--save",
            saved.toString());

    assertEquals(0, result.exitCode(), result.err());
    String out = result.out();
    int note = out.indexOf("Your safety comes first");
    assertTrue(note > 0 && note < out.indexOf("Question " + (safetyCount() + 1) + " of"), out);
    assertTrue(out.contains("Level: urgent"), out);
    Report report = ReportJson.fromJson(Files.readString(saved));
    assertTrue(report.safety().raised());
    assertEquals("safety-support", report.recommendations().get(0).id().slug());
    assertTrue(
        report.recommendations().stream().map(Recommendation::who).noneMatch(w -> w == Who.COUPLE));
  }

  @Test
  void checkup_selfHarmAnswered_showsCrisisLinesAtOnce() {
    List<String> lines = answerLines(SHORT, 1);
    lines.set(indexOfSafety("self-harm"), "1");

    Result result = RapportRun.withStdin(String.join("\n", lines) + "\n", "checkup", "-r", "US");

    String out = result.out().replaceAll("\\s+", " ");
    int note = out.indexOf("If you are thinking of harming yourself, please reach out now");
    assertTrue(note > 0, out);
    assertTrue(out.indexOf("988", note) > note, out);
  }

  @Test
  void checkup_full_asksEveryStatement() {
    int full = CheckupCommand.inOrder(Knowledge.assessment().questionnaire(Form.FULL)).size();

    Result result = RapportRun.withStdin("q\n", "checkup", "--full");

    assertTrue(full > SHORT.size());
    assertTrue(result.out().contains("Question 1 of " + full), result.out());
  }

  @Test
  void checkup_shortAndFull_cannotBothBeGiven() {
    Result result = RapportRun.run("checkup", "--short", "--full");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("mutually exclusive"), result.err());
  }

  /**
   * Every item answered: {@code value} on the 0..4 scale, no to yes-or-no, unsure for engagement.
   */
  static String answers(List<Item> items, int value) {
    return String.join("\n", answerLines(items, value)) + "\n";
  }

  static List<String> answerLines(List<Item> items, int value) {
    List<String> lines = new ArrayList<>();
    for (Item item : items) {
      if (Interview.part(item) == Section.SAFETY) {
        lines.add(item.scale() == Scale.YES_NO ? "n" : "0");
      } else {
        lines.add(
            switch (item.scale()) {
              case FREQUENCY -> String.valueOf(value);
              case YES_NO -> "n";
              case ENGAGEMENT -> "unsure";
            });
      }
    }
    return lines;
  }

  private static int safetyCount() {
    return (int) SHORT.stream().filter(i -> Interview.part(i) == Section.SAFETY).count();
  }

  private static String[] zeros(int count) {
    return "0".repeat(count).split("");
  }

  private static int indexOfSafety(String topic) {
    for (int i = 0; i < SHORT.size(); i++) {
      if (SHORT.get(i).section() == Section.SAFETY && SHORT.get(i).subject().equals(topic)) {
        return i;
      }
    }
    throw new IllegalStateException("no safety question about " + topic);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
