package dev.rapport.examples.cli;

import dev.rapport.assessment.writing.Coach;
import dev.rapport.assessment.writing.Review;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport coach}: points out the words in a message that tend to put a partner on the
 * defensive, with a caret under each, the reason, and ways to say it as a feeling, a need and an
 * invitation.
 *
 * <p>The message is the arguments, joined with spaces, or stdin when there is none or the only
 * one is {@code -}. Exit code 0 whether or not there are findings; 2 for an empty or oversized
 * message.
 */
@Command(
    name = "coach",
    sortOptions = false,
    description = {
      "Review a message to your partner for words that tend to put them on the defensive:"
          + " absolutes, blame, reproachful questions, demands, criticism of character, sarcasm"
          + " and dismissal. Each finding comes with a reason and ways to say it instead.",
      "The message is the arguments, or stdin when there is none or the only one is -."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success, with or without findings", "1:internal error", "2:bad input"})
public final class CoachCommand extends CliCommand {
  /** The longest message the command reviews, in characters. */
  static final int MAX_LENGTH = 100_000;

  @Parameters(
      arity = "0..*",
      paramLabel = "TEXT",
      description = "The message; quote it, or give - or nothing to read stdin.")
  List<String> words = List.of();

  /** Makes the command; picocli sets its parameters. */
  public CoachCommand() {}

  @Override
  int run() throws IOException {
    String text =
        words.isEmpty() || words.equals(List.of("-")) ? readStdin() : String.join(" ", words);
    if (text.isBlank()) {
      throw new InputError("nothing to review: the message is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InputError(
          "the message is " + text.length() + " characters long; the most is " + MAX_LENGTH);
    }
    Review review = Coach.standard().review(text);
    if (review.isInvitational()) {
      out().println("Nothing found: this reads as an invitation.");
      return OK;
    }
    int count = review.findings().size();
    out().println(count + (count == 1 ? " thing" : " things") + " to look at again:");
    out().println();
    FindingText.print(review, out());
    out().println(
        "These are suggestions, not verdicts: you know your partner and your words best.");
    return OK;
  }

  private static String readStdin() throws IOException {
    // not closed: stdin belongs to the process
    Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int read;
    while ((read = in.read(buffer)) >= 0) {
      text.append(buffer, 0, read);
      if (text.length() > MAX_LENGTH) {
        throw new InputError("the message on stdin is longer than " + MAX_LENGTH + " characters");
      }
    }
    return text.toString();
  }
}
