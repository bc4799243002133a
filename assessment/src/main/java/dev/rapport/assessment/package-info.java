/**
 * The assessment: answers in, a safe, explained report out.
 *
 * <p>Start from {@link dev.rapport.assessment.Assessment}: build one over a {@link
 * dev.rapport.core.KnowledgeBase}, show its {@link dev.rapport.assessment.Questionnaire}, and pass
 * the person's {@link dev.rapport.assessment.AssessmentInput} to {@link
 * dev.rapport.assessment.Assessment#assess(AssessmentInput)} for a {@link
 * dev.rapport.assessment.Report}. {@link dev.rapport.assessment.ReportJson} and {@link
 * dev.rapport.assessment.InputJson} give the stable JSON forms; {@link
 * dev.rapport.assessment.Timeline} follows several reports over time.
 *
 * <pre>{@code
 * Assessment assessment = Assessment.of(kb);
 * Report report = assessment.assess(AssessmentInput.builder()
 *     .answer("lonely-together-1", 3)
 *     .context(CauseId.of("work-stress"))
 *     .engagement(PartnerEngagement.WILLING)
 *     .build());
 * String json = ReportJson.toJson(report);
 * }</pre>
 *
 * <p>The pipeline behind {@code assess}, one package-private class per step: validate the input
 * (every problem collected into one {@link dev.rapport.assessment.InvalidInputException}); screen
 * for safety first; score signs, needs and the connection index; infer likely causes; pick the
 * scenario; choose, filter, diversify and stage the recommendations; explain each one. The steps
 * work on a model of the knowledge base compiled once per knowledge base: dense indexes, arrays of
 * relation weights, and the links and sentence fragments of explanations made in advance.
 *
 * <p>The safety rule holds for every input: where the answers show fear of the partner, threats,
 * harm or control, or thoughts of self-harm, the report's safety level is raised, its first
 * recommendation is {@code safety-support}, and it recommends nothing done as a couple and not
 * {@code couples-therapy}. Safety answers are private: they appear only in {@link
 * dev.rapport.assessment.Safety#reasons()}, never anywhere else in a report.
 *
 * <p>Everything here is immutable, thread-safe and deterministic: no clock, no randomness, every
 * list in a documented order with ties broken by id. Nothing returned is null. The results are a
 * self-help aid, not a diagnosis or therapy, and not a crisis service (see {@link
 * dev.rapport.assessment.Report#DISCLAIMER}).
 */
package dev.rapport.assessment;
