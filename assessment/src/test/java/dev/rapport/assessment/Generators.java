package dev.rapport.assessment;

import dev.rapport.core.Cause;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Sign;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Seeded generators of inputs for the property tests: valid inputs over a knowledge base, safety
 * signals, malformed JSON of every sort, and {@link Hostile hostile} input as it would arrive from a
 * file or a socket. Everything comes from the {@link Random} passed in, so a failing case replays
 * from its seed.
 */
final class Generators {
  /** The base seed; {@code -Drapport.seed=...} replays a reported failure. */
  static final long SEED = Long.getLong("rapport.seed", 20261123L);

  /** How many cases each property runs. */
  static final int CASES = Integer.getInteger("rapport.cases", 300);

  /** How many cases the hostile-input corpus runs; {@code -Drapport.hostileCases=1} replays one. */
  static final int HOSTILE_CASES = Integer.getInteger("rapport.hostileCases", 3000);

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

  // ------------------------------------------------------------------------------ hostile input

  /** One way of making an input hostile. */
  enum Attack {
    TRUNCATED,
    BYTE_FLIPS,
    WRONG_TYPE,
    HUGE_NUMBER,
    DEEP_NESTING,
    HUGE_STRING,
    INVALID_UTF8,
    BOM,
    NULLS,
    DUPLICATE_KEYS,
    MALFORMED
  }

  /**
   * One hostile input, as bytes (not always valid UTF-8), and how it was made.
   *
   * @param attack the kind of attack
   * @param how what exactly was done, for the failure message
   * @param bytes the input
   */
  record Hostile(Attack attack, String how, byte[] bytes) {
    /** The bytes decoded as a file reader would: malformed UTF-8 becomes U+FFFD. */
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes as a UTF-8 reader, as a caller reading a file or a socket would pass them. */
    Reader reader() {
      return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    /** The same input, its description starting with {@code what}. */
    Hostile described(String what) {
      return new Hostile(attack, what + " " + how, bytes);
    }

    /** The input with every line break made a space, for one line of JSON Lines. */
    Hostile oneLine() {
      byte[] line = bytes.clone();
      for (int i = 0; i < line.length; i++) {
        if (line[i] == '\n' || line[i] == '\r') {
          line[i] = ' ';
        }
      }
      return new Hostile(attack, how, line);
    }

    @Override
    public String toString() {
      String start = text().substring(0, Math.min(80, text().length()));
      return attack + " (" + how + "), " + bytes.length + " bytes, starting "
          + start.replace("\n", "\\n").replace("\r", "\\r");
    }
  }

  private static final String[] WRONG_TYPES = {
    "\"often\"", "\"3\"", "\"\"", "[1]", "[]", "[null]", "{}", "{\"a\": 1}", "true", "false",
    "null", "2.5", "4.0", "-1.5e3", "[[[]]]", "{\"answers\": {}}"
  };

  private static final String[] HUGE_NUMBERS = {
    "1e308", "-1e308", "1e309", "-1e309", "1.7976931348623157e308", "4.9e-324", "1e-400",
    "99999999999999999999", "-99999999999999999999", "2147483647", "2147483648", "-2147483648",
    "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "-0",
    "-0.0", "0e0", "-0e-0", "0.0", "1E2147483648", "1e-2147483649", "\"NaN\"", "NaN", "-NaN",
    "\"Infinity\"", "Infinity", "-Infinity", "+Infinity", "\"-0\"", "\"1e308\"", "0x10", "+1",
    "01", "00", "1.", ".5", "1e", "1e+", "-", "--1", "1_000", "\u0661"
  };

  /** Ways to nest a level, and how each is closed. */
  private static final String[] NESTING_OPEN = {"[", "{\"a\": ", "[{\"signs\": ", "{\"\": ["};

  private static final String[] NESTING_CLOSE = {"]", "}", "}]", "]}"};

  private static final String[] BAD_UTF8 = {
    "c0 80", "c1 bf", "ed a0 80", "ed bf bf", "ed a0 bd ed b8 80", "f4 90 80 80", "f5 80 80 80",
    "f8 88 80 80 80", "fc 84 80 80 80 80", "fe", "ff", "80", "bf", "e2 82", "f0 9f 98", "c3",
    "e0 80 80", "f0 80 80 80", "ef bf be", "ef bf bf", "00"
  };

