package dev.rapport.core;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.util.Optional;

/**
 * A source document that content is drawn from: an advice article, cited by its title.
 *
 * @param id a kebab-case key that citations use, such as {@code lost-connection}
 * @param title the document's title
 * @param author the author, where the document gives one
 */
public record Source(String id, String title, Optional<String> author) {

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param title see the record description
   * @param author see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public Source {
    Slugs.check(id, "source id");
    title = Texts.nonBlank(title, "source title");
    checkNotNull(author, "source author must not be null (use Optional.empty())");
    if (author.isPresent()) {
      author = Optional.of(Texts.nonBlank(author.get(), "source author"));
    }
  }

  /**
   * Makes a source with no known author.
   *
   * @param id the key citations use
   * @param title the document's title
   * @return the source
   */
  public static Source of(String id, String title) {
    return new Source(id, title, Optional.empty());
  }
}
