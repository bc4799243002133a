package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile input at scale: a seeded corpus of {@link Generators#HOSTILE_CASES} inputs (truncated
 * and bit-flipped JSON, wrong types, huge numbers, 10,000 levels of nesting, megabyte strings as
 * keys and values, invalid UTF-8, byte-order marks, nulls, duplicate keys) read by {@link
 * InputJson} and assessed, and hostile reports read by {@link ReportJson}. The only exception bad
 * input may cause is {@link InvalidInputException}; anything else, or a hang, fails with the seed
 * that replays it ({@code -Drapport.seed=N -Drapport.hostileCases=1}).
 *
 * <p>The time limits only guard against hangs; they are far above what the cases take.
 */
class HostileInputTest {
  /** A hang guard for a whole corpus, not a speed requirement: the corpus takes a few seconds. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  /** The most a problem may show of a bad value: {@code Values.shown}'s 60 characters and "...". */
  private static final int LONGEST_VALUE = 63;

  private static final KnowledgeBase KB = DefaultContent.load();
  private final Assessment assessment = Assessment.of(KB);

  @Test
  void readAndAssess_hostileCorpus_throwsOnlyInvalidInputException() {
    Map<Generators.Attack, int[]> outcomes = new EnumMap<>(Generators.Attack.class);

    corpus(
        Generators.HOSTILE_CASES,
        (seed, random) -> {
          Generators.Hostile hostile = Generators.hostile(random, KB);
          String what = "hostile input " + hostile;
          int[] counts = outcomes.computeIfAbsent(hostile.attack(), a -> new int[2]);

          Optional<Report> report =
              onlyInvalidInput(
                  what,
                  hostile.bytes().length,
                  () ->
                      assessment.assess(
                          seed % 2 == 0
                              ? InputJson.read(hostile.text())
                              : InputJson.read(hostile.reader())));

          counts[report.isPresent() ? 0 : 1]++;
        });

    // a full corpus (not a replay of one seed) tried every attack, and most were refused
    if (Generators.HOSTILE_CASES >= 100) {
      assertEquals(
          Generators.Attack.values().length, outcomes.size(), outcomes.keySet().toString());
      int refused = outcomes.values().stream().mapToInt(c -> c[1]).sum();
      assertTrue(refused > Generators.HOSTILE_CASES / 2, "only " + refused + " refused");
    }
  }