  /** A hostile input made from a valid one: one of the {@link Attack}s, at a random place. */
  static Hostile hostile(Random random, KnowledgeBase kb) {
    Map<String, String> fields = fields(everyday(random, kb).build(), random);
    Attack attack = Attack.values()[random.nextInt(Attack.values().length)];
    return switch (attack) {
      case TRUNCATED -> {
        byte[] valid = utf8(document(fields));
        int length = random.nextInt(valid.length);
        yield new Hostile(attack, "first " + length + " bytes", Arrays.copyOf(valid, length));
      }
      case BYTE_FLIPS -> {
        byte[] bytes = utf8(document(fields));
        int flips = 1 + random.nextInt(4);
        StringBuilder how = new StringBuilder();
        for (int i = 0; i < flips; i++) {
          int at = random.nextInt(bytes.length);
          int bit = random.nextInt(8);
          bytes[at] ^= (byte) (1 << bit);
          how.append(i == 0 ? "" : ", ").append("bit ").append(bit).append(" of byte ").append(at);
        }
        yield new Hostile(attack, how.toString(), bytes);
      }
      case WRONG_TYPE -> value(attack, random, kb, fields, pick(random, WRONG_TYPES));
      case HUGE_NUMBER -> {
        String number =
            switch (random.nextInt(4)) {
              case 0 -> (random.nextBoolean() ? "-" : "") + "9".repeat(990 + random.nextInt(120));
              case 1 -> "0." + "1".repeat(990 + random.nextInt(1200));
              case 2 -> "1e" + "9".repeat(1 + random.nextInt(1200));
              default -> pick(random, HUGE_NUMBERS);
            };
        yield value(attack, random, kb, fields, number);
      }
      case DEEP_NESTING -> {
        int depth = pick(random, new Integer[] {999, 1000, 1001, 1 + random.nextInt(3000), 10_000});
        int shape = random.nextInt(NESTING_OPEN.length);
        String open = NESTING_OPEN[shape];
        String close = NESTING_CLOSE[shape];
        boolean closed = random.nextBoolean();
        String nested = open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
        yield value(attack, random, kb, fields, nested).described(
            depth + " levels of " + open.strip() + (closed ? ", closed" : ", unclosed"));
      }
      case HUGE_STRING -> {
        // Jackson's limit on names is 50,000 chars; on strings 20,000,000
        int length = pick(random, new Integer[] {1_000, 10_000, 50_000, 50_001, 100_000, 1 << 20});
        String text = hugeText(random, length);
        String token = "\"" + text + "\"";
        yield random.nextBoolean()
            ? value(attack, random, kb, fields, token).described("value of " + length + " chars")
            : key(attack, random, kb, fields, token).described("key of " + length + " chars");
      }
      case INVALID_UTF8 -> {
        byte[] valid = utf8(document(fields));
        String hex = pick(random, BAD_UTF8);
        byte[] bad = HexFormat.ofDelimiter(" ").parseHex(hex);
        // mostly inside a string (just after a quote), where a decoder must look at it
        int at = random.nextInt(4) == 0 ? random.nextInt(valid.length + 1) : afterAQuote(random, valid);
        yield new Hostile(attack, hex + " at byte " + at, splice(valid, at, bad));
      }
      case BOM -> {
        String doc = document(fields);
        yield switch (random.nextInt(6)) {
          case 0 -> new Hostile(attack, "UTF-8 BOM first", concat(hex("ef bb bf"), utf8(doc)));
          case 1 -> new Hostile(attack, "two UTF-8 BOMs", concat(hex("ef bb bf ef bb bf"), utf8(doc)));
          case 2 -> new Hostile(attack, "UTF-8 BOM inside", splice(utf8(doc), afterAQuote(random, utf8(doc)), hex("ef bb bf")));
          case 3 -> new Hostile(attack, "UTF-16LE with BOM", concat(hex("ff fe"), doc.getBytes(StandardCharsets.UTF_16LE)));
          case 4 -> new Hostile(attack, "UTF-16BE with BOM", concat(hex("fe ff"), doc.getBytes(StandardCharsets.UTF_16BE)));
          default -> new Hostile(attack, "UTF-32BE with BOM", concat(hex("00 00 fe ff"), doc.getBytes(Charset.forName("UTF-32BE"))));
        };
      }
      case NULLS -> switch (random.nextInt(4)) {
        case 0 -> value(attack, random, kb, fields, "null");
        case 1 -> key(attack, random, kb, fields, "\"" + "\\u0000".repeat(1 + random.nextInt(3)) + "\"");
        case 2 -> value(attack, random, kb, fields, "\"\\u0000\"");
        default -> {
          byte[] valid = utf8(document(fields));
          int at = afterAQuote(random, valid);
          yield new Hostile(attack, "raw NUL at byte " + at, splice(valid, at, new byte[] {0}));
        }
      };
      case DUPLICATE_KEYS -> {
        Map<String, String> doubled = new LinkedHashMap<>(fields);
        String field = pick(random, doubled.keySet().toArray(new String[0]));
        String twice = quote(field) + ": " + doubled.get(field);
        String doc = switch (random.nextInt(3)) {
          case 0 -> "{" + twice + ", " + document(doubled).substring(1);
          case 1 -> {
            String sign = kb.signs().get(random.nextInt(kb.signs().size())).id().slug();
            doubled.put("signs", "{" + quote(sign) + ": 1, " + quote(sign) + ": 2}");
            yield document(doubled);
          }
          default -> {
            // the same key written two ways: only equal once unescaped
            String sign = kb.signs().get(random.nextInt(kb.signs().size())).id().slug();
            doubled.put("signs", "{" + quote(sign) + ": 1, \"\\u" + HexFormat.of().toHexDigits((short) sign.charAt(0)) + sign.substring(1) + "\": 2}");
            yield document(doubled);
          }
        };
        yield new Hostile(attack, "field " + field, utf8(doc));
      }
      case MALFORMED -> new Hostile(attack, "Generators.malformed", utf8(malformed(random, kb)));
    };
  }

