package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * The items to show a person, built from a knowledge base by {@link
 * Assessment#questionnaire(Form)}.
 *
 * <p>Items are listed by section ({@link Section} order); within a section, signs and causes in id
 * order with a sign's statements in the content's order, and safety questions in id order. A
 * person may answer any subset. Immutable.
 *
 * @param form the form it was built in
 * @param contentVersion the version of the content it was built from
 * @param items the items, in the order to show them
 */
public record Questionnaire(Form form, String contentVersion, List<Item> items) {

  /**
   * Checks and copies the parts.
   *
   * @param form see the record description
   * @param contentVersion see the record description
   * @param items see the record description
   * @throws IllegalArgumentException when the content version is blank
   */
  public Questionnaire {
    checkNotNull(form, "form must not be null");
    Values.nonBlank(contentVersion, "content version");
    items = Values.copy(items, "items");
  }

  /**
   * The items of one section.
   *
   * @param section the section
   * @return its items, in questionnaire order
   */
  public List<Item> items(Section section) {
    checkNotNull(section, "section must not be null");
    return items.stream().filter(i -> i.section() == section).toList();
  }

  /**
   * Looks up an item by id.
   *
   * @param id the item id
   * @return the item, or empty when this questionnaire has none with that id
   */
  public Optional<Item> item(String id) {
    checkNotNull(id, "item id must not be null");
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
