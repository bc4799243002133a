package dev.rapport.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum option from its kebab-case word in any case ({@code difficult-times}, {@code
 * DIFFICULT_TIMES}, {@code text}), the same in every
 * locale: picocli's own case-insensitive matching upper-cases with the default locale, which turns
 * {@code signs} into {@code SİGNS} under Turkish.
 */
abstract class EnumWords<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  EnumWords(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    String wanted = value.strip().replace('_', '-');
    for (E constant : type.getEnumConstants()) {
      if (word(constant).equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    throw new TypeConversionException("expected one of " + words() + " but was '" + value + "'");
  }

  /** The option word of a constant: its name in lower-case kebab-case, such as {@code difficult-times}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String words() {
    return Arrays.stream(type.getEnumConstants())
        .map(EnumWords::word)
        .collect(Collectors.joining(", "));
  }
}
