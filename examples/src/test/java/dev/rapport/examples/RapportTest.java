package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.content.DefaultContent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RapportTest {

  @Test
  void help_topLevel_listsEverySubcommandAndExitsZero() {
    RapportRun.Result result = RapportRun.run("--help");

    assertEquals(0, result.exitCode());
    for (String command : List.of("checkup", "assess", "batch", "content", "web")) {
      assertTrue(result.out().contains("  " + command + " "), command + " in:\n" + result.out());
    }
    assertTrue(result.out().contains("not a crisis service"));
  }

  @Test
  void version_printsTheLibraryAndContentVersions() {
    RapportRun.Result result = RapportRun.run("--version");

    assertEquals(0, result.exitCode());
    assertTrue(result.out().startsWith("rapport " + VersionInfo.libraryVersion()), result.out());
    assertTrue(
        result.out().contains("content " + DefaultContent.load().contentVersion()), result.out());
    assertFalse(VersionInfo.libraryVersion().contains("${"), "the version resource is filtered");
  }

  @Test
  void badFlag_topLevel_printsUsageAndExitsTwo() {
    RapportRun.Result result = RapportRun.run("--frobnicate");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("Unknown option: '--frobnicate'"), result.err());
    assertTrue(result.err().contains("Usage: rapport"), result.err());
    assertNoStackTrace(result);
  }

  @Test
  void noSubcommand_topLevel_exitsTwoWithUsage() {
    RapportRun.Result result = RapportRun.run();

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Missing required subcommand"), result.err());
  }

  @Test
  void help_everySubcommand_exitsZeroWithItsUsage() {
    List<List<String>> commands =
        List.of(
            List.of("checkup"),
            List.of("assess"),
            List.of("batch"),
            List.of("content"),
            List.of("content", "list"),
            List.of("content", "show"),
            List.of("content", "search"),
            List.of("web"));
    for (List<String> command : commands) {
      String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);

      RapportRun.Result result = RapportRun.run(args);

      assertEquals(0, result.exitCode(), String.join(" ", command));
      assertTrue(
          result.out().startsWith("Usage: rapport " + String.join(" ", command)),
          String.join(" ", command) + ":\n" + result.out());
    }
  }

  @Test
  void badFlag_everySubcommand_printsUsageAndExitsTwo() {
    for (String command : List.of("checkup", "assess", "batch", "content", "web")) {
      RapportRun.Result result = RapportRun.run(command, "--no-such-flag");

      assertEquals(2, result.exitCode(), command);
      assertTrue(
          result.err().contains("Usage: rapport " + command), command + ":\n" + result.err());
      assertNoStackTrace(result);
    }
  }

  static void assertNoStackTrace(RapportRun.Result result) {
    String all = result.out() + result.err();
    assertFalse(all.contains("Exception"), all);
    assertFalse(all.contains("\tat "), all);
  }
}
