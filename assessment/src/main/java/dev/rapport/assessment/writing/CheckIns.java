package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.assessment.NeedScore;
import dev.rapport.assessment.Report;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.material.ConversationPrompt;
import dev.rapport.core.material.PromptKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Weekly check-in agendas and conversation starters from a knowledge base's prompts.
 *
 * <p>The agenda has three parts, what went well, what felt off, and how to support each other,
 * each with {@value #QUESTIONS_PER_PART} of the content's check-in questions; for a report, the
 * questions serving its most unmet needs come first. Starters are the content's conversation
 * starters for the report's growth areas: one for each area in turn, most unmet first, until
 * {@value #DEFAULT_STARTERS} are chosen.
 *
 * <p><b>Safety first:</b> for a report that puts safety first, {@link #forReport(Report)} gives a
 * {@link SafetyHold} and nothing for the two of you. Where the partner is unwilling there is no
 * agenda and the starters come with a note to offer them lightly; where the partner wants to
 * leave there is neither, only a note about giving space.
 *
 * <p>Immutable, thread-safe and deterministic: ties are broken by prompt id.
 *
 * <pre>{@code
 * CheckInOutcome outcome = CheckIns.of(kb).forReport(report);
 * System.out.println(outcome.text());
 * }</pre>
 */
public final class CheckIns {
  /** How many questions each part of the agenda has, at most. */
  public static final int QUESTIONS_PER_PART = 2;

  /** How many conversation starters a guide has, at most. */
  public static final int DEFAULT_STARTERS = 5;

  static final List<String> HOW_TO =
      List.of(
          "Fifteen to twenty minutes, once a week, at a time you both choose.",
          "Phones away. Take turns, and listen to understand, not to fix or defend.",
          "Speak from your own side: 'I felt', 'I'd love', 'it helped me when'.");

  static final String CLOSE =
      "Close with one thing you appreciate about each other, and agree when you'll meet next.";

  private final KnowledgeBase kb;

  private CheckIns(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * Makes the guides over a knowledge base's prompts.
   *
   * @param kb the knowledge base
   * @return the guides
   */
  public static CheckIns of(KnowledgeBase kb) {
    return new CheckIns(checkNotNull(kb, "knowledge base must not be null"));
  }

  /**
   * The weekly check-in agenda with no report: the questions of each part in id order.
   *
   * @return the agenda
   */
  public CheckInAgenda weeklyAgenda() {
    return agenda(List.of());
  }

  /**
   * The guides for a report: the agenda and starters, or a {@link SafetyHold} when the report
   * puts safety first.
   *
   * @param report the report
   * @return the guide, or the reason there is none
   */
  public CheckInOutcome forReport(Report report) {
    checkNotNull(report, "report must not be null");
    if (SafetyFirst.applies(kb, report)) {
      return SafetyFirst.hold(
          kb,
          report,
          "No check-in guide was made.",
          List.of(
              "Rapport suggests nothing for you and your partner to do together right now,"
                  + " because your answers put your safety first.",
              "Check-ins and conversation exercises for the two of you are not advised while"
                  + " there is fear, threats, harm or control; they can raise the risk. Please"
                  + " talk first to someone trained to help, such as a domestic-abuse service.",
              SafetyFirst.EMERGENCY));
    }
    List<NeedId> areas = growthAreas(report);
    String scenario = report.scenario().slug();
    List<String> notes = new ArrayList<>();
    if (scenario.equals(LetterComposer.PARTNER_WANTS_TO_LEAVE)) {
      notes.add(
          "Your partner has said they want to leave: this is a time for giving space and"
              + " looking after yourself, not for planned talks. If your partner wants to talk,"
              + " listen.");
      return new CheckInGuide(Optional.empty(), List.of(), notes);
    }
    Optional<CheckInAgenda> agenda = Optional.of(agenda(areas));
    if (scenario.equals(LetterComposer.PARTNER_UNWILLING)) {
      agenda = Optional.empty();
      notes.add(
          "Your partner isn't ready to work on things together now, so a weekly check-in is"
              + " left out. Offer a starter lightly, one at a time, where your partner seems"
              + " open, and let it go if not.");
    }
    List<Starter> starters = starters(areas, DEFAULT_STARTERS);
    if (starters.isEmpty()) {
      notes.add("No need stands out as unmet, so no starter was chosen for one.");
    }
    notes.add(
        "These are invitations, not tests: if a question lands badly, say so kindly and try"
            + " another time.");
    return new CheckInGuide(agenda, starters, notes);
  }

  /**
   * Conversation starters for a report's growth areas, one for each area in turn (most unmet
   * first), each area's starters in id order.
   *
   * @param report the report
   * @param limit how many, at least 1
   * @return the starters; empty when the report puts safety first or no need is unmet
   */
  public List<Starter> starters(Report report, int limit) {
    checkNotNull(report, "report must not be null");
    checkArgument(limit >= 1, "limit must be at least 1 but was %s", limit);
    if (SafetyFirst.applies(kb, report)) {
      return List.of();
    }
    return starters(growthAreas(report), limit);
  }

  /** The growth areas, or failing them the needs with any deficit, most unmet first. */
  private static List<NeedId> growthAreas(Report report) {
    if (!report.growthAreas().isEmpty()) {
      return report.growthAreas();
    }
    return report.needs().stream().filter(n -> n.score() > 0).map(NeedScore::id).toList();
  }

  private List<Starter> starters(List<NeedId> areas, int limit) {
    List<ConversationPrompt> all = prompts(PromptKind.CONVERSATION_STARTER);
    List<List<ConversationPrompt>> byArea = new ArrayList<>();
    for (NeedId need : areas) {
      byArea.add(all.stream().filter(p -> p.needs().contains(need)).toList());
    }
    List<Starter> chosen = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    // one round gives each area, most unmet first, its first starter not yet chosen
    while (chosen.size() < limit) {
      boolean any = false;
      for (int i = 0; i < areas.size() && chosen.size() < limit; i++) {
        for (ConversationPrompt prompt : byArea.get(i)) {
          if (used.contains(prompt.id())) {
            continue;
          }
          chosen.add(new Starter(prompt, areas.get(i)));
          used.add(prompt.id());
          any = true;
          break;
        }
      }
      if (!any) {
        break;
      }
    }
    return List.copyOf(chosen);
  }

  private CheckInAgenda agenda(List<NeedId> areas) {
    Comparator<ConversationPrompt> order =
        Comparator.<ConversationPrompt>comparingInt(p -> rank(p, areas))
            .thenComparing(ConversationPrompt::id);
    List<AgendaItem> items = new ArrayList<>();
    for (AgendaPart part : AgendaPart.values()) {
      items.add(
          new AgendaItem(
              part,
              prompts(PromptKind.CHECK_IN_QUESTION).stream()
                  .filter(p -> AgendaPart.of(p.text()) == part)
                  .sorted(order)
                  .limit(QUESTIONS_PER_PART)
                  .toList()));
    }
    return new CheckInAgenda(HOW_TO, items, CLOSE);
  }

  /** Where a prompt's first matching need stands among the areas; after them all when none. */
  private static int rank(ConversationPrompt prompt, List<NeedId> areas) {
    int best = areas.size();
    for (NeedId need : prompt.needs()) {
      int at = areas.indexOf(need);
      if (at >= 0 && at < best) {
        best = at;
      }
    }
    return best;
  }

  private List<ConversationPrompt> prompts(PromptKind kind) {
    return kb.prompts().stream().filter(p -> p.kind() == kind).toList();
  }
}
