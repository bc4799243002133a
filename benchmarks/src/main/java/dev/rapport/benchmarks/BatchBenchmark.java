package dev.rapport.benchmarks;

import dev.rapport.assessment.Assessment;
import dev.rapport.benchmarks.BatchPasses.Step;
import dev.rapport.content.DefaultContent;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The batch benchmark: how fast {@code rapport batch} turns JSON Lines of inputs into reports,
 * against a parse-only baseline over the same file, and how much memory it takes as the input
 * grows.
 *
 * <p>For each size it writes that many seeded synthetic inputs to a JSON Lines file, warms up on
 * the first lines, then measures in turn, a few times each: (a) reading the file's lines into
 * Jackson trees with a plain {@code ObjectMapper}, and (b) the real {@code rapport batch} command,
 * run in this JVM through picocli, writing its reports to a file. It prints the median and best
 * rates, the ratio b/a, the allocation per report, the heap's peak during (b), and the process's
 * peak resident set size. Give it a fixed heap so that the figures are comparable across sizes:
 *
 * <pre>{@code
 * java -Xms256m -Xmx256m -cp benchmarks/target/benchmarks.jar dev.rapport.benchmarks.BatchBenchmark \
 *     --lines 100000,1000000 --seed 1 --discard-output
 * }</pre>
 */
@Command(
    name = "BatchBenchmark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures 'rapport batch' on seeded synthetic JSON Lines against a Jackson parse-only"
          + " baseline, at one or more sizes, and the heap and RSS it takes.",
      "Run it with a fixed heap (e.g. -Xms256m -Xmx256m) so the sizes compare."
    })
public final class BatchBenchmark implements Callable<Integer> {
  private static final double MIB = 1024 * 1024;
  private static final Path DEV_NULL = Path.of("/dev/null");

  @Spec CommandSpec spec;

