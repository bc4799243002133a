package dev.rapport.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.InputProblem;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.core.Sign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a batch in CSV: a header line naming the columns, then one person a line.
 *
 * <p>Columns: one per sign id, holding an intensity from 0 to 4 (empty when not answered); an
 * optional {@code context} column with cause ids separated by {@code ;}; an optional {@code
 * partnerEngagement} column with {@code WILLING}, {@code UNSURE} or {@code UNWILLING}. Each line is
 * parsed on its own, so a bad line never spoils the next one; a value cannot span lines.
 */
final class CsvLineParser implements LineParser {
  static final String CONTEXT = "context";
  static final String ENGAGEMENT = "partnerEngagement";

  private static final ObjectReader ROW =
      new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY);

  private final Set<String> signIds;
  private List<String> columns;

  CsvLineParser(List<Sign> signs) {
    this.signIds = new HashSet<>();
    signs.forEach(s -> signIds.add(s.id().slug()));
  }

  @Override
  public Optional<AssessmentInput> parse(String line, long number) {
    if (columns == null) {
      columns = header(line, number);
      return Optional.empty();
    }
    String[] values = cells(line, number);
    if (values.length > columns.size()) {
      throw invalid(
          "line " + number,
          Optional.empty(),
          "there are "
              + values.length
              + " values but the header names "
              + columns.size()
              + " columns");
    }
    AssessmentInput.Builder input = AssessmentInput.builder();
    for (int i = 0; i < values.length; i++) {
      String value = values[i].strip();
      if (!value.isEmpty()) {
        put(input, columns.get(i), value, number);
      }
    }
    return Optional.of(input.build());
  }

  private void put(AssessmentInput.Builder input, String column, String value, long number) {
    switch (column) {
      case CONTEXT -> {
        for (String cause : value.split(";")) {
          if (!cause.isBlank()) {
            input.context(cause.strip());
          }
        }
      }
      case ENGAGEMENT -> input.engagement(value);
      default -> input.sign(column, intensity(column, value, number));
    }
  }

  private static int intensity(String column, String value, long number) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(
          "/signs/" + column,
          Optional.of(value),
          "intensity of sign "
              + column
              + " must be a whole number in [0, 4] but was '"
              + value
              + "'");
    }
  }

  private List<String> header(String line, long number) {
    String[] names;
    try {
      names = cells(line.startsWith("\uFEFF") ? line.substring(1) : line, number);
    } catch (InvalidInputException e) {
      throw new InputError("CSV header (line " + number + ") is not valid CSV");
    }
    List<String> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : names) {
      String name = raw.strip();
      if (!name.equals(CONTEXT) && !name.equals(ENGAGEMENT) && !signIds.contains(name)) {
        List<String> known = new ArrayList<>(signIds);
        known.add(CONTEXT);
        known.add(ENGAGEMENT);
        throw new InputError(
            "CSV header (line "
                + number
                + ") has an unknown column '"
                + name
                + "'"
                + Suggestions.didYouMean(name, known)
                + "; columns are sign ids, "
                + CONTEXT
                + " and "
                + ENGAGEMENT);
      }
      if (!seen.add(name)) {
        throw new InputError("CSV header (line " + number + ") names column '" + name + "' twice");
      }
      result.add(name);
    }
    return List.copyOf(result);
  }

  private static String[] cells(String line, long number) {
    try (MappingIterator<String[]> rows = ROW.readValues(line)) {
      return rows.hasNextValue() ? rows.nextValue() : new String[0];
    } catch (JsonProcessingException e) {
      throw invalid("line " + number, Optional.empty(), "not valid CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a line held in memory", e);
    }
  }

  private static InvalidInputException invalid(
      String where, Optional<String> value, String message) {
    return new InvalidInputException(List.of(new InputProblem(where, value, message)));
  }
}
