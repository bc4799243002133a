package dev.rapport.examples.web;

import dev.rapport.assessment.writing.Coach;
import dev.rapport.assessment.writing.DraftSection;
import dev.rapport.assessment.writing.Finding;
import dev.rapport.assessment.writing.LetterDraft;
import dev.rapport.assessment.writing.LetterRequest;
import dev.rapport.assessment.writing.Review;
import dev.rapport.core.material.LetterVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the letter page shows: the form that says what the letter is for, and the draft, part by
 * part, each in a field the person can edit, with the coach's findings marked in its words and
 * explained beside them. The draft exists only in this page and the person's form fields.
 *
 * @param variants the kinds of letter to choose from, in order
 * @param partner the partner's name as typed
 * @param moments the moment fields, at least {@value LetterRequest#MAX_MOMENTS}
 * @param variantError the problem with the kind of letter, if any
 * @param partnerError the problem with the name, if any
 * @param momentsError the problem with the moments as a whole, if any
 * @param draft the draft, when there is one to show
 * @param errors every problem, for the summary at the top: each links to its field
 * @param checked true when the person asked the coach to check their words
 */
record LetterPage(
    List<VariantChoice> variants,
    String partner,
    List<Field> moments,
    Optional<String> variantError,
    Optional<String> partnerError,
    Optional<String> momentsError,
    Optional<DraftView> draft,
    List<CheckUpPage.ErrorLink> errors,
    boolean checked) {

  /**
   * Builds the page.
   *
   * @param options what the letter is for, as typed
   * @param structure a draft of the chosen kind, for the sections' titles, guidance and notes;
   *     empty when there is no draft to show
   * @param edits the letter's words to show, the person's or the composer's
   * @param checked true when the person asked for the check
   * @return the page
   */
  static LetterPage of(
      LetterForm.Options options,
      Optional<LetterDraft> structure,
      Optional<LetterForm.Edits> edits,
      boolean checked) {
    FormErrors errors = options.errors();
    List<VariantChoice> variants = new ArrayList<>();
    for (LetterVariant v : LetterVariant.values()) {
      variants.add(
          new VariantChoice(
              LetterForm.nameOf(v),
              Labels.letter(v),
              Labels.letterPurpose(v),
              v == options.variant()));
    }
    List<Field> moments = new ArrayList<>();
    int fields = Math.max(LetterRequest.MAX_MOMENTS, options.moments().size());
    for (int i = 0; i < fields; i++) {
      String id = LetterForm.momentId(i + 1);
      moments.add(
          new Field(
              id,
              i == 0 ? "A first moment" : i == 1 ? "A second moment" : "Another moment",
              i < options.moments().size() ? options.moments().get(i) : "",
              errors.of(id)));
    }
    List<CheckUpPage.ErrorLink> summary = new ArrayList<>();
    errors.general().forEach(m -> summary.add(new CheckUpPage.ErrorLink("#letter-options", m)));
    errors.byField().forEach((id, m) -> summary.add(new CheckUpPage.ErrorLink("#" + id, m)));
    Optional<DraftView> draft = Optional.empty();
    if (structure.isPresent() && edits.isPresent()) {
      DraftView view = DraftView.of(options, structure.get(), edits.get());
      edits
          .get()
          .errors()
          .general()
          .forEach(m -> summary.add(new CheckUpPage.ErrorLink("#letter", m)));
      for (PartView part : view.parts()) {
        part.error().ifPresent(m -> summary.add(new CheckUpPage.ErrorLink("#" + part.id(), m)));
      }
      draft = Optional.of(view);
    }
    return new LetterPage(
        List.copyOf(variants),
        options.partner(),
        List.copyOf(moments),
        errors.of(LetterForm.VARIANT),
        errors.of(LetterForm.PARTNER),
        errors.of(LetterForm.MOMENTS_ID),
        draft,
        List.copyOf(summary),
        checked);
  }

  /** True when the options should show open: there is no draft yet, or they have a problem. */
  boolean optionsOpen() {
    return draft.isEmpty()
        || variantError.isPresent()
        || partnerError.isPresent()
        || momentsError.isPresent()
        || moments.stream().anyMatch(m -> m.error().isPresent());
  }

  int maxName() {
    return LetterRequest.MAX_NAME_LENGTH;
  }

  int maxMoment() {
    return LetterRequest.MAX_MOMENT_LENGTH;
  }

  /**
   * One kind of letter to choose.
   *
   * @param value the value the form sends
   * @param label its name
   * @param purpose what it is for
   * @param checked true when it is chosen
   */
  record VariantChoice(String value, String label, String purpose, boolean checked) {
    String inputId() {
      return "variant-" + value;
    }
  }

  /**
   * One text field of the options form.
   *
   * @param id its id, which its label and its problem point to
   * @param label its label
   * @param text the text as typed
   * @param error the problem with it, if any
   */
  record Field(String id, String label, String text, Optional<String> error) {
    String errorId() {
      return "error-" + id;
    }
  }

  /**
   * The draft: its parts in letter order, and what to know before sending it.
   *
   * @param hidden what the letter is for, carried as hidden fields so the letter can be checked and
   *     downloaded without anything kept on the server
   * @param parts the greeting, the sections and the sign-off, in letter order
   * @param notes what the person should know before sending it; not part of the letter
   * @param findings how many findings the coach made in the whole letter
   */
  record DraftView(
      List<SaveForm.Field> hidden, List<PartView> parts, List<String> notes, int findings) {

    static DraftView of(LetterForm.Options options, LetterDraft structure, LetterForm.Edits edits) {
      List<SaveForm.Field> hidden = new ArrayList<>();
      hidden.add(new SaveForm.Field(LetterForm.VARIANT, LetterForm.nameOf(options.variant())));
      if (!options.partner().isEmpty()) {
        hidden.add(new SaveForm.Field(LetterForm.PARTNER, options.partner()));
      }
      options.given().forEach(m -> hidden.add(new SaveForm.Field(LetterForm.MOMENT, m)));
      FormErrors errors = edits.errors();
      List<PartView> parts = new ArrayList<>();
      parts.add(
          PartView.of(
              LetterForm.GREETING,
              LetterForm.GREETING,
              "Greeting",
              "How you open the letter. Change it to the name you use for your partner.",
              edits.greeting(),
              true,
              LetterForm.MAX_GREETING,
              errors.of(LetterForm.GREETING)));
      for (DraftSection section : structure.sections()) {
        String id = LetterForm.partId(section.key());
        parts.add(
            PartView.of(
                id,
                LetterForm.PART + section.key(),
                section.title(),
                section.guidance(),
                edits.parts().getOrDefault(section.key(), ""),
                false,
                LetterForm.MAX_PART,
                errors.of(id)));
      }
      parts.add(
          PartView.of(
              LetterForm.SIGN_OFF,
              LetterForm.SIGN_OFF,
              "Sign-off",
              "How you close, and your name if you want to add it.",
              edits.signOff(),
              false,
              LetterForm.MAX_SIGN_OFF,
              errors.of(LetterForm.SIGN_OFF)));
      int findings = parts.stream().mapToInt(p -> p.findings().size()).sum();
      return new DraftView(List.copyOf(hidden), List.copyOf(parts), structure.notes(), findings);
    }
  }

  /**
   * One editable part of the letter.
   *
   * @param id the id of its field
   * @param name the field's name
   * @param title its title; not part of the letter
   * @param guidance what it is for; not part of the letter
   * @param text its words as they stand
   * @param oneLine true for the greeting, a single line
   * @param maxLength the most characters it takes
   * @param error the problem with it, if any
   * @param highlight its words with the findings marked, escaped
   * @param findings what the coach found in its words, numbered as the marks are
   */
  record PartView(
      String id,
      String name,
      String title,
      String guidance,
      String text,
      boolean oneLine,
      int maxLength,
      Optional<String> error,
      Highlight highlight,
      List<FindingView> findings) {

    static PartView of(
        String id,
        String name,
        String title,
        String guidance,
        String text,
        boolean oneLine,
        int maxLength,
        Optional<String> error) {
      Review review = Coach.standard().review(text);
      List<FindingView> findings = new ArrayList<>();
      for (int i = 0; i < review.findings().size(); i++) {
        findings.add(FindingView.of(i + 1, review.findings().get(i)));
      }
      return new PartView(
          id,
          name,
          title,
          guidance,
          text,
          oneLine,
          maxLength,
          error,
          Highlight.of(text, review.findings()),
          List.copyOf(findings));
    }

    String errorId() {
      return "error-" + id;
    }

    String hintId() {
      return "hint-" + id;
    }

    String reviewId() {
      return "review-" + id;
    }

    /** The ids that describe the field: its guidance, its problem, and the coach's notes. */
    String describedBy() {
      List<String> ids = new ArrayList<>(List.of(hintId()));
      error.ifPresent(e -> ids.add(errorId()));
      if (!findings.isEmpty()) {
        ids.add(reviewId());
      }
      return String.join(" ", ids);
    }

    /** Rows enough for the text, within reason. */
    int rows() {
      int lines = (int) text.lines().count() + text.length() / 90;
      return Math.max(maxLength <= LetterForm.MAX_SIGN_OFF ? 2 : 4, Math.min(12, lines + 1));
    }
  }

  /**
   * One finding of the coach, as the page explains it.
   *
   * @param number its number, as its mark shows it
   * @param label what kind of wording it is
   * @param quote the words found
   * @param reason why they tend to land badly
   * @param suggestions other ways to say it, the one fitted to the sentence first
   */
  record FindingView(
      int number, String label, String quote, String reason, List<String> suggestions) {
    static FindingView of(int number, Finding finding) {
      return new FindingView(
          number,
          finding.category().label(),
          finding.quote(),
          finding.reason(),
          finding.suggestions());
    }
  }
}
