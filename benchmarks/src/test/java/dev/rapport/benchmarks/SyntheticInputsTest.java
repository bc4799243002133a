package dev.rapport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InputJson;
import dev.rapport.assessment.SafetyLevel;
import dev.rapport.content.DefaultContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticInputsTest {
  private static final Assessment ASSESSMENT = Assessment.of(DefaultContent.load());

  private static byte[] file(Path dir, String name, long seed, long lines) throws IOException {
    Path file = dir.resolve(name);
    SyntheticInputs.writeFile(file, ASSESSMENT, seed, lines);
    return Files.readAllBytes(file);
  }

  @Test
  void writeFile_sameSeed_sameBytes(@TempDir Path dir) throws IOException {
    byte[] first = file(dir, "first.jsonl", 42, 200);
    byte[] second = file(dir, "second.jsonl", 42, 200);

    assertArrayEquals(first, second);
    assertEquals(200, Files.readAllLines(dir.resolve("first.jsonl")).size());
  }

  @Test
  void writeFile_otherSeed_otherLines(@TempDir Path dir) throws IOException {
    assertFalse(Arrays.equals(file(dir, "first.jsonl", 1, 50), file(dir, "second.jsonl", 2, 50)));
  }

  @Test
  void writeFile_fewerLines_isAPrefix(@TempDir Path dir) throws IOException {
    byte[] all = file(dir, "all.jsonl", 7, 100);
    byte[] some = file(dir, "some.jsonl", 7, 30);

    assertArrayEquals(Arrays.copyOf(all, some.length), some);
  }

  @Test
  void jsonLine_read_isTheSameInput_andEveryInputIsAssessed() {
    SyntheticInputs inputs = new SyntheticInputs(ASSESSMENT, 3);
    int withAnswers = 0;
    int withSigns = 0;
    int raised = 0;
    for (int i = 0; i < 300; i++) {
      AssessmentInput input = inputs.next();
      String line = SyntheticInputs.jsonLine(input);

      assertFalse(line.contains("\n"), line);
      assertEquals(input, InputJson.read(line));
      if (ASSESSMENT.assess(input).safety().level() != SafetyLevel.NONE) {
        raised++;
      }
      withAnswers += input.answers().isEmpty() ? 0 : 1;
      withSigns += input.signs().isEmpty() ? 0 : 1;
    }
    assertTrue(withAnswers > 0 && withSigns > 0, withAnswers + " / " + withSigns);
    assertTrue(raised > 0 && raised < 150, "raised safety: " + raised);
  }
}
