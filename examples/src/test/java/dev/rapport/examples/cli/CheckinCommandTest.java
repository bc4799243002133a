package dev.rapport.examples.cli;

import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckinCommandTest {
  @TempDir Path folder;

  @Test
  void checkin_neglect_printsTheAgendaThenTheStarters() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result = RapportRun.run("checkin", "--input", input);

    assertEquals(0, result.exitCode(), result.err());
    String out = result.out();
    assertTrue(out.startsWith("Weekly check-in\n"), out);
    int well = out.indexOf("1. What went well");
    int off = out.indexOf("2. What felt off");
    int support = out.indexOf("3. How we can support each other");
    int starters = out.indexOf("Conversation starters");
    assertTrue(0 < well && well < off && off < support && support < starters, out);
  }

  @Test
  void checkin_markdown_isMarkdown() {
    String input = WritingInputs.write(folder, "neglect.json", WritingInputs.NEGLECT);

    Result result = RapportRun.run("checkin", "-i", input, "-f", "markdown");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("## Weekly check-in\n"), result.out());
    assertTrue(result.out().contains("## Conversation starters"), result.out());
  }

  @Test
  void checkin_safetyAnswer_suggestsNothingForTheCoupleButHelp() {
    String input = WritingInputs.write(folder, "fear.json", WritingInputs.FEAR);

    Result result = RapportRun.run("checkin", "-i", input);

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("No check-in guide was made.\n"), result.out());
    assertFalse(result.out().contains("Weekly check-in"), result.out());
    assertTrue(result.out().contains("Help you can reach now:"), result.out());
  }

  @Test
  void checkin_noInputOption_isABadFlag() {
    Result result = RapportRun.run("checkin");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("Missing required option: '--input=FILE|-'"), result.err());
  }

  @Test
  void checkin_directory_isOneLineAndExitCodeTwo() {
    Result result = RapportRun.run("checkin", "-i", folder.toString());

    assertEquals(2, result.exitCode());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("rapport checkin: input "), result.err());
  }
}
