package dev.rapport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cold-start script runs and fails clearly; its times are not tested. Needs bash. */
class ColdStartScriptTest {
  private static final Path SCRIPT = Path.of("cold-start.sh").toAbsolutePath();
  private static final Path JAR = Path.of("../examples/target/rapport.jar");

  private record Run(int exit, String output) {}

  @BeforeAll
  static void needsBash() {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
  }

  private static Run run(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the script did not finish");
    return new Run(process.exitValue(), output);
  }

  @Test
  void missingJar_saysHowToBuildIt() throws Exception {
    Run run = run(Map.of("RAPPORT_JAR", "/nowhere/rapport.jar"), "1");

    assertEquals(2, run.exit(), run.output());
    assertTrue(run.output().contains("run ./mvnw -q install -DskipTests first"), run.output());
  }

  @Test
  void badRuns_isBadUsage() throws Exception {
    Run run = run(Map.of(), "none");

    assertEquals(2, run.exit(), run.output());
    assertTrue(run.output().contains("RUNS must be"), run.output());
  }

  @Test
  void oneRun_printsTheMediansAndTheRatio() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "examples/target/rapport.jar is not built");

    Run run = run(Map.of("RAPPORT_JAR", JAR.toAbsolutePath().toString()), "1");

    assertEquals(0, run.exit(), run.output());
    assertTrue(run.output().contains("java -version"), run.output());
    assertTrue(run.output().contains("ratio assess / java -version (medians): "), run.output());
  }
}