  @Test
  void assess_hostileIdsAndValuesBuiltInCode_throwsOnlyInvalidInputException() {
    // AssessmentInput is documented as safe to build from untrusted data: no JSON limits apply
    corpus(
        Generators.HOSTILE_CASES / 10,
        (seed, random) -> {
          int length = 1 + random.nextInt(random.nextBoolean() ? 100 : 1 << 20);
          String id = Generators.hugeText(random, length);
          int value =
              random.nextBoolean()
                  ? random.nextInt(5)
                  : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 5}[random.nextInt(4)];
          AssessmentInput.Builder input = Generators.everyday(random, KB);
          String how;
          switch (random.nextInt(5)) {
            case 0 -> {
              input.sign(id, value);
              how = "sign id";
            }
            case 1 -> {
              input.answer(id, value);
              how = "item id";
            }
            case 2 -> {
              input.context(id);
              how = "cause id";
            }
            case 3 -> {
              input.engagement(id);
              how = "partner engagement";
            }
            default -> {
              input.region(id);
              how = "region";
            }
          }
          AssessmentInput built = input.build();
          String what =
              "a " + how + " of " + id.length() + " chars starting '"
                  + id.substring(0, Math.min(20, id.length())) + "', value " + value;

          onlyInvalidInput(what, id.length(), () -> assessment.assess(built));
        });
  }

  @Test
  void fromJson_hostileReports_throwsOnlyInvalidInputException() {
    String report =
        ReportJson.toJson(
            assessment.assess(Generators.everyday(new Random(Generators.SEED), KB).build()));
    List<String> ids = List.of("\"id\": \"", "\"scenario\": \"", "\"source\": \"");

    corpus(
        Generators.HOSTILE_CASES / 6,
        (seed, random) -> {
          String hostile;
          String how;
          switch (random.nextInt(5)) {
            case 0 -> {
              int length = random.nextInt(report.length());
              hostile = report.substring(0, length);
              how = "first " + length + " chars";
            }
            case 1 -> {
              char[] chars = report.toCharArray();
              int at = random.nextInt(chars.length);
              chars[at] = "{}[]:,\"\\ 0-9eE.ntf".charAt(random.nextInt(18));
              hostile = new String(chars);
              how = "char " + at + " changed";
            }
            case 2 -> {
              String field = ids.get(random.nextInt(ids.size()));
              int length = 1 + random.nextInt(1 << 20);
              int found = report.indexOf(field);
              int at = found < 0 ? 0 : found + field.length();
              hostile =
                  report.substring(0, at) + Generators.hugeText(random, length)
                      + report.substring(at);
              how = "an id of " + length + " chars after " + field;
            }
            case 3 -> {
              String number =
                  new String[] {"1e308", "-0", "99999999999999999999", "NaN", "1e-400", "-1"}[
                      random.nextInt(6)];
              hostile = report.replaceFirst("\"score\": [0-9.]+", "\"score\": " + number);
              how = "a score of " + number;
            }
            default -> {
              int depth = 1 + random.nextInt(10_000);
              hostile = report.replaceFirst("\"strengths\": \\[", "\"strengths\": " + "[".repeat(depth));
              how = depth + " levels of [ in strengths";
            }
          }
          String input = hostile;

          onlyInvalidInput("hostile report: " + how, input.length(), () -> ReportJson.fromJson(input));
        });
  }

  // ------------------------------------------------------------------- named cases of the corpus

  @Test
  void read_tenThousandLevelsOfNesting_isMalformedNotAStackOverflow() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> InputJson.read("{\"signs\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));

    assertEquals(
        List.of(
            "signs must be an object of ids to whole numbers but was an array",
            "malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000, from"
                + " `StreamReadConstraints.getMaxNestingDepth()`)"),
        e.problems().stream().map(InputProblem::message).toList());
  }

  @Test
  void read_numberOfTwoThousandDigits_isOneProblemNotAConstraintError() {
    var e =
        assertThrows(
            InvalidInputException.class,
            () -> InputJson.read("{\"signs\": {\"lonely-together\": " + "9".repeat(2000) + "}}"));

    assertEquals(1, e.problems().size());
    assertEquals(
        "malformed JSON: Number value length (2000) exceeds the maximum allowed (1000, from"
            + " `StreamReadConstraints.getMaxNumberLength()`)",
        e.problems().get(0).message());
  }

  @Test
  void assess_signIdOfManyHyphenatedParts_isAnUnknownSign() {
    // a valid-looking slug of 5,000 parts: the slug pattern must not recurse once per part
    String id = "a-".repeat(5_000) + "a";
    AssessmentInput input = InputJson.read("{\"signs\": {\"" + id + "\": 2}}");

    var e = assertThrows(InvalidInputException.class, () -> assessment.assess(input));

    assertEquals(
        "unknown sign '" + id.substring(0, 60) + "...'", e.problems().get(0).message());
  }

  @Test
  void assess_causeIdOfManyHyphenatedParts_isAnUnknownCause() {
    String id = "work-stress-".repeat(100_000) + "x";
    AssessmentInput input =
        AssessmentInput.builder().sign("lonely-together", 2).context(id).build();

    var e = assertThrows(InvalidInputException.class, () -> assessment.assess(input));

    assertEquals(
        "unknown cause '" + id.substring(0, 60) + "...'", e.problems().get(0).message());
  }

  @Test
  void fromJson_reportWithAScenarioIdOfManyHyphenatedParts_readsIt() {
    String report =
        ReportJson.toJson(
            assessment.assess(AssessmentInput.builder().sign("lonely-together", 2).build()));
    String id = "a-".repeat(5_000) + "a";
    String hostile =
        report.replaceFirst("\"scenario\": \"[a-z-]+\"", "\"scenario\": \"" + id + "\"");

    assertEquals(id, ReportJson.fromJson(hostile).scenario().slug());
  }

  // ------------------------------------------------------------------------------------ helpers

  private interface Case {
    void run(long seed, Random random);
  }

  /**
   * Runs {@code cases} seeded cases under one hang guard; a failure or a hang names the seed.
   */
  private static void corpus(int cases, Case check) {
    AtomicReference<String> current = new AtomicReference<>("none yet");
    Supplier<String> hung = () -> "hang guard: still running at " + current.get();
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < cases; i++) {
            long seed = Generators.SEED + i;
            current.set("seed " + seed + replay(seed));
            Random random = new Random(seed);
            // the first draws of java.util.Random from neighbouring seeds are alike: skip one
            random.nextLong();
            try {
              check.run(seed, random);
            } catch (AssertionError e) {
              throw new AssertionError("seed " + seed + replay(seed) + ": " + e.getMessage(), e);
            }
          }
        },
        hung);
  }

  private static String replay(long seed) {
    return " (replay with -Drapport.seed=" + seed + " -Drapport.hostileCases=1)";
  }

  /**
   * Runs {@code action}; it may give a report, or throw an {@link InvalidInputException} whose
   * problems are well-formed and whose size is in proportion to the input's. Anything else it
   * throws, an {@link Error} included, fails the test.
   */
  private static <T> Optional<T> onlyInvalidInput(String what, int inputSize, Supplier<T> action) {
    T result;
    try {
      result = action.get();
    } catch (InvalidInputException e) {
      assertFalse(e.problems().isEmpty(), what);
      assertTrue(e.getMessage().startsWith("input has "), what);
      for (InputProblem problem : e.problems()) {
        assertTrue(problem.where().startsWith("/"), what + ": " + problem);
        problem
            .value()
            .ifPresent(
                v ->
                    assertTrue(
                        v.length() <= LONGEST_VALUE,
                        what + ": a value of " + v.length() + " chars shown in " + problem));
      }
      assertTrue(
          e.getMessage().length() <= 2L * inputSize + 10_000,
          what + ": a message of " + e.getMessage().length() + " chars");
      return Optional.empty();
    } catch (Throwable e) {
      throw new AssertionError(what + ": escaped as " + e, e);
    }
    assertNotNull(result, what);
    return Optional.of(result);
  }
}
