package dev.rapport.examples.cli;

import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoachCommandTest {

  @Test
  void coach_accusation_putsACaretUnderItsWordsWithReasonAndSuggestions() {
    Result result = RapportRun.run("coach", "I'm tired. You never listen to me.");

    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals("1 thing to look at again:", lines.get(0));
    assertEquals("1. absolute (absolute-never)", lines.get(2));
    assertEquals("   I'm tired. You never listen to me.", lines.get(3));
    assertEquals("              ^^^^^^^^^", lines.get(4));
    assertTrue(lines.get(5).startsWith("   'You never' turns some moments"), lines.get(5));
    assertTrue(lines.get(6).startsWith("   Try: I miss our talks"), lines.get(6));
    assertTrue(lines.get(7).startsWith("   Or: Name one recent moment"), lines.get(7));
    assertEquals("", result.err());
  }

  @Test
  void coach_invitation_saysNothingWasFound() {
    Result result =
        RapportRun.run(
            "coach", "I miss our evening talks. Could we take twenty minutes after dinner?");

    assertEquals(0, result.exitCode());
    assertEquals("Nothing found: this reads as an invitation.\n", result.out());
  }

  @Test
  void coach_unquotedWords_areJoinedWithSpaces() {
    Result result = RapportRun.run("coach", "You're", "so", "selfish.");

    assertEquals(0, result.exitCode());
    assertTrue(result.out().contains("   You're so selfish.\n   ^^^^^^^^^^^^^^^^^\n"), result.out());
  }

  @Test
  void coach_noTextOrDash_readsStdinAndFindsTheRightLine() {
    String stdin = "I love you.\nWhy won't you talk to me?\n";

    for (String[] args : List.of(new String[0], new String[] {"-"})) {
      String[] command = new String[args.length + 1];
      command[0] = "coach";
      System.arraycopy(args, 0, command, 1, args.length);
      Result result = RapportRun.withStdin(stdin, command);

      assertEquals(0, result.exitCode(), result.err());
      assertTrue(
          result.out().contains("   Why won't you talk to me?\n   ^^^^^^^^^^^^^\n"), result.out());
    }
  }

  @Test
  void coach_accentsBeforeTheWords_keepTheCaretInPlace() {
    Result result = RapportRun.run("coach", "Zoë, you always forget.");

    assertTrue(result.out().contains("   Zoë, you always forget.\n        ^^^^^^^^^^\n"),
        result.out());
  }

  @Test
  void coach_emptyStdin_isOneLineAndExitCodeTwo() {
    Result result = RapportRun.withStdin("  \n", "coach");

    assertEquals(2, result.exitCode());
    assertEquals("rapport coach: nothing to review: the message is empty\n", result.err());
    assertEquals("", result.out());
  }

  @Test
  void coach_tooLong_isOneLineWithoutAStackTrace() {
    Result result =
        RapportRun.withStdin("a".repeat(CoachCommand.MAX_LENGTH + 1), "coach");

    assertEquals(2, result.exitCode());
    assertEquals(1, result.err().lines().count());
    assertFalse(RapportRun.hasStackTrace(result.err()));
  }

  @Test
  void coach_help_exitsWithZero() {
    Result result = RapportRun.run("coach", "--help");

    assertEquals(0, result.exitCode());
    assertTrue(result.out().startsWith("Usage: rapport coach"), result.out());
  }
}
