package dev.rapport.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Section;
import dev.rapport.core.material.HelpResource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Varied inputs, like the check-ins of many different people, drawn from a seed: the same seed and
 * content give the same inputs, line for line.
 *
 * <p>Three in five answer the short questionnaire (most statements, every context and safety
 * question); the others name three to eight signs and a cause or two directly. About one in twenty
 * has a sign or safety answer that raises the safety level. Partner engagement and region vary,
 * and are sometimes left out. Every input is valid, so a batch over them has no error records.
 */
final class SyntheticInputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ENGAGEMENTS = {"WILLING", "UNSURE", "UNWILLING"};

  private final SplittableRandom random;
  private final List<Item> signItems;
  private final List<Item> contextItems;
  private final List<Item> safetyItems;
  private final List<String> plainSigns = new ArrayList<>();
  private final List<String> sensitiveSigns = new ArrayList<>();
  private final List<String> plainCauses = new ArrayList<>();
  private final List<String> regions;

  /**
   * Starts the inputs of a seed over an assessment's content.
   *
   * @param assessment the assessment whose short questionnaire, signs and causes the inputs use
   * @param seed the seed
   */
  SyntheticInputs(Assessment assessment, long seed) {
    this.random = new SplittableRandom(seed);
    Questionnaire questionnaire = assessment.questionnaire(Form.SHORT);
    this.signItems = questionnaire.items(Section.SIGNS);
    this.contextItems = questionnaire.items(Section.CONTEXT);
    this.safetyItems = questionnaire.items(Section.SAFETY);
    for (Item item : signItems) {
      (item.sensitive() ? sensitiveSigns : plainSigns).add(item.subject());
    }
    for (Item item : contextItems) {
      if (!item.sensitive()) {
        plainCauses.add(item.subject());
      }
    }
    this.regions =
        assessment.knowledgeBase().resources().stream()
            .map(HelpResource::region)
            .distinct()
            .sorted()
            .toList();
  }

  /**
   * Draws the next input.
   *
   * @return an input that an assessment over the same content accepts
   */
  AssessmentInput next() {
    AssessmentInput.Builder input = AssessmentInput.builder();
    boolean unsafe = random.nextInt(20) == 0;
    if (random.nextInt(5) < 3) {
      answers(input, unsafe);
    } else {
      signs(input, unsafe);
    }
    int engagement = random.nextInt(ENGAGEMENTS.length + 1);
    if (engagement < ENGAGEMENTS.length) {
      input.engagement(ENGAGEMENTS[engagement]);
    }
    if (!regions.isEmpty() && random.nextInt(5) == 0) {
      input.region(regions.get(random.nextInt(regions.size())));
    }
    return input.build();
  }

  /** The short questionnaire: most statements, every context and safety question. */
  private void answers(AssessmentInput.Builder input, boolean unsafe) {
    for (Item item : signItems) {
      if (item.sensitive()) {
        input.answer(item.id(), unsafe ? 2 + random.nextInt(3) : 0);
      } else if (random.nextInt(5) > 0) {
        input.answer(item.id(), random.nextInt(5));
      }
    }
    for (Item item : contextItems) {
      input.answer(item.id(), !item.sensitive() && random.nextInt(8) == 0 ? 1 : 0);
    }
    for (Item item : safetyItems) {
      input.answer(item.id(), 0);
    }
  }

  /** Three to eight signs named directly, with a cause or two. */
  private void signs(AssessmentInput.Builder input, boolean unsafe) {
    int count = 3 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      input.sign(pick(plainSigns), 1 + random.nextInt(4));
    }
    if (unsafe && !sensitiveSigns.isEmpty()) {
      input.sign(pick(sensitiveSigns), 2 + random.nextInt(3));
    }
    int causes = random.nextInt(3);
    for (int i = 0; i < causes; i++) {
      input.context(pick(plainCauses));
    }
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  /**
   * Writes the next inputs as JSON Lines, one input a line.
   *
   * @param out where the lines go
   * @param lines how many
   * @throws IOException when writing fails
   */
  void write(Writer out, long lines) throws IOException {
    for (long i = 0; i < lines; i++) {
      out.write(jsonLine(next()));
      out.write('\n');
    }
  }

  /**
   * Writes the first inputs of a seed to a JSON Lines file, replacing it.
   *
   * @param file the file
   * @param assessment the assessment whose content the inputs use
   * @param seed the seed
   * @param lines how many lines
   * @throws IOException when writing fails
   */
  static void writeFile(Path file, Assessment assessment, long seed, long lines)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      new SyntheticInputs(assessment, seed).write(out, lines);
    }
  }

  /**
   * An input as one line in the JSON shape that {@code InputJson.read} reads, without the parts
   * it leaves out.
   *
   * @param input the input
   * @return the JSON text, without a line break
   */
  static String jsonLine(AssessmentInput input) {
    ObjectNode line = JSON.createObjectNode();
    if (!input.answers().isEmpty()) {
      put(line.putObject("answers"), input.answers());
    }
    if (!input.signs().isEmpty()) {
      put(line.putObject("signs"), input.signs());
    }
    if (!input.context().isEmpty()) {
      ArrayNode context = line.putArray("context");
      input.context().forEach(context::add);
    }
    input.partnerEngagement().ifPresent(e -> line.put("partnerEngagement", e));
    input.region().ifPresent(r -> line.put("region", r));
    try {
      return JSON.writeValueAsString(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an input as JSON", e);
    }
  }

  private static void put(ObjectNode node, Map<String, Integer> values) {
    values.forEach(node::put);
  }
}
