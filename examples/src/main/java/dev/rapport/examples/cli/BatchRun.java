package dev.rapport.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * The loop of a batch: read lines, assess them, write each report or error record in input order,
 * count.
 *
 * <p>Lines are read in chunks of {@value #CHUNK}; with more than one thread, chunks are assessed on
 * a pool while the next ones are read, and written in order as they finish. At most two chunks a
 * thread are in flight, so memory stays flat whatever the input's size. The first chunks, up to
 * the first non-blank line, are done on the calling thread, so that a parser with a header (CSV)
 * has read it before any other line is parsed; after that the parser is called from many threads.
 * No report is cached: real check-ins rarely repeat, and a cache would flatter the benchmarks.
 */
final class BatchRun {
  /**
   * Lines a task assesses. Small, so that the full reports in flight (40-60 KB each) stay a few
   * MB: with 64, the collector promoted them and the old generation grew with the input's size.
   */
  static final int CHUNK = 16;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many lines were read (blank ones included), and how many gave a report or an error. */
  record Counts(long lines, long good, long bad) {}

  /** The output of one chunk: a line of text for each input line, null for a line with none. */
  private record Done(String[] out, boolean[] bad) {}

  private final Assessment assessment;
  private final LineParser parser;
  private final Function<Report, String> format;
  private final int threads;
  private final Problems problems;

  /**
   * Makes the loop.
   *
   * @param format how a report becomes one line of output
   * @param threads how many threads assess; 1 runs everything on the calling thread
   */
  BatchRun(Assessment assessment, LineParser parser, Function<Report, String> format, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    this.assessment = assessment;
    this.parser = parser;
    this.format = format;
    this.threads = threads;
    this.problems = new Problems(assessment);
  }

  Counts run(BufferedReader in, Writer out, Progress progress) throws IOException {
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
    try {
      ArrayDeque<Future<Done>> inFlight = new ArrayDeque<>();
      Tally tally = new Tally(out, progress);
      boolean started = false;
      long number = 1;
      for (String[] lines = chunk(in); lines.length > 0; lines = chunk(in)) {
        Chunk chunk = new Chunk(lines, number);
        number += lines.length;
        if (pool == null || !started) {
          FutureTask<Done> task = new FutureTask<>(chunk::assess);
          task.run();
          inFlight.add(task);
          started = chunk.hasContent();
        } else {
          inFlight.add(pool.submit(chunk::assess));
        }
        while (inFlight.size() > 2 * threads || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
          tally.write(take(inFlight));
        }
      }
      while (!inFlight.isEmpty()) {
        tally.write(take(inFlight));
      }
      out.flush();
      return tally.counts();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static String[] chunk(BufferedReader in) throws IOException {
    String[] lines = new String[CHUNK];
    int size = 0;
    for (String line = in.readLine(); line != null; line = size < CHUNK ? in.readLine() : null) {
      lines[size++] = line;
    }
    return size == CHUNK ? lines : Arrays.copyOf(lines, size);
  }

  /** The chunk at the head, once finished; a failure of a task is thrown as it was. */
  private static Done take(ArrayDeque<Future<Done>> inFlight) throws IOException {
    Future<Done> head = inFlight.remove();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a chunk of the batch", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a chunk of the batch failed", cause);
    }
  }

  /** Lines read together, from line {@code first}. */
  private final class Chunk {
    private final String[] lines;
    private final long first;

    Chunk(String[] lines, long first) {
      this.lines = lines;
      this.first = first;
    }

    boolean hasContent() {
      for (String line : lines) {
        if (!line.isBlank()) {
          return true;
        }
      }
      return false;
    }

    Done assess() {
      String[] out = new String[lines.length];
      boolean[] bad = new boolean[lines.length];
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        long number = first + i;
        try {
          Optional<AssessmentInput> input = parser.parse(lines[i], number);
          if (input.isPresent()) {
            out[i] = format.apply(assessment.assess(input.get()));
          }
        } catch (InvalidInputException e) {
          out[i] = errorRecord(number, problems.oneLine(e));
          bad[i] = true;
        }
      }
      return new Done(out, bad);
    }
  }

  /** Writes finished chunks and keeps the counts, calling the progress once a line. */
  private static final class Tally {
    private final Writer out;
    private final Progress progress;
    private long lines;
    private long good;
    private long bad;

    Tally(Writer out, Progress progress) {
      this.out = out;
      this.progress = progress;
    }

    void write(Done done) throws IOException {
      for (int i = 0; i < done.out().length; i++) {
        lines++;
        String line = done.out()[i];
        if (line != null) {
          out.write(line);
          out.write('\n');
          if (done.bad()[i]) {
            bad++;
          } else {
            good++;
          }
        }
        progress.step(lines, good, bad);
      }
    }

    Counts counts() {
      return new Counts(lines, good, bad);
    }
  }

  private static ThreadFactory daemons() {
    return runnable -> {
      Thread thread = new Thread(runnable, "rapport-batch");
      thread.setDaemon(true);
      return thread;
    };
  }

  static String errorRecord(long line, String error) {
    ObjectNode record = JSON.createObjectNode().put("line", line).put("error", error);
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write an error record", e);
    }
  }
}
