package dev.rapport.assessment.writing;

/**
 * What the {@link LetterComposer} gives: a {@link LetterDraft} to the partner, or, when the
 * report puts safety first, a {@link SafetyHold} that explains why there is no letter and
 * where to find help.
 *
 * <pre>{@code
 * LetterOutcome outcome = LetterComposer.of(kb).compose(report);
 * if (outcome instanceof LetterDraft draft) {
 *   show(draft.sections());
 * } else {
 *   show(outcome.text()); // why there is no letter, and the help resources
 * }
 * }</pre>
 */
public sealed interface LetterOutcome permits LetterDraft, SafetyHold {

  /**
   * The outcome as plain text: the letter as it would be sent, or the explanation and the help
   * resources. The person's words appear exactly as given.
   *
   * @return the text, lines separated by {@code \n}
   */
  String text();

  /**
   * The outcome as Markdown, with every character that Markdown would read as markup escaped,
   * the person's words included.
   *
   * @return the Markdown, lines separated by {@code \n}
   */
  String markdown();
}
