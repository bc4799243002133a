package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the exact bytes of many reports, so that work on speed cannot change what a report says.
 *
 * <p>Each knowledge base assesses {@value #CASES} seeded inputs of every sort (everyday answers,
 * safety signals, a partner who wants out, an unwilling partner, strong distress, the whole
 * questionnaire, and invalid inputs, whose exception messages count too), and the SHA-256 of the
 * concatenated JSON reports must equal the one recorded in {@code golden-reports.sha256}. The text
 * is written to {@code target/golden/<name>.txt}, so a failing build's text can be compared with
 * a passing one's. A change to the content, or to what reports say on purpose, means recording the
 * new hash.
 */
class GoldenReportsTest {
  static final int CASES = 400;
  private static final long SEED = 424242L;

  static Stream<Arguments> knowledgeBases() {
    return Stream.of(
        Arguments.of("bundled-content", DefaultContent.load()),
        Arguments.of("fixture", Fixtures.kb()),
        Arguments.of("leaky-fixture", Fixtures.leakyKb()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledgeBases")
  void reports_seededInputs_matchTheRecordedHash(String name, KnowledgeBase kb) throws Exception {
    Assessment assessment = Assessment.of(kb);

    String text = reports(assessment, kb, SEED, CASES);

    Path written = Path.of("target", "golden", name + ".txt");
    Files.createDirectories(written.getParent());
    Files.writeString(written, text, StandardCharsets.UTF_8);
    assertEquals(
        recorded().get(name),
        sha256(text),
        "reports of " + name + " changed; the text is in " + written.toAbsolutePath());
  }

  /** The text whose hash is recorded: each case's report JSON or error message, one by one. */
  static String reports(Assessment assessment, KnowledgeBase kb, long seed, int cases) {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < cases; i++) {
      Random random = new Random(seed + i);
      AssessmentInput input = input(random, kb, assessment, i);
      all.append("# case ").append(i).append('\n');
      try {
        all.append(ReportJson.toJson(assessment.assess(input)));
      } catch (InvalidInputException e) {
        all.append("! ").append(e.getMessage());
      }
      all.append('\n');
    }
    return all.toString();
  }

  private static AssessmentInput input(
      Random random, KnowledgeBase kb, Assessment assessment, int i) {
    AssessmentInput.Builder builder = Generators.everyday(random, kb);
    switch (i % 8) {
      case 0, 1 -> { }
      case 2 -> Generators.withSafetySignal(random, kb, builder);
      case 3 -> builder
          .sign(Ids.LEAVING, 1 + random.nextInt(4))
          .engagement(PartnerEngagement.values()[random.nextInt(3)]);
      case 4 -> builder.engagement(PartnerEngagement.UNWILLING);
      case 5 -> {
        if (random.nextBoolean()) {
          Generators.withSafetySignal(random, kb, builder);
        }
        builder.sign(Ids.ERODING_SELF_WORTH, 4).sign(Ids.LEAVING, random.nextInt(2));
      }
      case 6 -> {
        int value = random.nextInt(5);
        for (Item item : assessment.questionnaire(Form.FULL).items()) {
          switch (item.section()) {
            case SIGNS, SAFETY -> builder.answer(item.id(), item.sensitive() ? 0 : value++ % 5);
            case CONTEXT -> builder.answer(item.id(), item.sensitive() ? 0 : value++ % 2);
            case ENGAGEMENT -> { }
          }
        }
      }
      default -> invalid(random, builder);
    }
    return builder.build();
  }

  private static void invalid(Random random, AssessmentInput.Builder builder) {
    switch (random.nextInt(6)) {
      case 0 -> builder.answer("no-such-item", 2);
      case 1 -> builder.sign("Not A Sign", 3).context("no-such-cause");
      case 2 -> builder.sign("lonely-together", 7).answer("lonely-together-1", -1);
      case 3 -> builder.engagement("maybe").region("U1");
      case 4 -> builder.answer(Item.ENGAGEMENT_ID, 1);
      default -> builder.region("uk").engagement(" willing ");
    }
  }

  private static Map<String, String> recorded() throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    try (InputStream in = GoldenReportsTest.class.getResourceAsStream("golden-reports.sha256")) {
      assertNotNull(in, "golden-reports.sha256 is missing");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.trim().split("\\s+");
          hashes.put(parts[0], parts[1]);
        }
      }
    }
    return hashes;
  }

  static String sha256(String text) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
