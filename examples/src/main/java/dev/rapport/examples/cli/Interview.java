package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Wrap.wrap;

import dev.rapport.assessment.Item;
import dev.rapport.assessment.Section;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Asks the items one at a time, checking each answer on the spot: {@code b} goes back, {@code s}
 * skips, {@code q} quits. Answers are kept by item id, in memory only.
 */
final class Interview {
  enum Outcome {
    FINISHED,
    QUIT,
    INPUT_ENDED
  }

  private final List<Item> items;
  private final LineInput in;
  private final PrintWriter out;
  private final Map<String, Integer> answers = new HashMap<>();
  private Consumer<Map<String, Integer>> afterSafety = answers -> {};

  Interview(List<Item> items, LineInput in, PrintWriter out) {
    this.items = List.copyOf(items);
    this.in = in;
    this.out = out;
  }

  /** Runs once, when the person first moves on from the safety questions. */
  Interview afterSafety(Consumer<Map<String, Integer>> action) {
    this.afterSafety = action;
    return this;
  }

  Outcome run() {
    int index = 0;
    Section shown = null;
    boolean safetyDone = false;
    while (index < items.size()) {
      Item item = items.get(index);
      if (!safetyDone && part(item) != Section.SAFETY && index > 0) {
        safetyDone = true;
        afterSafety.accept(Map.copyOf(answers));
      }
      if (part(item) != shown) {
        shown = part(item);
        out.println();
        out.print(wrap(introduction(shown), ""));
      }
      ask(index, item);
      Optional<String> line = in.readLine("> ");
      if (line.isEmpty()) {
        return Outcome.INPUT_ENDED;
      }
      String typed = line.get().strip().toLowerCase(Locale.ROOT);
      switch (typed) {
        case "q", "quit" -> {
          return Outcome.QUIT;
        }
        case "b", "back" -> {
          if (index == 0) {
            out.println("This is the first question; there is nothing to go back to.");
          } else {
            index--;
          }
        }
        case "s", "skip" -> {
          answers.remove(item.id());
          index++;
        }
        default -> {
          int value = ScaleAnswer.parse(item.scale(), typed);
          if (value < 0) {
            out.print(wrap(ScaleAnswer.reason(item.scale(), line.get()), ""));
          } else {
            answers.put(item.id(), value);
            index++;
          }
        }
      }
    }
    return Outcome.FINISHED;
  }

  private void ask(int index, Item item) {
    out.println();
    out.println("Question " + (index + 1) + " of " + items.size());
    out.print(wrap(item.text(), "  "));
    String previous =
        Optional.ofNullable(answers.get(item.id()))
            .map(v -> "  (your answer: " + item.scale().label(v) + ")")
            .orElse("");
    out.println("  " + ScaleAnswer.legend(item.scale()) + previous);
    out.flush();
  }

  /**
   * The part of the check-up an item belongs to: the safety part holds the safety questions and
   * every other sensitive item (the statements of safety signs, the questions of safety causes).
   */
  static Section part(Item item) {
    return item.sensitive() ? Section.SAFETY : item.section();
  }

  /** The answers given, by item id; skipped items are absent. */
  Map<String, Integer> answers() {
    return Map.copyOf(answers);
  }

  private static String introduction(Section section) {
    return switch (section) {
      case SAFETY ->
          "First, your safety. These answers are private: they are for you, never for your"
              + " partner. How often is each true for you?";
      case SIGNS -> "Now, how things are between you. How often is each true for you?";
      case CONTEXT -> "What is going on in your lives? Answer yes or no.";
      case ENGAGEMENT -> "Last, your partner.";
    };
  }
}
