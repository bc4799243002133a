/**
 * Rapport's assessment: a questionnaire built from a knowledge base, a safety screen, scoring,
 * likely causes, and explained, staged, safe recommendations, with a stable JSON form.
 *
 * <p>Start from {@link dev.rapport.assessment.Assessment}; the writing help (letter drafts, the
 * invitational-language coach, check-in guides) is in {@code dev.rapport.assessment.writing}.
 */
module dev.rapport.assessment {
  requires transitive dev.rapport.core;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports dev.rapport.assessment;
  exports dev.rapport.assessment.writing;

  // Jackson binds the package-private wire records of ReportJson by reflection.
  opens dev.rapport.assessment to
      com.fasterxml.jackson.databind;
}