  @Option(
      names = "--lines",
      split = ",",
      paramLabel = "N[,M...]",
      defaultValue = "20000",
      description = "Input lines, one size or several (e.g. 100000,1000000). Default: ${DEFAULT-VALUE}.")
  List<Long> sizes;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the synthetic inputs. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--repeats",
      defaultValue = "3",
      description = "Measured passes of each kind per size. Default: ${DEFAULT-VALUE}.")
  int repeats;

  @Option(
      names = "--warmup-lines",
      defaultValue = "20000",
      description = "Lines of the warm-up file (the first lines of the input). Default: ${DEFAULT-VALUE}.")
  long warmupLines;

  @Option(
      names = "--warmup-passes",
      defaultValue = "2",
      description = "Warm-up passes of each kind, before each size. Default: ${DEFAULT-VALUE}.")
  int warmupPasses;

  @Option(
      names = "--discard-output",
      description =
          "Write the reports to /dev/null instead of a file (reports are tens of KB each, so a"
              + " large run writes gigabytes).")
  boolean discardOutput;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Passed to rapport batch: threads that assess. Default: one a processor (${DEFAULT-VALUE})."
              + " Bytes allocated per report are counted with 1 only.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--report",
      paramLabel = "full|summary",
      defaultValue = "full",
      description = "Passed to rapport batch: the full report a line, or its summary. Default: ${DEFAULT-VALUE}.")
  String report;

  @Option(
      names = "--breakdown",
      description =
          "Also time the batch loop step by step, without the command: InputJson.read, assess,"
              + " ReportJson.toJsonLine and write.")
  boolean breakdown;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where the files go. Default: a new temporary folder, deleted at the end.")
  Path dir;

  @Option(names = "--keep", description = "Keep the input and report files.")
  boolean keep;

  /** Makes the benchmark; picocli sets its options. */
  public BatchBenchmark() {}

  /**
   * Runs the benchmark and exits: 0 when it ran, 1 when a pass failed, 2 for bad options.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new BatchBenchmark());
    int exit = commandLine.execute(args);
    commandLine.getOut().flush();
    System.exit(exit);
  }

  /** The rates of the measured passes of one kind. */
  record Rates(long lines, List<Long> nanos) {
    /** Lines a second of the median pass. */
    double median() {
      List<Long> sorted = nanos.stream().sorted().toList();
      int n = sorted.size();
      double middle =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      return lines * 1e9 / middle;
    }

    /** Lines a second of the fastest pass. */
    double best() {
      return lines * 1e9 / nanos.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
  }

  /** What one size gave. */
  record Result(
      long lines,
      long inputBytes,
      long outputBytes,
      Rates parse,
      Rates batch,
      Map<Step, Rates> steps,
      OptionalLong allocatedPerReport,
      HeapWatch.Seen heap,
      long liveAfterFullCollection,
      OptionalLong peakRss,
      boolean peakRssReset) {
    double ratio() {
      return batch.median() / parse.median();
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (sizes.stream().anyMatch(n -> n < 1) || repeats < 1 || warmupLines < 1 || warmupPasses < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--lines, --repeats and --warmup-lines must be at least 1, --warmup-passes at least 0");
    }
    boolean temporary = dir == null;
    Path folder = temporary ? Files.createTempDirectory("rapport-batch-bench") : dir;
    Files.createDirectories(folder);
    List<Path> made = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    Assessment assessment = Assessment.of(DefaultContent.load());
    header(out, folder);
    try (HeapWatch watch = new HeapWatch()) {
      for (long size : sizes) {
        Result result = measure(size, assessment, folder, made, watch, out);
        results.add(result);
        print(out, result);
      }
    } finally {
      if (!keep) {
        for (Path file : made) {
          Files.deleteIfExists(file);
        }
        if (temporary) {
          Files.deleteIfExists(folder);
        }
      }
    }
    if (results.size() > 1) {
      summary(out, results);
    }
    out.flush();
    return 0;
  }

  private Result measure(
      long size, Assessment assessment, Path folder, List<Path> made, HeapWatch watch,
      PrintWriter out)
      throws IOException {
    Path input = made(made, folder.resolve("inputs-seed" + seed + "-" + size + ".jsonl"));
    Path warmup = made(made, folder.resolve("warmup-seed" + seed + "-" + size + ".jsonl"));
    Path output =
        discardOutput ? DEV_NULL : made(made, folder.resolve("reports-seed" + seed + "-" + size + ".jsonl"));
    out.printf(Locale.ROOT, "%n%,d lines: writing the input...%n", size);
    out.flush();
    SyntheticInputs.writeFile(input, assessment, seed, size);
    SyntheticInputs.writeFile(warmup, assessment, seed, Math.min(size, warmupLines));

    for (int i = 0; i < warmupPasses; i++) {
      BatchPasses.parseOnly(warmup);
      BatchPasses.batch(warmup, output, batchOptions());
      if (breakdown) {
        for (Step step : Step.values()) {
          BatchPasses.steps(warmup, output, assessment, step);
        }
      }
    }

    List<Long> parseNanos = new ArrayList<>();
    List<Long> batchNanos = new ArrayList<>();
    Map<Step, List<Long>> stepNanos = new EnumMap<>(Step.class);
    long allocated = 0;
    boolean allocationCounted = true;
    watch.reset();
    boolean rssReset = HeapWatch.resetPeakRss();
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      check(BatchPasses.parseOnly(input), size, "parse-only");
      parseNanos.add(System.nanoTime() - start);

      OptionalLong allocatedBefore = HeapWatch.allocatedByThisThread();
      watch.start();
      start = System.nanoTime();
      BatchPasses.batch(input, output, batchOptions());
      long took = System.nanoTime() - start;
      watch.stop();
      OptionalLong allocatedAfter = HeapWatch.allocatedByThisThread();
      batchNanos.add(took);
      if (threads == 1 && allocatedBefore.isPresent() && allocatedAfter.isPresent()) {
        allocated += allocatedAfter.getAsLong() - allocatedBefore.getAsLong();
      } else {
        allocationCounted = false;
      }
      if (r == 0 && !discardOutput) {
        check(BatchPasses.countLines(output), size, "rapport batch's output");
      }

      if (breakdown) {
        for (Step step : Step.values()) {
          start = System.nanoTime();
          check(BatchPasses.steps(input, output, assessment, step), size, step.label.trim());
          stepNanos.computeIfAbsent(step, s -> new ArrayList<>()).add(System.nanoTime() - start);
        }
      }
    }
    HeapWatch.Seen heap = watch.seen();
    OptionalLong peakRss = HeapWatch.peakRss();
    long outputBytes = discardOutput ? -1 : Files.size(output);
    Map<Step, Rates> steps = new EnumMap<>(Step.class);
    stepNanos.forEach((step, nanos) -> steps.put(step, new Rates(size, nanos)));
    return new Result(
        size,
        Files.size(input),
        outputBytes,
        new Rates(size, parseNanos),
        new Rates(size, batchNanos),
        steps,
        allocationCounted ? OptionalLong.of(allocated / (size * repeats)) : OptionalLong.empty(),
        heap,
        HeapWatch.liveAfterFullCollection(),
        peakRss,
        rssReset);
  }

  /** The options of {@code rapport batch} this run passes on. */
  private List<String> batchOptions() {
    return List.of("--threads", String.valueOf(threads), "--report", report);
  }

  private static Path made(List<Path> made, Path file) {
    made.add(file);
    return file;
  }

  private static void check(long handled, long expected, String what) {
    if (handled != expected) {
      throw new IllegalStateException(
          what + " gave " + handled + " lines for " + expected + " input lines");
    }
  }

  private void header(PrintWriter out, Path folder) {
    Runtime runtime = Runtime.getRuntime();
    String collectors =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    out.println("Rapport batch benchmark");
    out.printf(
        Locale.ROOT,
        "java %s (%s), %d processors, max heap %.0f MiB, collectors: %s%n",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.availableProcessors(),
        runtime.maxMemory() / MIB,
        collectors);
    out.printf(
        Locale.ROOT,
        "seed %d; %d warm-up passes over the first %,d lines, then %d measured passes of each;"
            + " rates are median (best)%n",
        seed,
        warmupPasses,
        warmupLines,
        repeats);
    out.printf(
        Locale.ROOT,
        "(a) parse-only: read lines, Jackson ObjectMapper.readTree each%n"
            + "(b) batch: 'rapport batch --input IN --output %s %s', in-process via picocli%n",
        discardOutput ? "/dev/null" : "FILE",
        String.join(" ", batchOptions()));
    out.println(
        stderrIsTerminal()
            ? "stderr is a terminal: the command counts the lines first and draws its progress bar,"
                + " as on a terminal (redirect stderr to measure the scripted path)"
            : "stderr is not a terminal: the command writes progress lines (captured), as in a"
                + " script");
    out.println("files in " + folder + (keep ? " (kept)" : " (deleted at the end)"));
  }

  private static boolean stderrIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  private static void print(PrintWriter out, Result r) {
    out.printf(
        Locale.ROOT,
        "  input %.1f MiB (%,d bytes a line), output %s%n",
        r.inputBytes() / MIB,
        r.inputBytes() / r.lines(),
        r.outputBytes() < 0
            ? "discarded"
            : String.format(
                Locale.ROOT,
                "%.1f MiB (%,d bytes a report)",
                r.outputBytes() / MIB,
                r.outputBytes() / r.lines()));
    out.printf(
        Locale.ROOT,
        "  (a) parse-only         %,12.0f lines/s   (best %,.0f)%n",
        r.parse().median(),
        r.parse().best());
    out.printf(
        Locale.ROOT,
        "  (b) rapport batch      %,12.0f reports/s (best %,.0f)   budget >= 100,000%n",
        r.batch().median(),
        r.batch().best());
    out.printf(
        Locale.ROOT,
        "  ratio b/a              %12.1f %%          (best/best %.1f %%)  budget >= 50 %%%n",
        100 * r.ratio(),
        100 * r.batch().best() / r.parse().best());
    for (Map.Entry<Step, Rates> step : r.steps().entrySet()) {
      out.printf(
          Locale.ROOT,
          "  %-34s %,12.0f lines/s, %8.2f us a line%n",
          step.getKey().label,
          step.getValue().median(),
          1e6 / step.getValue().median());
    }
    if (!r.steps().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  %-34s %,12.0f lines/s, %8.2f us a line%n",
          "rapport batch (the command)",
          r.batch().median(),
          1e6 / r.batch().median());
    }
    r.allocatedPerReport()
        .ifPresent(
            bytes -> out.printf(Locale.ROOT, "  allocated per report   %,12d bytes%n", bytes));
    HeapWatch.Seen heap = r.heap();
    double batchMillis = r.batch().nanos().stream().mapToLong(Long::longValue).sum() / 1e6;
    out.printf(
        Locale.ROOT,
        "  during (b): heap peak used %.1f MiB, max after a collection %.1f MiB;"
            + " %d collections, %d ms (%.1f %% of (b))%n",
        heap.peakUsed() / MIB,
        heap.maxAfterCollection() / MIB,
        heap.collections(),
        heap.collectionMillis(),
        100 * heap.collectionMillis() / batchMillis);
    out.printf(
        Locale.ROOT,
        "  heap live after a full collection at the end %.1f MiB%n",
        r.liveAfterFullCollection() / MIB);
    out.println(
        "  process peak RSS (VmHWM"
            + (r.peakRssReset() ? ", reset before the measured passes" : ", since start")
            + ") "
            + (r.peakRss().isPresent()
                ? String.format(Locale.ROOT, "%.1f MiB", r.peakRss().getAsLong() / MIB)
                : "not readable here"));
    out.flush();
  }

  private static void summary(PrintWriter out, List<Result> results) {
    out.println();
    out.println("Summary (memory should stay flat as the lines grow)");
    out.printf(
        Locale.ROOT,
        "%12s %14s %14s %8s %14s %14s %14s%n",
        "lines",
        "parse lines/s",
        "batch rep./s",
        "b/a %",
        "heap peak MiB",
        "after GC MiB",
        "peak RSS MiB");
    for (Result r : results) {
      out.printf(
          Locale.ROOT,
          "%,12d %,14.0f %,14.0f %8.1f %14.1f %14.1f %14s%n",
          r.lines(),
          r.parse().median(),
          r.batch().median(),
          100 * r.ratio(),
          r.heap().peakUsed() / MIB,
          r.heap().maxAfterCollection() / MIB,
          r.peakRss().isPresent()
              ? String.format(Locale.ROOT, "%.1f", r.peakRss().getAsLong() / MIB)
              : "-");
    }
  }
}
