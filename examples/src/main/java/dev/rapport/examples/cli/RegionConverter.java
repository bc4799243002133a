package dev.rapport.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a {@code --region} code: 2 to 4 letters, such as {@code US}, {@code uk} or {@code INTL}.
 */
final class RegionConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    if (!value.matches("[A-Za-z]{2,4}")) {
      throw new TypeConversionException(
          "region must be 2 to 4 letters, such as US, UK or INTL, but was '" + value + "'");
    }
    return value.toUpperCase(Locale.ROOT);
  }
}
