package dev.rapport.assessment.writing;

/**
 * What {@link CheckIns#forReport(dev.rapport.assessment.Report)} gives: a {@link CheckInGuide},
 * or, when the report puts safety first, a {@link SafetyHold} with the reason and the help
 * resources instead.
 */
public sealed interface CheckInOutcome permits CheckInGuide, SafetyHold {

  /**
   * The outcome as plain text.
   *
   * @return the text, lines separated by {@code \n}
   */
  String text();

  /**
   * The outcome as Markdown, with markup in the content's words escaped.
   *
   * @return the Markdown, lines separated by {@code \n}
   */
  String markdown();
}
