package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken content never loads and never escapes as anything but a {@link ContentException}, over
 * many generated breakages of the fixture pack. Each case's seed is in its failure message; replay
 * one with {@code new ContentFixtures.BrokenPacks(seed)}, or move the whole run with {@code
 * -Drapport.seed=...}.
 */
class BrokenPackPropertyTest {
  private static final long BASE_SEED = Long.getLong("rapport.seed", 20261123L);
  private static final int CASES = 300;

  @Test
  void load_fixturePack_isValid() {
    var knowledge = ContentPacks.fromFolder(ContentFixtures.FIXTURE);

    assertEquals("fixture-1", knowledge.contentVersion());
  }

  @Test
  void load_anyGeneratedBreakage_throwsContentExceptionAndNothingElse(@TempDir Path temp)
      throws IOException {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Path folder = Files.createDirectory(temp.resolve("case-" + i));
      ContentFixtures.BrokenPacks packs = new ContentFixtures.BrokenPacks(seed);
      packs.writeTo(folder);
      String what = "seed " + seed + " " + packs.applied();

      List<ContentProblem> first = problems(folder, what);
      List<ContentProblem> second = problems(folder, what);

      assertFalse(first.isEmpty(), what);
      assertEquals(first, second, what + ": not deterministic");
      for (ContentProblem problem : first) {
        assertTrue(problem.file().startsWith(folder.toString()), what + ": " + problem);
        assertFalse(problem.message().isBlank(), what + ": " + problem);
      }
    }
  }

  @Test
  void overDefault_anyGeneratedBreakageOfAnOverlay_throwsContentExceptionAndNothingElse(
      @TempDir Path temp) throws IOException {
    for (int i = 0; i < CASES / 5; i++) {
      long seed = BASE_SEED + i;
      Path folder = Files.createDirectory(temp.resolve("case-" + i));
      ContentFixtures.BrokenPacks packs = new ContentFixtures.BrokenPacks(seed, true);
      packs.writeTo(folder);
      String what = "seed " + seed + " (overlay) " + packs.applied();

      List<ContentProblem> problems = problems(() -> ContentPacks.overDefault(folder), what);

      assertFalse(problems.isEmpty(), what);
      for (ContentProblem problem : problems) {
        assertTrue(problem.file().startsWith(folder.toString()), what + ": " + problem);
      }
    }
  }

  private static List<ContentProblem> problems(Path folder, String what) {
    return problems(() -> ContentPacks.fromFolder(folder), what);
  }

  private static List<ContentProblem> problems(Runnable load, String what) {
    try {
      load.run();
    } catch (ContentException e) {
      return e.problems();
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": escaped as " + e, e);
    }
    return fail(what + ": the broken pack loaded");
  }
}
