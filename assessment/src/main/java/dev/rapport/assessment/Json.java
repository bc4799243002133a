package dev.rapport.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The strict JSON reading of the package, and the translation of Jackson's errors into {@link
 * InputProblem}s with line and column. Streaming only: reading an input never loads Jackson's
 * data binding, which costs tens of milliseconds in a fresh JVM; reading a report back does, in
 * {@link ReportMapper}.
 */
final class Json {
  /** Strict: duplicate keys are an error, as is anything after the top-level value. */
  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final int LONGEST_MESSAGE = 200;

  private Json() {}

  static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Turns any error Jackson raised while reading into one problem, with where it happened. */
  static InputProblem problem(JsonProcessingException e) {
    String pointer = "/";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        String part =
            reference.getFieldName() != null
                ? reference.getFieldName()
                : String.valueOf(reference.getIndex());
        path.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
      pointer = path.toString();
    }
    String where = pointer + at(e.getLocation());
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new InputProblem(
          where,
          Optional.of(Values.shown(unknown.getPropertyName())),
          "unknown field '" + Values.shown(unknown.getPropertyName()) + "'");
    }
    if (e instanceof InvalidFormatException format) {
      String value = Values.shown(String.valueOf(format.getValue()));
      return new InputProblem(
          where,
          Optional.of(value),
          "expected " + expected(format.getTargetType()) + " but was '" + value + "'");
    }
    if (e instanceof MismatchedInputException mismatch) {
      String original = String.valueOf(mismatch.getOriginalMessage());
      if (original.startsWith("Missing") && original.contains("creator property")) {
        int start = original.indexOf('\'');
        int end = original.indexOf('\'', start + 1);
        String field = start >= 0 && end > start ? original.substring(start + 1, end) : "?";
        String parent = pointer.equals("/") ? "" : pointer;
        // Jackson's path already ends at the missing field
        String target = parent.endsWith("/" + field) ? parent : parent + "/" + field;
        return new InputProblem(
            target + at(e.getLocation()),
            Optional.empty(),
            "missing field '" + field + "'");
      }
      String found = found(mismatch.getProcessor());
      String expected =
          original.startsWith("Trailing token")
              ? describe(null)
              : expected(mismatch.getTargetType());
      return new InputProblem(
          where, Optional.empty(), "expected " + expected + " but found " + found);
    }
    return new InputProblem(
        where, Optional.empty(), "malformed JSON: " + firstLine(e.getOriginalMessage()));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() <= LONGEST_MESSAGE ? line : line.substring(0, LONGEST_MESSAGE) + "...";
  }

  /**
   * What the parser stood on when it failed. Read while the parser is open ({@link
   * ReportJson#fromJson} keeps it so): one that has closed itself has reached the end.
   */
  private static String found(Object processor) {
    if (processor instanceof JsonParser parser) {
      return describe(parser.currentToken());
    }
    return "something else";
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a field name";
      default -> "something else";
    };
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
