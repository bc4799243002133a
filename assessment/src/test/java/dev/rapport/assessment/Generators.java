package dev.rapport.assessment;

import dev.rapport.core.Cause;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Sign;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Seeded generators of inputs for the property tests: valid inputs over a knowledge base, safety
 * signals, and malformed JSON of every sort. Everything comes from the {@link Random} passed in, so
 * a failing case replays from its seed.
 */
final class Generators {
  /** The base seed; {@code -Drapport.seed=...} replays a reported failure. */
  static final long SEED = Long.getLong("rapport.seed", 20261123L);

  /** How many cases each property runs. */
  static final int CASES = Integer.getInteger("rapport.cases", 300);

  private static final Map<KnowledgeBase, List<Item>> ITEMS =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private static final String[] REGIONS = {"INTL", "UK", "US", "AU", "CA", "uk"};

  private Generators() {}

  /** Runs {@code property} over {@link #CASES} seeded cases, naming the seed on any failure. */
  static void forAll(String property, Consumer<Random> check) {
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      try {
        check.accept(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            property + " failed for seed " + seed + " (replay with -Drapport.seed=" + seed
                + " -Drapport.cases=1): " + e.getMessage(),
            e);
      }
    }
  }

  /** A valid input without any safety signal: everyday answers, signs, context, engagement. */
  static AssessmentInput.Builder everyday(Random random, KnowledgeBase kb) {
    AssessmentInput.Builder input = AssessmentInput.builder();
    List<Item> items = ITEMS.computeIfAbsent(kb, k -> Assessment.of(k).questionnaire(Form.FULL).items());
    for (Item item : items) {
      if (item.sensitive() || random.nextInt(3) == 0) {
        continue;
      }
      switch (item.section()) {
        case SIGNS -> input.answer(item.id(), random.nextInt(5));
        case CONTEXT -> input.answer(item.id(), random.nextInt(2));
        case SAFETY, ENGAGEMENT -> { }
      }
    }
    for (Sign sign : kb.signs()) {
      if (!sign.safety() && random.nextInt(4) == 0) {
        input.sign(sign.id(), random.nextInt(5));
      }
    }
    for (Cause cause : kb.causes()) {
      if (!cause.safety() && random.nextInt(6) == 0) {
        input.context(cause.id());
      }
    }
    // the safety questions answered "no" half the time: a "no" must never raise or clear anything
    if (random.nextBoolean()) {
      kb.safetyQuestions().forEach(q -> input.answer(q.id(), 0));
    }
    int engagement = random.nextInt(4);
    if (engagement < 3) {
      input.engagement(PartnerEngagement.values()[engagement]);
    }
    if (random.nextBoolean()) {
      input.region(REGIONS[random.nextInt(REGIONS.length)]);
    }
    // at least one answer or sign, so the input is valid
    Sign any = kb.signs().stream().filter(s -> !s.safety()).toList().get(random.nextInt(
        (int) kb.signs().stream().filter(s -> !s.safety()).count()));
    input.sign(any.id(), random.nextInt(5));
    return input;
  }

  /** Adds one or more safety signals of random kinds to an input. */
  static AssessmentInput.Builder withSafetySignal(Random random, KnowledgeBase kb, AssessmentInput.Builder input) {
    int signals = 1 + random.nextInt(2);
    for (int i = 0; i < signals; i++) {
      switch (random.nextInt(4)) {
        case 0 -> {
          var questions = kb.safetyQuestions();
          input.answer(questions.get(random.nextInt(questions.size())).id(), 1 + random.nextInt(4));
        }
        case 1 -> {
          Sign fear = safetySign(kb);
          input.answer(fear.statements().get(random.nextInt(fear.statements().size())).id(), 1 + random.nextInt(4));
        }
        case 2 -> input.sign(safetySign(kb).id(), 1 + random.nextInt(4));
        default -> {
          Cause abuse = kb.causes().stream().filter(Cause::safety).findFirst().orElseThrow();
          if (random.nextBoolean() && abuse.question().isPresent()) {
            input.answer(abuse.question().get().id(), 1);
          } else {
            input.context(abuse.id());
          }
        }
      }
    }
    return input;
  }

  private static Sign safetySign(KnowledgeBase kb) {
    return kb.signs().stream().filter(Sign::safety).findFirst().orElseThrow();
  }

  /** The input's JSON form, as InputJson reads it. */
  static String json(AssessmentInput input) {
    StringBuilder json = new StringBuilder("{\"answers\": ").append(object(input.answers()));
    json.append(", \"signs\": ").append(object(input.signs()));
    json.append(", \"context\": [")
        .append(input.context().stream().map(c -> quote(c)).collect(Collectors.joining(", ")))
        .append("]");
    input.partnerEngagement().ifPresent(e -> json.append(", \"partnerEngagement\": ").append(quote(e)));
    input.region().ifPresent(r -> json.append(", \"region\": ").append(quote(r)));
    return json.append("}").toString();
  }

  private static String object(Map<String, Integer> values) {
    return values.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Malformed or hostile JSON: broken syntax, wrong types, huge numbers, unknown ids and fields. */
  static String malformed(Random random, KnowledgeBase kb) {
    String valid = json(everyday(random, kb).build());
    return switch (random.nextInt(10)) {
      case 0 -> valid.substring(0, random.nextInt(valid.length()));
      case 1 -> mutate(random, valid);
      case 2 -> valid.replaceFirst(": (\\d)", ": " + huge(random));
      case 3 -> valid.replaceFirst(": (\\d)", ": " + (random.nextBoolean() ? "\"often\"" : "[1]"));
      case 4 -> valid.replaceFirst("\\{\"answers\": \\{", "{\"answers\": {\"no-such-item-" + random.nextInt(99) + "\": 2, ");
      case 5 -> valid.replaceFirst("\"signs\": \\{", "\"signs\": {\"Not A Sign\": " + (random.nextInt(11) - 5) + ", ");
      case 6 -> valid.replaceFirst("\"context\": \\[", "\"context\": [\"" + randomText(random) + "\", ");
      case 7 -> "{\"" + randomText(random) + "\": " + valid + "}";
      case 8 -> "[".repeat(1 + random.nextInt(2000)) + "]".repeat(random.nextInt(3));
      default -> randomText(random);
    };
  }

  private static String huge(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "99999999999999999999999";
      case 1 -> "-2147483649";
      case 2 -> "1e400";
      default -> "4.0000001";
    };
  }

  private static String mutate(Random random, String text) {
    StringBuilder mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(5);
    String alphabet = "{}[]:,\"\\ 0123456789-eE.tfnulax\n";
    for (int i = 0; i < edits && mutated.length() > 0; i++) {
      int at = random.nextInt(mutated.length());
      switch (random.nextInt(3)) {
        case 0 -> mutated.deleteCharAt(at);
        case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return mutated.toString();
  }

  private static String randomText(Random random) {
    String alphabet = "{}[]:,\"\\ abcxyz0123456789-\u00e9\u0131\ud83d\ude00\n\t";
    List<Character> chars = new ArrayList<>();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      chars.add(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return chars.stream().map(String::valueOf).collect(Collectors.joining());
  }
}
