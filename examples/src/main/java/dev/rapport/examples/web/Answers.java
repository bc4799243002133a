package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A person's checked answers to one form of the check-up, as the form fields carry them.
 *
 * @param form the form they answered
 * @param values answers by item id: 0..4 for statements and safety questions, 1 for a ticked
 *     context question; in item-id order
 * @param engagement the partner-engagement answer, such as {@code WILLING}, if given
 */
record Answers(Form form, Map<String, Integer> values, Optional<String> engagement) {
  /** Field names of questionnaire items start with this, so they never clash with other fields. */
  static final String PREFIX = "q.";

  Answers {
    checkNotNull(form, "form must not be null");
    values = new TreeMap<>(values);
    checkNotNull(engagement, "engagement must not be null (use Optional.empty())");
  }

  static String field(String itemId) {
    return PREFIX + itemId;
  }

  /** The answer to one item, as the value of its form field, if given. */
  Optional<String> value(String itemId) {
    if (itemId.equals(Item.ENGAGEMENT_ID)) {
      return engagement;
    }
    return Optional.ofNullable(values.get(itemId)).map(String::valueOf);
  }

  /** The answers as hidden form fields, to carry them to the save request. */
  List<Map.Entry<String, String>> hiddenFields() {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    values.forEach((id, v) -> fields.add(Map.entry(field(id), String.valueOf(v))));
    engagement.ifPresent(e -> fields.add(Map.entry(field(Item.ENGAGEMENT_ID), e)));
    return List.copyOf(fields);
  }

  /** The assessment input these answers make. */
  AssessmentInput toInput() {
    AssessmentInput.Builder input = AssessmentInput.builder();
    values.forEach(input::answer);
    engagement.ifPresent(input::engagement);
    return input.build();
  }
}
