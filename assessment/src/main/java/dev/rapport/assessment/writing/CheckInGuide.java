package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * Guides for talking together, chosen for a report: a weekly check-in agenda and conversation
 * starters for its growth areas.
 *
 * <p>Immutable.
 *
 * @param agenda the weekly check-in; empty when the partner is unwilling or wants to leave, since
 *     a check-in needs two willing people
 * @param starters conversation starters for the growth areas, in the order to try them
 * @param notes what to keep in mind, most important first
 */
public record CheckInGuide(Optional<CheckInAgenda> agenda, List<Starter> starters, List<String> notes)
    implements CheckInOutcome {

  /**
   * Checks and copies the parts.
   *
   * @param agenda see the record description
   * @param starters see the record description
   * @param notes see the record description
   */
  public CheckInGuide {
    checkNotNull(agenda, "agenda must not be null (use Optional.empty())");
    starters = List.copyOf(starters);
    notes = List.copyOf(notes);
  }

  @Override
  public String text() {
    StringBuilder out = new StringBuilder();
    agenda.ifPresent(a -> out.append(a.text()).append('\n'));
    if (!starters.isEmpty()) {
      out.append("Conversation starters\n");
      starters.forEach(s -> out.append("- ").append(s.prompt().text()).append('\n'));
      out.append('\n');
    }
    notes.forEach(n -> out.append(n).append('\n'));
    return out.toString();
  }

  @Override
  public String markdown() {
    StringBuilder out = new StringBuilder();
    agenda.ifPresent(a -> out.append(a.markdown()).append('\n'));
    if (!starters.isEmpty()) {
      out.append("## Conversation starters\n\n");
      starters.forEach(s -> out.append("- ").append(Markdown.escape(s.prompt().text())).append('\n'));
      out.append('\n');
    }
    notes.forEach(n -> out.append(Markdown.escape(n)).append("\n\n"));
    return out.toString();
  }
}
