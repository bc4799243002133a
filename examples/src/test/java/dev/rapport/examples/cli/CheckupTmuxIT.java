package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check-up of the real shaded jar in a real terminal: tmux runs {@code java -jar rapport.jar
 * checkup}, so JLine reads the keys. Runs after {@code package} (failsafe); skips when tmux or the
 * jar is missing.
 */
class CheckupTmuxIT {
  private static final Path JAR = Path.of("target", "rapport.jar");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final String session = "rapport-it-" + UUID.randomUUID();

  @TempDir Path dir;

  @BeforeEach
  void needsTmuxAndTheJar() {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR.toAbsolutePath() + "; run mvn package");
    assumeTrue(tmuxWorks(), "tmux is not installed");
  }

  @AfterEach
  void killSession() throws Exception {
    tmux("kill-session", "-t", session);
  }

  @Test
  void checkup_inATerminal_answersGoesBackReasksAndSavesTheReport() throws Exception {
    List<Item> items = CheckupCommand.inOrder(Knowledge.assessment().questionnaire(Form.SHORT));
    Path saved = dir.resolve("report.json");
    String command =
        "java -Duser.language=tr -Duser.country=TR -jar "
            + JAR.toAbsolutePath()
            + " checkup --save "
            + saved;
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "50", command + "; sleep 600");
    awaitScreen("Question 1 of " + items.size());

    send("0");
    awaitScreen("Question 2 of " + items.size());
    send("9");
    awaitScreen("'9' is not an answer on this scale");
    send("b");
    awaitScreen("(your answer: never)");
    List<String> answers = CheckupCommandTest.answerLines(items, 2);
    for (int i = 0; i < answers.size(); i++) {
      send(answers.get(i));
      if (i + 1 < answers.size()) {
        awaitScreen("Question " + (i + 2) + " of " + items.size());
      }
    }

    String screen = awaitScreen("Saved the report as JSON to " + saved);
    assertTrue(screen.contains("YOUR PLAN, WEEK BY WEEK"), screen);
    Report report = ReportJson.fromJson(Files.readString(saved));
    assertFalse(report.safety().raised());
    assertTrue(report.signs().stream().allMatch(s -> s.score() == 0.5), report.signs().toString());
  }

  @Test
  void checkup_ctrlC_quitsWithoutSaving() throws Exception {
    Path saved = dir.resolve("report.json");
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        "100",
        "-y",
        "50",
        "java -jar " + JAR.toAbsolutePath() + " checkup --save " + saved + "; sleep 600");
    awaitPrompt();

    tmux("send-keys", "-t", session, "C-c");

    awaitScreen("You quit the check-up. Nothing was saved.");
    assertTrue(Files.notExists(saved));
  }

  private void send(String keys) throws Exception {
    tmux("send-keys", "-t", session, "-l", keys);
    tmux("send-keys", "-t", session, "Enter");
  }

  /** Waits until the line reader shows its prompt, ready for keys. */
  private void awaitPrompt() throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      if (tmux("capture-pane", "-p", "-t", session).strip().endsWith(">")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no prompt within " + WAIT);
  }

  /** Waits until the screen and its scrollback show {@code text}; returns them. */
  private String awaitScreen(String text) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      screen = tmux("capture-pane", "-p", "-J", "-S", "-3000", "-t", session);
      if (screen.contains(text)) {
        return screen;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + text + "' on the screen within " + WAIT + ":\n" + screen);
  }

  private static boolean tmuxWorks() {
    try {
      return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
