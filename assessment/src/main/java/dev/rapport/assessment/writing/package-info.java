/**
 * Writing help: a coach for invitational language, letters to the partner drafted from a report,
 * and guides for weekly check-ins and conversation starters.
 *
 * <p>Start from {@link dev.rapport.assessment.writing.Coach#standard()} to review a message: its
 * {@link dev.rapport.assessment.writing.Review} lists each {@link
 * dev.rapport.assessment.writing.Finding} (absolutes, blame, reproachful questions, demands,
 * criticism of character, contempt, dismissal) with its place in the text, the reason it lands
 * badly, and rewrites as a feeling, a need and an invitation.
 *
 * <p>{@link dev.rapport.assessment.writing.LetterComposer} drafts a letter from a {@link
 * dev.rapport.assessment.Report}, section by section, following the letter method of the sources;
 * its drafts pass the coach. <b>Safety first:</b> when a report's safety level is raised, it drafts
 * nothing for the partner and returns a {@link dev.rapport.assessment.writing.SafetyHold}
 * with the reason and the help resources instead. {@link
 * dev.rapport.assessment.writing.CheckIns} makes a weekly check-in agenda and picks conversation
 * starters for a report's growth areas, under the same rule.
 *
 * <pre>{@code
 * Review review = Coach.standard().review("You never listen to me.");
 * LetterOutcome letter = LetterComposer.of(kb).compose(report);
 * CheckInOutcome guide = CheckIns.of(kb).forReport(report);
 * }</pre>
 *
 * <p>Everything here is English, deterministic (no clock, no randomness, no network), immutable and
 * thread-safe; nothing returned is null. The person's own words (names, moments) are used exactly
 * as given in plain text and escaped in Markdown.
 */
package dev.rapport.assessment.writing;
