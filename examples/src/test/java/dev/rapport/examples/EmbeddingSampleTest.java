package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.CauseId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.SignId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's embedding sample and checks it prints each recommendation with its why. */
class EmbeddingSampleTest {

  @Test
  void main_printsEachRecommendationWithWhyItWasMade() {
    String printed = run();

    KnowledgeBase kb = DefaultContent.load();
    Report expected =
        Assessment.of(kb)
            .assess(
                AssessmentInput.builder()
                    .sign(SignId.of("lonely-together"), 4)
                    .sign(SignId.of("surface-level-conversations"), 3)
                    .context(CauseId.of("work-stress"))
                    .engagement(PartnerEngagement.WILLING)
                    .build());
    List<String> lines = printed.lines().toList();
    assertEquals(expected.recommendations().size(), lines.size(), printed);
    for (int i = 0; i < lines.size(); i++) {
      Recommendation r = expected.recommendations().get(i);
      assertEquals(kb.require(r.id()).name() + ": " + r.because().text(), lines.get(i));
    }
    assertTrue(printed.contains("Lonely together"), printed);
  }

  private static String run() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbeddingSample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
