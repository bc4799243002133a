package dev.rapport.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson, set up strictly for content packs, and the translation of its errors into problems.
 *
 * <p>Strict means: a field the wire records do not know is an error (so a typo is reported, not
 * ignored); so are text after the end of the document, a field named twice in one object, null in a
 * list, and any coercion between JSON types (the number {@code 5} is not the text {@code "5"}, a
 * fraction is not a whole number, {@code 1} is not {@code true}).
 */
final class Json {
  /** The mapper; thread-safe once configured. */
  static final ObjectMapper MAPPER = mapper();

  private static final int SHOWN_TEXT = 40;
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? (.*)", Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern NON_STANDARD_TOKEN =
      Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern UNEXPECTED_CLOSE =
      Pattern.compile("Unexpected close marker '(.)': no open (\\w+) to close.*", Pattern.DOTALL);
  private static final Pattern DUPLICATE_FIELD =
      Pattern.compile("Duplicate field '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile("\\s*\\(?\\[Source: .*", Pattern.DOTALL);

  private Json() {}

  private static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Parses a whole file into a tree.
   *
   * @throws JsonProcessingException when it is not one well-formed JSON value
   */
  static JsonNode parse(byte[] bytes) throws IOException {
    return MAPPER.readTree(bytes);
  }

  /** Where a parse error happened: its pointer (as far as the parser got) and position. */
  record ParseError(String pointer, int line, int column, String message) {}

  /** Describes why a file is not well-formed JSON. */
  static ParseError describe(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    if (line == 0 || column == 0) {
      line = 0;
      column = 0;
    }
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser parser) {
      JsonStreamContext context = parser.getParsingContext();
      if (context != null) {
        pointer = context.pathAsPointer().toString();
      }
    }
    return new ParseError(pointer, line, column, parseMessage(e));
  }

  private static String parseMessage(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE_FIELD.matcher(original);
    if (duplicate.matches()) {
      return "field '" + duplicate.group(1) + "' appears twice in one object";
    }
    if (e instanceof JsonEOFException) {
      return "malformed json: the file ends before the JSON is complete";
    }
    if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
      return "malformed json: unexpected text after the end of the JSON";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(original);
    if (character.matches()) {
      String found = character.group(1);
      String rest = character.group(2);
      String expected =
          rest.startsWith("expected a") && rest.contains("value")
              ? "a value"
              : rest.contains("double-quote to start field name")
                  ? "a field name in double quotes"
                  : rest.contains("comma to separate")
                      ? "a comma or a closing bracket"
                      : rest.contains("colon to separate") ? "a colon after the field name" : "";
      boolean closing = found.equals("]") || found.equals("}");
      return "malformed json: unexpected character '"
          + found.replace("\n", "\\n").replace("\t", "\\t")
          + "'"
          + (expected.isEmpty() ? "" : " where " + expected + " was expected")
          + (closing && !expected.startsWith("a comma")
              ? " (is there a comma too many before it?)"
              : "");
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
    if (token.matches()) {
      return unrecognised(token.group(1));
    }
    Matcher nonStandard = NON_STANDARD_TOKEN.matcher(original);
    if (nonStandard.matches()) {
      return unrecognised(nonStandard.group(1));
    }
    Matcher close = UNEXPECTED_CLOSE.matcher(original);
    if (close.matches()) {
      return "malformed json: unexpected '"
          + close.group(1)
          + "' with no open "
          + close.group(2).toLowerCase(Locale.ROOT)
          + " to close";
    }
    if (original.startsWith("Illegal unquoted character")) {
      return "malformed json: a line break or tab inside text must be written as \\n or \\t";
    }
    String plain = SOURCE_REFERENCE.matcher(original).replaceAll("");
    int enable = plain.indexOf(": enable");
    return "malformed json: "
        + (enable < 0 ? plain : plain.substring(0, enable)).strip().toLowerCase(Locale.ROOT);
  }

  private static String unrecognised(String word) {
    return "malformed json: unrecognised word '"
        + abbreviate(word)
        + "' (text must be in double quotes; the only words are true, false and null)";
  }

  /**
   * Binds one item of a parsed file to its wire record.
   *
   * @throws JsonMappingException when its shape does not match the record
   */
  static <T> T bind(JsonNode node, Class<T> type) throws IOException {
    return MAPPER.readerFor(type).readValue(node);
  }

  /** A binding error, as a problem relative to the bound node. */
  record BindError(String pointer, String message) {}

  /** Describes why {@code node} does not fit its wire record. */
  static BindError describe(JsonMappingException e, JsonNode node) {
    String pointer = pointer(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new BindError(
          pointer,
          "unknown field '"
              + unknown.getPropertyName()
              + "'; the fields here are "
              + knownFields(unknown.getReferringClass(), unknown.getKnownPropertyIds()));
    }
    String name = name(pointer);
    JsonNode found = node.at(pointer);
    if (e instanceof InvalidNullException) {
      return new BindError(pointer, name + " must not be null");
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return new BindError(
          pointer,
          name + " must be " + expected(mismatch.getTargetType()) + " but was " + shown(found));
    }
    return new BindError(
        pointer,
        lowerFirst(
            SOURCE_REFERENCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("")));
  }

  private static String knownFields(Class<?> type, Collection<Object> known) {
    if (type != null && type.isRecord()) {
      return Arrays.stream(type.getRecordComponents())
          .map(RecordComponent::getName)
          .collect(Collectors.joining(", "));
    }
    return known == null
        ? "unknown"
        : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  /** The JSON pointer of a Jackson reference path. */
  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        pointer.append('/').append(escape(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  /** Escapes one segment of a JSON pointer (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * How a message names the value at {@code pointer}: its field ({@code weight}), an element of a
   * list ({@code needs[0]}), or {@code the item} for a whole item.
   */
  static String name(String pointer) {
    if (pointer.isEmpty()) {
      return "the item";
    }
    List<String> segments = List.of(pointer.substring(1).split("/", -1));
    String last = unescape(segments.get(segments.size() - 1));
    if (!last.chars().allMatch(Character::isDigit) || last.isEmpty()) {
      return last;
    }
    if (segments.size() == 1) {
      return "the item";
    }
    return name("/" + String.join("/", segments.subList(0, segments.size() - 1)))
        + "["
        + last
        + "]";
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /** How a message shows a JSON value: its type and, for a scalar, the value itself. */
  static String shown(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "the string '" + abbreviate(node.textValue()) + "'";
    }
    if (node.isNumber()) {
      return "the number " + node.numberValue();
    }
    if (node.isBoolean()) {
      return String.valueOf(node.booleanValue());
    }
    if (node.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /** Shortens text for a message, keeping it on one line. */
  static String abbreviate(String text) {
    String line = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return line.length() <= SHOWN_TEXT ? line : line.substring(0, SHOWN_TEXT - 3) + "...";
  }

  private static String lowerFirst(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return "unknown error";
    }
    return stripped.substring(0, 1).toLowerCase(Locale.ROOT) + stripped.substring(1);
  }

  /**
   * The start of every value of a well-formed document, by pointer; used only to give the problems
   * of a file their line and column, so it runs only for files that have problems.
   */
  static Map<String, int[]> positions(byte[] bytes) {
    Map<String, int[]> positions = new HashMap<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        JsonPointer pointer =
            token.isStructStart() && context.getParent() != null
                ? context.getParent().pathAsPointer()
                : context.pathAsPointer();
        JsonLocation location = parser.currentTokenLocation();
        positions.putIfAbsent(
            pointer.toString(), new int[] {location.getLineNr(), location.getColumnNr()});
      }
    } catch (IOException e) {
      // A file with problems may also be malformed; what was read so far still gives positions.
    }
    return positions;
  }

  /** The position of {@code pointer}, or of its nearest ancestor that exists, if any. */
  static Optional<int[]> position(Map<String, int[]> positions, String pointer) {
    String current = pointer;
    while (true) {
      int[] position = positions.get(current);
      if (position != null) {
        return Optional.of(position);
      }
      if (current.isEmpty()) {
        return Optional.empty();
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
  }
}
