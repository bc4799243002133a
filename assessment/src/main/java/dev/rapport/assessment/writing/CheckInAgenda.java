package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A weekly check-in for a couple: how to hold it, its three parts in order (what went well, what
 * felt off, how to support each other) with the questions for each, and how to close it.
 *
 * <p>Immutable.
 *
 * @param howTo a few plain rules for the check-in, in order
 * @param items the parts, in {@link AgendaPart} order
 * @param close how to end it
 */
public record CheckInAgenda(List<String> howTo, List<AgendaItem> items, String close) {

  /**
   * Copies the parts.
   *
   * @param howTo see the record description
   * @param items see the record description
   * @param close see the record description
   */
  public CheckInAgenda {
    howTo = List.copyOf(howTo);
    items = List.copyOf(items);
    checkNotNull(close, "close must not be null");
  }

  /**
   * The agenda as plain text.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String text() {
    StringBuilder out = new StringBuilder("Weekly check-in\n");
    howTo.forEach(line -> out.append("- ").append(line).append('\n'));
    int number = 1;
    for (AgendaItem item : items) {
      out.append('\n').append(number++).append(". ").append(item.part().title()).append('\n');
      out.append("   ").append(item.part().guidance()).append('\n');
      item.questions().forEach(q -> out.append("   - ").append(q.text()).append('\n'));
    }
    out.append('\n').append(close).append('\n');
    return out.toString();
  }

  /**
   * The agenda as Markdown.
   *
   * @return the Markdown, lines separated by {@code \n}
   */
  public String markdown() {
    StringBuilder out = new StringBuilder("## Weekly check-in\n\n");
    howTo.forEach(line -> out.append("- ").append(Markdown.escape(line)).append('\n'));
    int number = 1;
    for (AgendaItem item : items) {
      out.append("\n### ")
          .append(number++)
          .append(". ")
          .append(Markdown.escape(item.part().title()))
          .append("\n\n")
          .append(Markdown.escape(item.part().guidance()))
          .append("\n\n");
      item.questions().forEach(q -> out.append("- ").append(Markdown.escape(q.text())).append('\n'));
    }
    out.append('\n').append(Markdown.escape(close)).append('\n');
    return out.toString();
  }
}
