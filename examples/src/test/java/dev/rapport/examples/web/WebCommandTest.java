package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rapport web} as a command: its options, its message, and a port already taken. */
class WebCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli =
        new CommandLine(new WebCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void portTaken_printsOneClearLine_andExitsWith2() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();

      int code = run("--port", String.valueOf(port), "--db", dir.resolve("h.db").toString());

      assertEquals(2, code);
      String message = err.toString().strip();
      assertEquals(
          "Port "
              + port
              + " on 127.0.0.1 is already in use. Stop the program using it, or"
              + " choose another port with --port (0 picks a free one).",
          message);
      assertFalse(message.contains("Exception"));
      assertEquals("", out.toString());
    }
  }

  @Test
  void addressNotOnThisComputer_printsOneClearLine_andExitsWith2() {
    // A documentation address (TEST-NET-1): binding to it fails at once, and nothing is sent.
    int code = run("--host", "192.0.2.1", "--port", "0", "--db", dir.resolve("h.db").toString());

    assertEquals(2, code);
    String message = err.toString().strip();
    assertTrue(message.startsWith("Cannot listen on 192.0.2.1 port 0"), message);
    assertEquals(1, message.lines().count(), message);
  }

  @Test
  void portZero_printsTheRealAddress_andServesIt() throws Exception {
    AtomicInteger code = new AtomicInteger(-1);
    Thread running =
        new Thread(() -> code.set(run("--port", "0", "--db", dir.resolve("h.db").toString())));
    running.start();
    try {
      URI address = awaitAddress();
      HttpResponse<String> home =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(address).GET().build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("A quiet moment to take stock"));
    } finally {
      running.interrupt();
      running.join(10_000);
    }
    assertEquals(0, code.get());
    assertFalse(Files.exists(dir.resolve("h.db")), "nothing stored without a save");
  }

  @Test
  void help_listsTheOptions() {
    int code = run("--help");

    assertEquals(0, code);
    for (String option : new String[] {"--port", "--host", "--db", "--region"}) {
      assertTrue(out.toString().contains(option), option);
    }
    assertTrue(out.toString().contains("~/.rapport/history.db"));
  }

  @Test
  void unknownRegion_isRejectedWithTheKnownOnes() {
    int code = run("--region", "XX", "--port", "0");

    assertEquals(2, code);
    assertTrue(err.toString().contains("--region must be one of"), err.toString());
    assertTrue(err.toString().contains("US"));
  }

  @Test
  void portOutOfRange_isRejected() {
    int code = run("--port", "70000");

    assertEquals(2, code);
    assertTrue(err.toString().contains("--port must be in [0, 65535] but was 70000"));
  }

  @Test
  void defaultDb_isUnderTheHomeFolder() {
    assertEquals(
        Path.of(System.getProperty("user.home"), ".rapport", "history.db"), WebCommand.defaultDb());
  }

  private URI awaitAddress() throws InterruptedException {
    Pattern line =
        Pattern.compile(
            "Rapport is running at (http://127\\.0\\.0\\.1:\\d+/) — press Ctrl\\+C to stop");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = line.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no address printed; out: " + out + " err: " + err);
  }
}
