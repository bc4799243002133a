package dev.rapport.benchmarks;

import dev.rapport.content.ContentPacks;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled pack: once in a fresh JVM (what every app start pays; ten forks, one shot
 * each; it reads the build's snapshot of the pack), and warm (a pack loaded again with an empty
 * overlay, which reads, parses and checks all of the JSON).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContentLoadBenchmark {
  private Path emptyOverlay;

  /**
   * Makes an empty overlay folder.
   *
   * @throws IOException when the folder cannot be made
   */
  @Setup
  public void setUp() throws IOException {
    emptyOverlay = Files.createTempDirectory("rapport-empty-overlay");
  }

  /**
   * The first load in a fresh JVM: class loading, reading the bundled snapshot and the core's
   * checks (Jackson is not touched; without a snapshot on the class path it measures the JSON).
   *
   * @return the knowledge base
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public KnowledgeBase coldLoad() {
    return DefaultContent.load();
  }

  /**
   * A warm load of the whole pack, without the cache.
   *
   * @return the knowledge base
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public KnowledgeBase warmLoad() {
    return ContentPacks.overDefault(emptyOverlay);
  }
}