  /** Text of {@code length} characters of one of several shapes, some that look like ids. */
  static String hugeText(Random random, int length) {
    return switch (random.nextInt(6)) {
      case 0 -> "a".repeat(length);
      case 1 -> "a-".repeat(length / 2 + 1).substring(0, length - 1) + "a";
      case 2 -> "lonely-together-".repeat(length / 16 + 1).substring(0, length - 1) + "1";
      case 3 -> "\\u00e9".repeat(Math.max(1, length / 6));
      case 4 -> "\ud83d\ude00\u0301\u202e".repeat(Math.max(1, length / 4));
      default -> "\\\"".repeat(Math.max(1, length / 2));
    };
  }

  /** The top-level fields of an input's JSON form, each as JSON text, sometimes with non-ASCII. */
  private static Map<String, String> fields(AssessmentInput input, Random random) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("answers", object(input.answers()));
    fields.put("signs", object(input.signs()));
    List<String> context = new ArrayList<>(input.context());
    if (random.nextInt(4) == 0) {
      context.add("\u00e9motions-\u0131\ud83d\ude00");
    }
    fields.put(
        "context",
        context.stream().map(Generators::quote).collect(Collectors.joining(", ", "[", "]")));
    input.partnerEngagement().ifPresent(e -> fields.put("partnerEngagement", quote(e)));
    input.region().ifPresent(r -> fields.put("region", quote(r)));
    return fields;
  }

  private static String document(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** Puts a hostile JSON value at a random place of the input: a field, an answer, a sign, ... */
  private static Hostile value(
      Attack attack, Random random, KnowledgeBase kb, Map<String, String> fields, String value) {
    Map<String, String> doc = new LinkedHashMap<>(fields);
    String where;
    switch (random.nextInt(7)) {
      case 0 -> {
        return new Hostile(attack, "the whole input", utf8(value));
      }
      case 1 -> {
        where = pick(random, new String[] {"answers", "signs", "context", "partnerEngagement", "region"});
        doc.put(where, value);
      }
      case 2, 3 -> {
        where = "signs/" + kb.signs().get(random.nextInt(kb.signs().size())).id().slug();
        doc.put("signs", "{" + quote(where.substring(6)) + ": " + value + "}");
      }
      case 4 -> {
        List<Item> items = items(kb);
        where = "answers/" + items.get(random.nextInt(items.size())).id();
        doc.put("answers", "{" + quote(where.substring(8)) + ": " + value + "}");
      }
      default -> {
        where = "context/0";
        doc.put("context", "[" + value + "]");
      }
    }
    return new Hostile(attack, "at /" + where, utf8(document(doc)));
  }

  /** Puts a hostile JSON string as a key at a random place: a sign or item id, a field name. */
  private static Hostile key(
      Attack attack, Random random, KnowledgeBase kb, Map<String, String> fields, String key) {
    Map<String, String> doc = new LinkedHashMap<>(fields);
    String where;
    switch (random.nextInt(5)) {
      case 0 -> {
        where = "a field name";
        return new Hostile(attack, where, utf8("{" + key + ": 1, " + document(doc).substring(1)));
      }
      case 1, 2 -> {
        where = "a sign id";
        doc.put("signs", "{" + key + ": " + random.nextInt(5) + "}");
      }
      case 3 -> {
        where = "an item id";
        doc.put("answers", "{" + key + ": " + random.nextInt(5) + "}");
      }
      default -> {
        where = "a cause id";
        doc.put("context", "[" + key + "]");
      }
    }
    return new Hostile(attack, "as " + where, utf8(document(doc)));
  }

  private static List<Item> items(KnowledgeBase kb) {
    return ITEMS.computeIfAbsent(kb, k -> Assessment.of(k).questionnaire(Form.FULL).items());
  }

  private static int afterAQuote(Random random, byte[] text) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      if (text[i] == '"') {
        quotes.add(i + 1);
      }
    }
    return quotes.isEmpty() ? random.nextInt(text.length + 1) : quotes.get(random.nextInt(quotes.size()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hex(String hex) {
    return HexFormat.ofDelimiter(" ").parseHex(hex);
  }

  private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
    out.write(bytes, 0, at);
    out.write(inserted, 0, inserted.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    return splice(first, first.length, second);
  }

  private static <T> T pick(Random random, T[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
