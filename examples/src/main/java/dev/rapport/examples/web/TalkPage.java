package dev.rapport.examples.web;

import dev.rapport.assessment.writing.AgendaItem;
import dev.rapport.assessment.writing.CheckInAgenda;
import dev.rapport.assessment.writing.CheckInGuide;
import dev.rapport.core.material.ConversationPrompt;
import java.util.List;
import java.util.Optional;

/**
 * What the "talking together" page shows for the person's last result: the weekly check-in agenda
 * and conversation starters for their growth areas, with what to keep in mind.
 *
 * @param agenda the weekly check-in; empty when the partner is unwilling or wants to leave
 * @param starters the conversation starters, in the order to try them
 * @param notes what to keep in mind, most important first
 */
record TalkPage(Optional<AgendaView> agenda, List<StarterView> starters, List<String> notes) {

  static TalkPage of(CheckInGuide guide, Names names) {
    return new TalkPage(
        guide.agenda().map(AgendaView::of),
        guide.starters().stream()
            .map(s -> new StarterView(s.prompt().text(), names.name(s.need())))
            .toList(),
        guide.notes());
  }

  /**
   * A weekly check-in.
   *
   * @param howTo a few plain rules for it
   * @param parts its parts, in order
   * @param close how to end it
   */
  record AgendaView(List<String> howTo, List<PartView> parts, String close) {
    static AgendaView of(CheckInAgenda agenda) {
      return new AgendaView(
          agenda.howTo(), agenda.items().stream().map(PartView::of).toList(), agenda.close());
    }
  }

  /**
   * One part of the check-in.
   *
   * @param title its title
   * @param guidance how to go through it
   * @param questions the questions to ask in it
   */
  record PartView(String title, String guidance, List<String> questions) {
    static PartView of(AgendaItem item) {
      return new PartView(
          item.part().title(),
          item.part().guidance(),
          item.questions().stream().map(ConversationPrompt::text).toList());
    }
  }

  /**
   * One conversation starter.
   *
   * @param text the words to say
   * @param need the name of the need it was chosen for
   */
  record StarterView(String text, String need) {}
}
