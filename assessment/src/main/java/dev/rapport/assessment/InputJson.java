package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an {@link AssessmentInput} from the JSON shape of DESIGN.md.
 *
 * <pre>{@code
 * { "answers": { "lonely-together-1": 3 },
 *   "signs": { "surface-level-conversations": 3 },
 *   "context": [ "work-stress" ],
 *   "partnerEngagement": "WILLING",
 *   "region": "UK" }
 * }</pre>
 *
 * <p>Every part is optional here (an empty object reads as an empty input, which {@link
 * Assessment#assess(AssessmentInput)} then rejects for having neither answers nor signs). Answers
 * and intensities must be whole numbers; ids and values are checked against the knowledge base
 * when the input is assessed. Thread-safe.
 */
public final class InputJson {
  private static final String FIELDS = "answers, signs, context, partnerEngagement or region";

  private InputJson() {}

  /**
   * Reads an input from JSON text.
   *
   * @param json the text
   * @return the input, not yet checked against a knowledge base
   * @throws InvalidInputException listing every problem found, each with its line and column:
   *     malformed JSON (the first error, after which reading stops), duplicate keys, values of
   *     the wrong type, numbers that are not whole or are too large, and unknown fields
   */
  public static AssessmentInput read(String json) {
    checkNotNull(json, "json must not be null");
    try {
      // Jackson reads a String from its own char array, faster than through a Reader
      return read(Json.FACTORY.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the input", e);
    }
  }

  /**
   * Reads an input from a stream of JSON text. The reader is read to the end of the value and not
   * closed.
   *
   * @param reader the text
   * @return the input, not yet checked against a knowledge base
   * @throws InvalidInputException listing every problem found, as for {@link #read(String)}
   * @throws UncheckedIOException when the reader fails
   */
  public static AssessmentInput read(Reader reader) {
    checkNotNull(reader, "reader must not be null");
    try {
      return read(Json.FACTORY.createParser(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the input", e);
    }
  }

  /** Reads an input from a parser, which it closes. */
  private static AssessmentInput read(JsonParser json) throws IOException {
    List<InputProblem> problems = new ArrayList<>();
    AssessmentInput.Builder input = AssessmentInput.builder();
    try (JsonParser parser = json) {
      new Reading(parser, input, problems).document();
    } catch (JsonProcessingException e) {
      problems.add(Json.problem(e));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return input.build();
  }

  /** One pass over the tokens, collecting problems as it goes. */
  private static final class Reading {
    private final JsonParser parser;
    private final AssessmentInput.Builder input;
    private final List<InputProblem> problems;

    Reading(JsonParser parser, AssessmentInput.Builder input, List<InputProblem> problems) {
      this.parser = parser;
      this.input = input;
      this.problems = problems;
    }

    void document() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        problem("/", Optional.empty(), "input is empty; expected a JSON object");
        return;
      }
      if (token != JsonToken.START_OBJECT) {
        problem("/", shown(), "input must be a JSON object but was " + Json.describe(token));
        parser.skipChildren();
      } else {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          switch (field) {
            case "answers" -> numbers("answers", input::answer);
            case "signs" -> numbers("signs", input::sign);
            case "context" -> context();
            case "partnerEngagement" -> text("partnerEngagement").ifPresent(input::engagement);
            case "region" -> text("region").ifPresent(input::region);
            default -> {
              problem(
                  Values.pointer(field),
                  Optional.of(Values.shown(field)),
                  "unknown field '" + Values.shown(field) + "'; expected " + FIELDS);
              parser.skipChildren();
            }
          }
        }
      }
      JsonToken after = parser.nextToken();
      if (after != null) {
        problem("/", Optional.empty(), "unexpected " + Json.describe(after) + " after the input");
      }
    }

    private interface Put {
      void put(String key, int value);
    }

    private void numbers(String field, Put put) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        problem(
            Values.pointer(field),
            shown(),
            field + " must be an object of ids to whole numbers but was "
                + Json.describe(parser.currentToken()));
        parser.skipChildren();
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        String where = Values.pointer(field, key);
        if (value == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.INT) {
          put.put(key, parser.getIntValue());
        } else if (value == JsonToken.VALUE_NUMBER_INT) {
          problem(where, shown(), "value of " + field + " " + Values.shown(key)
              + " is too large: " + Values.shown(parser.getText()));
        } else {
          problem(
              where,
              shown(),
              "value of " + field + " " + Values.shown(key) + " must be a whole number but was "
                  + (value == JsonToken.VALUE_NUMBER_FLOAT
                      ? Values.shown(parser.getText())
                      : Json.describe(value)));
          parser.skipChildren();
        }
      }
    }

    private void context() throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        problem(
            "/context",
            shown(),
            "context must be an array of cause ids but was " + Json.describe(parser.currentToken()));
        parser.skipChildren();
        return;
      }
      int index = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == JsonToken.VALUE_STRING) {
          input.context(parser.getText());
        } else {
          problem(
              Values.pointer("context", String.valueOf(index)),
              shown(),
              "context must hold cause ids as strings but item " + index + " was "
                  + Json.describe(token));
          parser.skipChildren();
        }
        index++;
      }
    }

    private Optional<String> text(String field) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return Optional.of(parser.getText());
      }
      if (token != JsonToken.VALUE_NULL) {
        problem(
            Values.pointer(field),
            shown(),
            field + " must be a string but was " + Json.describe(token));
        parser.skipChildren();
      }
      return Optional.empty();
    }

    /** The current scalar's text as the offending value, or nothing for an object or array. */
    private Optional<String> shown() throws IOException {
      JsonToken token = parser.currentToken();
      if (token == null || token.isStructStart() || token.isStructEnd()) {
        return Optional.empty();
      }
      return Optional.of(Values.shown(parser.getText()));
    }

    private void problem(String pointer, Optional<String> value, String message) {
      problems.add(
          new InputProblem(pointer + Json.at(parser.currentTokenLocation()), value, message));
    }
  }
}
