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

  @Test
  void writeFile_sameSeed_sameBytes(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");

    SyntheticInputs.writeFile(first, ASSESSMENT, 42, 200);
    SyntheticInputs.writeFile(second, ASSESSMENT, 42, 200);

    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertEquals(200, Files.readAllLines(first).size());
  }

  @Test
  void writeFile_otherSeed_otherLines(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");

    SyntheticInputs.writeFile(first, ASSESSMENT, 1, 50);
    SyntheticInputs.writeFile(second, ASSESSMENT, 2, 50);

    assertFalse(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
  }

  @Test
  void writeFile_fewerLines_isAPrefix(@TempDir Path dir) throws IOException {
    Path all = dir.resolve("all.jsonl");
    Path some = dir.resolve("some.jsonl");

    SyntheticInputs.writeFile(all, ASSESSMENT, 7, 100);
    SyntheticInputs.writeFile(some, ASSESSMENT, 7, 30);

    assertEquals(Files.readAllLines(all).subList(0, 30), Files.readAllLines(some));
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
