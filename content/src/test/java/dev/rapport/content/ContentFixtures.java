package dev.rapport.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The named packs of the tests and the generators of broken packs: {@link BrokenPacks}, which
 * breaks the rules of the format, and {@link HostileOverlays}, which attacks the reader itself.
 *
 * <p>{@link #FIXTURE} is a tiny, valid, complete pack written for the tests (two needs, two signs,
 * one cause, two interventions, one scenario and one of each material), with canonical ids and the
 * default pack's source ids, so the broken overlays under {@code broken/} fit over it and over the
 * bundled pack alike.
 */
final class ContentFixtures {
  static final Path FIXTURE = resource("fixture");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContentFixtures() {}

  /** A folder of the test resources under {@code dev/rapport/content/}. */
  static Path resource(String name) {
    URL url = ContentFixtures.class.getResource("/dev/rapport/content/" + name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A named broken overlay under {@code broken/}. */
  static Path broken(String name) {
    return resource("broken/" + name);
  }

  /**
   * The problems as lines {@code file:line:column at pointer: message}, with files inside {@code
   * folder} named relative to it and those of the fixture as {@code fixture/...}, so that
   * expectations do not depend on where the build runs.
   */
  static List<String> lines(ContentException e, Path folder) {
    List<String> lines = new ArrayList<>();
    String separator = folder.getFileSystem().getSeparator();
    for (ContentProblem problem : e.problems()) {
      lines.add(
          problem
              .toString()
              .replace(folder + separator, "")
              .replace(FIXTURE + separator, "fixture/"));
    }
    return lines;
  }

  /** Copies the fixture pack into {@code folder}. */
  static void copyFixture(Path folder) {
    try {
      for (PackFile file : PackFile.values()) {
        Files.copy(FIXTURE.resolve(file.fileName()), folder.resolve(file.fileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes broken copies of the fixture pack, each with one to three breakages, every one of which
   * is enough on its own to make the pack invalid. The schemas shipped with the module say where
   * each kind of breakage can go (which fields are required, which hold ids, enum values or text),
   * so the generator also shows that the schemas and the loader agree.
   */
  static final class BrokenPacks {
    /** One way to break a pack. */
    enum Breakage {
      MALFORMED_JSON,
      DELETED_FILE,
      DROPPED_REQUIRED_FIELD,
      WRONG_TYPE,
      UNKNOWN_FIELD,
      WEIGHT_OUT_OF_RANGE,
      BAD_SLUG,
      UNKNOWN_ENUM_VALUE,
      DANGLING_REFERENCE,
      DUPLICATE_ITEM,
      BLANK_TEXT,
      EMPTIED_REQUIRED_LIST
    }

    private static final List<String> CATEGORIES =
        List.of("string", "number", "boolean", "array", "object");

    private final Random random;
    private final List<Breakage> breakages;
    private final Map<PackFile, JsonNode> trees = new EnumMap<>(PackFile.class);
    private final List<Breakage> applied = new ArrayList<>();

    /** A place in a tree: a field of an object or an element of an array, with its schema. */
    private record Slot(
        PackFile file,
        JsonNode parent,
        String field,
        int index,
        JsonNode schema,
        boolean required,
        boolean reference) {

      JsonNode value() {
        return field != null ? parent.get(field) : parent.get(index);
      }

      void set(JsonNode value) {
        if (field != null) {
          ((ObjectNode) parent).set(field, value);
        } else {
          ((ArrayNode) parent).set(index, value);
        }
      }
    }

    BrokenPacks(long seed) {
      this(seed, false);
    }

    /**
     * A generator of broken packs; for an overlay, which may leave out any file, a deleted file is
     * no breakage, so none is deleted.
     */
    BrokenPacks(long seed, boolean overlay) {
      this.random = new Random(seed);
      this.breakages =
          Stream.of(Breakage.values())
              .filter(b -> !(overlay && b == Breakage.DELETED_FILE))
              .toList();
      for (PackFile file : PackFile.values()) {
        try {
          trees.put(file, MAPPER.readTree(FIXTURE.resolve(file.fileName()).toFile()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** The breakages applied by the last {@link #writeTo(Path)}, in order. */
    List<Breakage> applied() {
      return List.copyOf(applied);
    }

    /** Writes one broken pack into the empty folder {@code folder}. */
    void writeTo(Path folder) throws IOException {
      int count = 1 + random.nextInt(3);
      List<Breakage> late = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Breakage breakage = breakages.get(random.nextInt(breakages.size()));
        applied.add(breakage);
        if (breakage == Breakage.MALFORMED_JSON || breakage == Breakage.DELETED_FILE) {
          late.add(breakage);
        } else {
          breakTree(breakage);
        }
      }
      for (PackFile file : PackFile.values()) {
        MAPPER
            .writerWithDefaultPrettyPrinter()
            .writeValue(folder.resolve(file.fileName()).toFile(), trees.get(file));
      }
      for (Breakage breakage : late) {
        Path path = folder.resolve(pick(List.of(PackFile.values())).fileName());
        if (!Files.exists(path)) {
          continue; // deleted already: still broken
        }
        if (breakage == Breakage.DELETED_FILE) {
          Files.delete(path);
        } else {
          byte[] text = Files.readAllBytes(path);
          int end = text.length;
          while (end > 0 && Character.isWhitespace(text[end - 1])) {
            end--;
          }
          // Any proper prefix of a JSON array or object is unbalanced, so never well-formed.
          Files.write(path, Arrays.copyOf(text, random.nextInt(end)));
        }
      }
    }

    private void breakTree(Breakage breakage) {
      List<Slot> slots = slots();
      switch (breakage) {
        case DROPPED_REQUIRED_FIELD -> {
          Slot slot = pick(slots.stream().filter(Slot::required).toList());
          ((ObjectNode) slot.parent()).remove(slot.field());
        }
        case WRONG_TYPE -> {
          Slot slot = pick(slots);
          Set<String> allowed = categories(slot.schema().path("type"));
          List<String> others = CATEGORIES.stream().filter(c -> !allowed.contains(c)).toList();
          slot.set(sample(pick(others)));
        }
        case UNKNOWN_FIELD -> {
          List<JsonNode> objects = new ArrayList<>();
          trees.values().forEach(t -> collectObjects(t, objects));
          ((ObjectNode) pick(objects)).put("unexpectedField", 1);
        }
        case WEIGHT_OUT_OF_RANGE -> {
          Slot slot = pick(slots.stream().filter(s -> "weight".equals(s.field())).toList());
          slot.set(JsonNodeFactory.instance.numberNode(pick(List.of(0.0, -0.5, 0.05, 1.5, 12.0))));
        }
        case BAD_SLUG -> {
          Slot slot = pick(slots.stream().filter(BrokenPacks::isSlug).toList());
          slot.set(
              JsonNodeFactory.instance.textNode(
                  pick(List.of("Not_A_Slug", "UPPER", "two words", "", "-dash"))));
        }
        case UNKNOWN_ENUM_VALUE -> {
          Slot slot = pick(slots.stream().filter(s -> s.schema().has("enum")).toList());
          slot.set(JsonNodeFactory.instance.textNode(pick(List.of("NOT_A_VALUE", "self", ""))));
        }
        case DANGLING_REFERENCE -> {
          Slot slot = pick(slots.stream().filter(Slot::reference).toList());
          slot.set(JsonNodeFactory.instance.textNode("no-such-id"));
        }
        case DUPLICATE_ITEM -> {
          List<PackFile> lists =
              trees.keySet().stream().filter(f -> f.isList() && trees.get(f).size() > 0).toList();
          ArrayNode items = (ArrayNode) trees.get(pick(lists));
          items.add(items.get(random.nextInt(items.size())).deepCopy());
        }
        case BLANK_TEXT -> {
          Slot slot =
              pick(
                  slots.stream()
                      .filter(
                          s ->
                              s.value().isTextual()
                                  && "\\S".equals(s.schema().path("pattern").asText()))
                      .toList());
          slot.set(JsonNodeFactory.instance.textNode(pick(List.of("", " ", "\n\t"))));
        }
        case EMPTIED_REQUIRED_LIST -> {
          Slot slot =
              pick(slots.stream().filter(s -> s.schema().path("minItems").asInt() > 0).toList());
          slot.set(JsonNodeFactory.instance.arrayNode());
        }
        case MALFORMED_JSON, DELETED_FILE -> throw new IllegalStateException("applied to files");
      }
    }

    private static boolean isSlug(Slot slot) {
      return "^[a-z0-9]+(-[a-z0-9]+)*$".equals(slot.schema().path("pattern").asText());
    }

    private List<Slot> slots() {
      List<Slot> slots = new ArrayList<>();
      for (PackFile file : PackFile.values()) {
        SchemaCheck schema = SchemaCheck.of(file);
        walk(file, schema, trees.get(file), schema.root(), slots);
      }
      return slots;
    }

    private void walk(
        PackFile file, SchemaCheck check, JsonNode node, JsonNode schemaNode, List<Slot> slots) {
      JsonNode schema = check.resolve(schemaNode);
      boolean relation = schema == check.root().at("/$defs/relation");
      boolean citation = schema == check.root().at("/$defs/citation");
      if (node.isObject()) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.textValue()));
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          JsonNode child = schema.path("properties").path(field.getKey());
          if (child.isMissingNode()) {
            continue;
          }
          JsonNode resolved = check.resolve(child);
          boolean reference =
              (relation && field.getKey().equals("id"))
                  || (citation && field.getKey().equals("source"));
          slots.add(
              new Slot(
                  file,
                  node,
                  field.getKey(),
                  -1,
                  resolved,
                  required.contains(field.getKey()),
                  reference));
          walk(file, check, field.getValue(), child, slots);
        }
      } else if (node.isArray() && schema.has("items")) {
        JsonNode items = check.resolve(schema.get("items"));
        for (int i = 0; i < node.size(); i++) {
          // An element of a list of ids (a story's signs, a playbook step's interventions) names
          // another item.
          boolean reference = isSlug(new Slot(file, node, null, i, items, false, false));
          if (node.get(i).isValueNode()) {
            slots.add(new Slot(file, node, null, i, items, false, reference));
          }
          walk(file, check, node.get(i), schema.get("items"), slots);
        }
      }
    }

    private static void collectObjects(JsonNode node, List<JsonNode> objects) {
      if (node.isObject()) {
        objects.add(node);
      }
      node.forEach(child -> collectObjects(child, objects));
    }

    private static Set<String> categories(JsonNode type) {
      Set<String> categories = new HashSet<>();
      List<JsonNode> types = new ArrayList<>();
      if (type.isArray()) {
        type.forEach(types::add);
      } else if (!type.isMissingNode()) {
        types.add(type);
      }
      for (JsonNode t : types) {
        categories.add(t.textValue().equals("integer") ? "number" : t.textValue());
      }
      return categories;
    }

    private static JsonNode sample(String category) {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      return switch (category) {
        case "string" -> nodes.textNode("text");
        case "number" -> nodes.numberNode(7);
        case "boolean" -> nodes.booleanNode(true);
        case "array" -> nodes.arrayNode();
        case "object" -> nodes.objectNode();
        default -> throw new IllegalArgumentException(category);
      };
    }

    private <T> T pick(List<T> items) {
      if (items.isEmpty()) {
        throw new IllegalStateException("nothing to pick from");
      }
      return items.get(random.nextInt(items.size()));
    }
  }

  /**
   * Writes hostile overlays: one to three files of the fixture pack, each attacked as bytes
   * (truncated, bit-flipped, invalid UTF-8, byte-order marks, NUL bytes) or with a hostile value
   * put at a random place of its tree (10,000 levels of nesting, numbers too large for any type,
   * megabyte strings as ids, texts and field names, wrong types, nulls, a key written twice). Some
   * of these still make a valid overlay (a UTF-16 file with its byte-order mark, say); the rest
   * must be reported, and only as a {@link ContentException}.
   */
  static final class HostileOverlays {
    /** One way to attack a file. */
    enum Attack {
      TRUNCATED,
      BYTE_FLIPS,
      INVALID_UTF8,
      BOM,
      DEEP_NESTING,
      HUGE_NUMBER,
      HUGE_STRING,
      WRONG_TYPE,
      NULLS,
      DUPLICATE_KEY,
      EMPTY
    }

    private static final String HOLE = "\u2603hole\u2603";
    private static final String[] HUGE_NUMBERS = {
      "1e308", "-1e308", "1e309", "4.9e-324", "1e-400", "99999999999999999999", "-0", "-0.0",
      "2147483648", "-9223372036854775809", "NaN", "-Infinity", "\"NaN\"", "0x10", "01", "1.",
      "1e2147483648"
    };
    private static final String[] BAD_UTF8 = {
      "c0 80", "ed a0 80", "f4 90 80 80", "f8 88 80 80 80", "fe", "ff", "80", "e2 82", "f0 9f 98",
      "c3"
    };
    private static final String[] WRONG_TYPES = {
      "\"text\"", "\"\"", "7", "0.5", "true", "[]", "[null]", "{}", "{\"id\": {}}", "[[\"x\"]]"
    };

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    HostileOverlays(long seed) {
      this.random = new Random(seed);
    }

    /** What the last {@link #writeTo(Path)} did, one entry a file. */
    List<String> applied() {
      return List.copyOf(applied);
    }

    /** Writes one hostile overlay into the empty folder {@code folder}. */
    void writeTo(Path folder) throws IOException {
      int files = 1 + random.nextInt(3);
      for (int i = 0; i < files; i++) {
        PackFile file = PackFile.values()[random.nextInt(PackFile.values().length)];
        Attack attack = Attack.values()[random.nextInt(Attack.values().length)];
        byte[] bytes = attack(file, attack);
        applied.add(file.fileName() + ": " + attack + " (" + bytes.length + " bytes)");
        Files.write(folder.resolve(file.fileName()), bytes);
      }
    }

    private byte[] attack(PackFile file, Attack attack) throws IOException {
      byte[] valid = Files.readAllBytes(FIXTURE.resolve(file.fileName()));
      return switch (attack) {
        case TRUNCATED -> Arrays.copyOf(valid, random.nextInt(valid.length));
        case BYTE_FLIPS -> {
          byte[] bytes = valid.clone();
          for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
          }
          yield bytes;
        }
        case INVALID_UTF8 -> splice(valid, afterAQuote(valid), hex(pick(BAD_UTF8)));
        case BOM ->
            switch (random.nextInt(4)) {
              case 0 -> splice(valid, 0, hex("ef bb bf"));
              case 1 -> splice(valid, 0, hex("ef bb bf ef bb bf"));
              case 2 -> splice(valid, afterAQuote(valid), hex("ef bb bf"));
              default ->
                  splice(
                      new String(valid, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16),
                      0,
                      new byte[0]);
            };
        case DEEP_NESTING -> {
          int depth = new int[] {999, 1000, 1001, 10_000}[random.nextInt(4)];
          boolean closed = random.nextBoolean();
          yield random.nextBoolean()
              ? hole(valid, "[".repeat(depth) + (closed ? "]".repeat(depth) : ""))
              : hole(valid, "{\"a\": ".repeat(depth) + "1" + (closed ? "}".repeat(depth) : ""));
        }
        case HUGE_NUMBER ->
            hole(
                valid,
                random.nextBoolean()
                    ? pick(HUGE_NUMBERS)
                    : "9".repeat(990 + random.nextInt(100)) + (random.nextBoolean() ? ".5" : ""));
        case HUGE_STRING -> {
          int length = new int[] {1_000, 10_000, 49_999, 60_000, 1 << 20}[random.nextInt(5)];
          String text =
              switch (random.nextInt(4)) {
                case 0 -> "a".repeat(length);
                case 1 -> "a-".repeat(length / 2) + "a";
                case 2 -> "\\u00e9\\ud83d\\ude00".repeat(length / 18 + 1);
                default -> "Not A Slug ".repeat(length / 11 + 1);
              };
          yield switch (random.nextInt(3)) {
            case 0 -> hole(valid, "\"" + text + "\"");
            case 1 -> id(valid, text);
            default -> key(valid, "\"" + text + "\"");
          };
        }
        case WRONG_TYPE -> hole(valid, pick(WRONG_TYPES));
        case NULLS ->
            switch (random.nextInt(4)) {
              case 0 -> hole(valid, "null");
              case 1 -> hole(valid, "\"\\u0000\"");
              case 2 -> key(valid, "\"\\u0000\"");
              default -> splice(valid, afterAQuote(valid), new byte[] {0});
            };
        case DUPLICATE_KEY -> duplicateKey(valid);
        case EMPTY -> pick(new String[] {"", " \\n\\t ", "null", "0", "\"\"", "\ufeff"})
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .getBytes(StandardCharsets.UTF_8);
      };
    }

    /** Puts {@code json} in place of a random value of the file's tree. */
    private byte[] hole(byte[] valid, String json) throws IOException {
      JsonNode tree = MAPPER.readTree(valid);
      List<JsonNode> containers = new ArrayList<>();
      collectContainers(tree, containers);
      JsonNode container = pick(containers);
      if (container.isArray()) {
        ArrayNode array = (ArrayNode) container;
        if (array.isEmpty()) {
          array.add(HOLE);
        } else {
          array.set(random.nextInt(array.size()), JsonNodeFactory.instance.textNode(HOLE));
        }
      } else {
        ObjectNode object = (ObjectNode) container;
        List<String> names = fieldNames(object);
        object.put(names.isEmpty() ? "x" : names.get(random.nextInt(names.size())), HOLE);
      }
      return fill(tree, "\"" + HOLE + "\"", json);
    }

    /** Gives a random item of the file the id {@code text}. */
    private byte[] id(byte[] valid, String text) throws IOException {
      JsonNode tree = MAPPER.readTree(valid);
      List<JsonNode> objects = new ArrayList<>();
      BrokenPacks.collectObjects(tree, objects);
      List<JsonNode> withIds = objects.stream().filter(o -> o.has("id")).toList();
      ObjectNode item = (ObjectNode) (withIds.isEmpty() ? pick(objects) : pick(withIds));
      item.put("id", HOLE);
      return fill(tree, "\"" + HOLE + "\"", "\"" + text + "\"");
    }

    /** Adds a field named by the JSON string {@code name} to a random object of the file. */
    private byte[] key(byte[] valid, String name) throws IOException {
      JsonNode tree = MAPPER.readTree(valid);
      List<JsonNode> objects = new ArrayList<>();
      BrokenPacks.collectObjects(tree, objects);
      ((ObjectNode) pick(objects)).put(HOLE, 1);
      return fill(tree, "\"" + HOLE + "\"", name);
    }

    /** Writes one field of a random object twice, the second time with another value. */
    private byte[] duplicateKey(byte[] valid) throws IOException {
      JsonNode tree = MAPPER.readTree(valid);
      List<JsonNode> objects = new ArrayList<>();
      BrokenPacks.collectObjects(tree, objects);
      ObjectNode object = (ObjectNode) pick(objects);
      List<String> names = fieldNames(object);
      String name = names.isEmpty() ? "id" : names.get(random.nextInt(names.size()));
      object.put(HOLE, random.nextBoolean() ? "other" : "1");
      return fill(tree, "\"" + HOLE + "\"", MAPPER.writeValueAsString(name));
    }

    private static byte[] fill(JsonNode tree, String hole, String json) throws IOException {
      return MAPPER
          .writeValueAsString(tree)
          .replace(hole, json)
          .getBytes(StandardCharsets.UTF_8);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
      if (node.isContainerNode()) {
        containers.add(node);
      }
      node.forEach(child -> collectContainers(child, containers));
    }

    private static List<String> fieldNames(JsonNode object) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      return names;
    }

    private int afterAQuote(byte[] text) {
      List<Integer> quotes = new ArrayList<>();
      for (int i = 0; i < text.length; i++) {
        if (text[i] == '"') {
          quotes.add(i + 1);
        }
      }
      return quotes.isEmpty() ? 0 : pick(quotes);
    }

    private static byte[] hex(String hex) {
      return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
      byte[] out = new byte[bytes.length + inserted.length];
      System.arraycopy(bytes, 0, out, 0, at);
      System.arraycopy(inserted, 0, out, at, inserted.length);
      System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
      return out;
    }

    private <T> T pick(T[] items) {
      return items[random.nextInt(items.length)];
    }

    private <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }
  }
}
