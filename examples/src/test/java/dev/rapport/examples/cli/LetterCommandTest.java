package dev.rapport.examples.cli;

import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandTest {
  @TempDir Path folder;

  @Test
  void letter_neglect_printsTheLetterThenTheNotes() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result =
        RapportRun.run("letter", "--input", input, "--name", "Sam", "--from", "Alex");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
    String out = result.out();
    assertTrue(out.startsWith("Dear Sam,\n\nI'm writing because"), out);
    int signOff = out.indexOf("With love,\nAlex\n");
    int notes = out.indexOf("---- Before you send it (not part of the letter) ----");
    assertTrue(signOff > 0 && notes > signOff, out);
    assertTrue(out.contains("- Nothing from your private answers about safety is in this letter."));
    assertFalse(out.contains("Words to look at again"), out);
  }

  @Test
  void letter_stdin_readsTheInputFromIt() {
    Result result = RapportRun.withStdin(WritingInputs.NEGLECT, "letter", "-i", "-");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("Dear [name],"), result.out());
  }

  @Test
  void letter_markdownWithMarkupInTheName_escapesIt() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result =
        RapportRun.run(
            "letter", "-i", input, "-n", "*Sam*", "--format", "markdown");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("Dear \\*Sam\\*,\n\n### Why I am writing"), result.out());
    assertTrue(result.out().contains("#### Before you send it (not part of the letter)"));
  }

  @Test
  void letter_safetyAnswer_printsNoLetterButTheHelpResources() {
    String input = WritingInputs.write(folder, "fear.json", WritingInputs.FEAR);

    Result result = RapportRun.run("letter", "-i", input, "--region", "UK");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("No letter was drafted.\n"), result.out());
    assertTrue(result.out().contains("Help you can reach now:"), result.out());
    assertFalse(result.out().contains("Dear "), result.out());
    assertFalse(result.out().contains("afraid of your partner"), "repeats a private answer");
  }

  @Test
  void letter_leavingVariant_putsLegalAdviceFirstInTheNotes() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result = RapportRun.run("letter", "-i", input, "--variant", "leaving");

    assertEquals(0, result.exitCode(), result.err());
    String notes = result.out().substring(result.out().indexOf("---- Before you send it"));
    assertTrue(
        notes.lines().skip(1).findFirst().orElseThrow().startsWith(
            "- Before you send this, talk to a family lawyer"),
        notes);
  }

  @Test
  void letter_partnerWantsToLeave_asksForNothing() {
    String input = WritingInputs.write(folder, "leaving.json", WritingInputs.LEAVING);

    Result result = RapportRun.run("letter", "-i", input);

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("I'm not asking you for anything right now."), result.out());
  }

  @Test
  void letter_accusatoryMoment_isKeptAndPointedOut() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result =
        RapportRun.run(
            "letter", "-i", input, "--moment", "You never ask about my day.");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("One moment stays with me: You never ask about my day."));
    assertTrue(result.out().contains("Words to look at again:"), result.out());
    assertTrue(result.out().contains("^^^^^^^^^"), result.out());
  }

  @Test
  void letter_missingFile_isOneLineAndExitCodeTwo() {
    Result result =
        RapportRun.run("letter", "-i", folder.resolve("nope.json").toString());

    assertEquals(2, result.exitCode());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("rapport letter: input file not found: "), result.err());
    assertEquals("", result.out());
  }

  @Test
  void letter_malformedJson_isOneLineWithoutAStackTrace() {
    String input = WritingInputs.write(folder, "bad.json", "{\"signs\": {\"lonely-together\": }");

    Result result = RapportRun.run("letter", "-i", input);

    assertEquals(2, result.exitCode());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("rapport letter: " + input), result.err());
    assertFalse(RapportRun.hasStackTrace(result.err()));
  }

  @Test
  void letter_unknownSign_namesItOnOneLine() {
    String input = WritingInputs.write(folder, "typo.json", "{\"signs\": {\"lonely-togther\": 3}}");

    Result result = RapportRun.run("letter", "-i", input);

    assertEquals(2, result.exitCode());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().contains("lonely-togther"), result.err());
  }

  @Test
  void letter_threeMoments_isOneLineAndExitCodeTwo() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result =
        RapportRun.run("letter", "-i", input, "-m", "a", "-m", "b", "-m", "c");

    assertEquals(2, result.exitCode());
    assertEquals("rapport letter: a letter takes at most 2 moments but was given 3\n", result.err());
  }

  @Test
  void letter_unknownVariant_isABadFlag() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result = RapportRun.run("letter", "-i", input, "--variant", "goodbye");

    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().contains("expected one of reconnect, difficult-times, leaving but was"
            + " 'goodbye'"),
        result.err());
    assertFalse(RapportRun.hasStackTrace(result.err()));
  }

  @Test
  void letter_variantInAnyCase_isAccepted() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result = RapportRun.run("letter", "-i", input, "-v", "DIFFICULT_TIMES");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("These last months have been hard on both of us"));
  }
}
