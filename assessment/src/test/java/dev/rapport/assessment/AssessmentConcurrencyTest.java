package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link Assessment}, used by many threads at once, gives byte for byte the JSON that a
 * single thread gives, for good inputs and bad ones. The shared instance is fresh, so whatever it
 * sets up on first use is set up under contention too.
 */
class AssessmentConcurrencyTest {
  private static final int THREADS = 8;
  private static final int INPUTS = 500;

  /** A hang guard (a deadlock, a lost wake-up), not a speed requirement. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  private static final KnowledgeBase KB = DefaultContent.load();

  @Test
  void assess_eightThreadsOnOneSharedAssessment_giveByteIdenticalJsonToOneThread() {
    List<String> inputs = inputs();
    Assessment alone = Assessment.of(KB);
    List<String> sequential = inputs.stream().map(json -> outcome(alone, json)).toList();
    Assessment shared = Assessment.of(KB);

    List<List<String>> concurrent =
        assertTimeoutPreemptively(HANG_GUARD, () -> runConcurrently(shared, inputs));

    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < INPUTS; i++) {
        assertEquals(
            sequential.get(i),
            concurrent.get(t).get(i),
            "thread " + t + ", input " + i + " (seed " + (Generators.SEED + i) + "): "
                + inputs.get(i));
      }
    }
  }

  /** Everyday inputs, a quarter with a safety signal, and every tenth one hostile. */
  private static List<String> inputs() {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      Random random = new Random(Generators.SEED + i);
      if (i % 10 == 9) {
        inputs.add(Generators.malformed(random, KB));
        continue;
      }
      AssessmentInput.Builder input = Generators.everyday(random, KB);
      if (random.nextInt(4) == 0) {
        Generators.withSafetySignal(random, KB, input);
      }
      inputs.add(Generators.json(input.build()));
    }
    return inputs;
  }

  /**
   * Every thread assesses every input, each starting at a different place in the list so that
   * different inputs meet, all released at once; the results come back in input order.
   */
  private static List<List<String>> runConcurrently(Assessment shared, List<String> inputs)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * INPUTS / THREADS;
        Callable<List<String>> work =
            () -> {
              start.await();
              String[] results = new String[INPUTS];
              for (int k = 0; k < INPUTS; k++) {
                int i = (offset + k) % INPUTS;
                results[i] = outcome(shared, inputs.get(i));
              }
              return List.of(results);
            };
        futures.add(pool.submit(work));
      }
      start.countDown();
      List<List<String>> results = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The report's JSON, or the problems of a bad input as text. */
  private static String outcome(Assessment assessment, String json) {
    try {
      return ReportJson.toJson(assessment.assess(InputJson.read(json)));
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }
}
