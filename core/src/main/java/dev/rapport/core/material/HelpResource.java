package dev.rapport.core.material;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.internal.Slugs;
import dev.rapport.core.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A help line, service or emergency number for one region.
 *
 * @param id a kebab-case id
 * @param region the region code, such as {@code US}, {@code UK}, {@code CA}, {@code AU}, or
 *     {@code INTL} for the international fallback
 * @param kind what sort of help it gives
 * @param name its name
 * @param contact how to reach it, such as a phone number
 * @param description what it offers, in plain words
 * @param url its web address, where there is one
 * @param checked the date the details were last checked
 */
public record HelpResource(
    String id,
    String region,
    HelpKind kind,
    String name,
    String contact,
    String description,
    Optional<String> url,
    LocalDate checked) {

  /** A region code: two to four upper-case letters, such as {@code US} or {@code INTL}. */
  private static final Pattern REGION = Pattern.compile("[A-Z]{2,4}");

  /**
   * Checks and normalises the parts.
   *
   * @param id see the record description
   * @param region see the record description
   * @param kind see the record description
   * @param name see the record description
   * @param contact see the record description
   * @param description see the record description
   * @param url see the record description
   * @param checked see the record description
   * @throws IllegalArgumentException when a part is out of range or blank
   */
  public HelpResource {
    Slugs.check(id, "resource id");
    region = Texts.nonBlank(region, "region of resource", id);
    checkArgument(
        REGION.matcher(region).matches(),
        "region of resource %s must be upper-case letters but was %s",
        id,
        region);
    checkNotNull(kind, "kind of resource %s must not be null", id);
    name = Texts.nonBlank(name, "name of resource", id);
    contact = Texts.nonBlank(contact, "contact of resource", id);
    description = Texts.nonBlank(description, "description of resource", id);
    checkNotNull(url, "url of resource %s must not be null (use Optional.empty())", id);
    checkNotNull(checked, "checked date of resource %s must not be null", id);
  }
}
