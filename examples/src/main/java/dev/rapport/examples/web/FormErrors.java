package dev.rapport.examples.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a submitted form: messages by field, shown next to their question, and
 * messages about the form as a whole. Mutable while a form is checked; not thread-safe.
 */
final class FormErrors {
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<String> general = new ArrayList<>();

  /** Records a problem with one field; the first message for a field wins. */
  void field(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  /** Records a problem with the form as a whole. */
  void general(String message) {
    if (!general.contains(message)) {
      general.add(message);
    }
  }

  boolean isEmpty() {
    return byField.isEmpty() && general.isEmpty();
  }

  /** The message for one field, if it has one. */
  Optional<String> of(String field) {
    return Optional.ofNullable(byField.get(field));
  }

  /** The field messages, in the order found. */
  Map<String, String> byField() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(byField));
  }

  /** The messages about the whole form, in the order found. */
  List<String> general() {
    return List.copyOf(general);
  }
}
