package dev.rapport.examples.web;

import dev.rapport.assessment.writing.DraftSection;
import dev.rapport.assessment.writing.LetterDraft;
import dev.rapport.assessment.writing.LetterRequest;
import dev.rapport.core.material.LetterVariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks the letter page's two forms: what the letter is for (its kind, the partner's
 * name, up to two moments in the person's own words), and the person's edited letter (greeting,
 * each section, sign-off).
 *
 * <p>Every problem is found at once and tied to the id of its field, so the page shows it beside
 * that field; everything the person typed is kept, so the page can show it again. Text is cleaned
 * as notes are (see {@link Notes#clean}): markup is kept as typed, and escaped wherever it is
 * shown.
 */
final class LetterForm {
  static final String VARIANT = "variant";
  static final String PARTNER = "partner";
  static final String MOMENT = "moment";
  static final String GREETING = "greeting";
  static final String SIGN_OFF = "signoff";

  /** Section fields are named this followed by the section's key. */
  static final String PART = "part.";

  /** The id of the group of moments, which a problem with their number is tied to. */
  static final String MOMENTS_ID = "moments";

  static final int MAX_GREETING = 120;
  static final int MAX_PART = 2000;
  static final int MAX_SIGN_OFF = 200;

  static final String NOT_A_KIND = "Please choose one of the kinds of letter.";
  static final String ONE_KIND = "Please choose only one kind of letter.";
  static final String ONE_LINE = "Please keep this on one line.";
  static final String TOO_MANY_MOMENTS =
      "Please give at most "
          + LetterRequest.MAX_MOMENTS
          + " moments: one or two concrete moments say more than a list. Keep the ones that"
          + " matter most to you.";
  static final String UNKNOWN_PART =
      "The form held a part that this letter does not have, and it was left out. Please look over"
          + " your letter.";

  private LetterForm() {}

  /** The request value that names a kind of letter, such as {@code difficult-times}. */
  static String nameOf(LetterVariant variant) {
    return variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The id of a moment's field, from 1. */
  static String momentId(int number) {
    return "moment-" + number;
  }

  /** The id of a section's field. */
  static String partId(String key) {
    return "part-" + key;
  }

  static String tooLong(int max, int length) {
    return "This is "
        + length
        + " characters long, and the limit is "
        + max
        + ". Please shorten it.";
  }

  /**
   * Reads what the letter is for.
   *
   * @param params the form fields; others are ignored
   * @return the options as typed, and their problems
   */
  static Options options(Map<String, List<String>> params) {
    FormErrors errors = new FormErrors();
    List<String> kinds = params.getOrDefault(VARIANT, List.of());
    LetterVariant variant = LetterVariant.RECONNECT;
    if (kinds.size() > 1) {
      errors.field(VARIANT, ONE_KIND);
    } else if (kinds.size() == 1) {
      Optional<LetterVariant> known = variantOf(kinds.get(0));
      if (known.isEmpty()) {
        errors.field(VARIANT, NOT_A_KIND);
      }
      variant = known.orElse(variant);
    }
    String partner = Notes.clean(first(params, PARTNER));
    oneLine(PARTNER, partner, LetterRequest.MAX_NAME_LENGTH, errors);
    List<String> moments = new ArrayList<>();
    for (String raw : params.getOrDefault(MOMENT, List.of())) {
      moments.add(Notes.clean(raw));
    }
    long given = moments.stream().filter(m -> !m.isEmpty()).count();
    if (given > LetterRequest.MAX_MOMENTS) {
      errors.field(MOMENTS_ID, TOO_MANY_MOMENTS);
    }
    for (int i = 0; i < moments.size(); i++) {
      int length = moments.get(i).length();
      if (length > LetterRequest.MAX_MOMENT_LENGTH) {
        errors.field(momentId(i + 1), tooLong(LetterRequest.MAX_MOMENT_LENGTH, length));
      }
    }
    return new Options(variant, partner, List.copyOf(moments), errors);
  }

  /**
   * Reads the person's edited letter.
   *
   * @param params the form fields
   * @param structure a draft of the same kind, whose sections say which parts the letter has
   * @return the letter as typed, and its problems
   */
  static Edits edits(Map<String, List<String>> params, LetterDraft structure) {
    FormErrors errors = new FormErrors();
    String greeting = Notes.clean(first(params, GREETING));
    oneLine(GREETING, greeting, MAX_GREETING, errors);
    Map<String, String> parts = new LinkedHashMap<>();
    for (DraftSection section : structure.sections()) {
      String text = Notes.clean(first(params, PART + section.key()));
      if (text.length() > MAX_PART) {
        errors.field(partId(section.key()), tooLong(MAX_PART, text.length()));
      }
      parts.put(section.key(), text);
    }
    for (String name : params.keySet()) {
      if (name.startsWith(PART) && !parts.containsKey(name.substring(PART.length()))) {
        errors.general(UNKNOWN_PART);
      }
    }
    String signOff = Notes.clean(first(params, SIGN_OFF));
    if (signOff.length() > MAX_SIGN_OFF) {
      errors.field(SIGN_OFF, tooLong(MAX_SIGN_OFF, signOff.length()));
    }
    return new Edits(greeting, parts, signOff, errors);
  }

  private static void oneLine(String id, String text, int max, FormErrors errors) {
    if (text.contains("\n")) {
      errors.field(id, ONE_LINE);
    } else if (text.length() > max) {
      errors.field(id, tooLong(max, text.length()));
    }
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  private static Optional<LetterVariant> variantOf(String value) {
    for (LetterVariant v : LetterVariant.values()) {
      if (nameOf(v).equals(value.strip())) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The letter as plain text, as it would be sent: its non-blank parts, a blank line between them.
   * The page's copy button joins the fields the same way.
   */
  static String text(List<String> parts) {
    List<String> kept = parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    return String.join("\n\n", kept) + "\n";
  }

  /**
   * What the letter is for, as typed.
   *
   * @param variant its kind; to reconnect when none or a wrong one was sent
   * @param partner the partner's name, possibly empty
   * @param moments the moment fields as typed, blank ones included, in order
   * @param errors the problems, by field id
   */
  record Options(LetterVariant variant, String partner, List<String> moments, FormErrors errors) {
    /** Options with nothing typed: a letter to reconnect. */
    static Options none() {
      return new Options(LetterVariant.RECONNECT, "", List.of(), new FormErrors());
    }

    /** The request for the composer; only when there is no problem. */
    LetterRequest request() {
      LetterRequest.Builder request = LetterRequest.builder().variant(variant);
      if (!partner.isEmpty()) {
        request.partnerName(partner);
      }
      moments.stream().filter(m -> !m.isEmpty()).forEach(request::moment);
      return request.build();
    }

    /** A request of the same kind with no details: enough to know the letter's sections. */
    LetterRequest kindOnly() {
      return LetterRequest.builder().variant(variant).build();
    }

    /** The moments given, blank ones left out. */
    List<String> given() {
      return moments.stream().filter(m -> !m.isEmpty()).toList();
    }
  }

  /**
   * A letter as the person edited it.
   *
   * @param greeting the first line
   * @param parts each section's words by key, in letter order
   * @param signOff the closing lines
   * @param errors the problems, by field id
   */
  record Edits(String greeting, Map<String, String> parts, String signOff, FormErrors errors) {
    Edits {
      parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The composer's draft as it stands, before any edit. */
    static Edits of(LetterDraft draft) {
      Map<String, String> parts = new LinkedHashMap<>();
      draft.sections().forEach(s -> parts.put(s.key(), s.text()));
      return new Edits(draft.greeting(), parts, draft.signOff(), new FormErrors());
    }

    /** The letter as plain text. */
    String text() {
      List<String> all = new ArrayList<>();
      all.add(greeting);
      all.addAll(parts.values());
      all.add(signOff);
      return LetterForm.text(all);
    }
  }
}
