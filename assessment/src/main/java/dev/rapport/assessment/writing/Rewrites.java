package dev.rapport.assessment.writing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suggestions of the coach: a rewrite as a feeling, a need and an invitation, chosen by what
 * the sentence is about, then a general tip for the kind of wording found.
 *
 * <p>Every suggestion is itself invitational: the coach finds nothing in it (a test holds this).
 */
final class Rewrites {

  /** What a sentence is about, each with its rewrite. The first listed wins a tie. */
  enum Topic {
    SCREENS(
        "phones?|screens?|tv|telly|laptop|computer|scroll\\w*|video games?|games?|instagram"
            + "|netflix|emails?",
        "I miss having your attention in the evenings, and I'd love some time that is just ours."
            + " Could we try a phone-free dinner together this week?"),
    AFFECTION(
        "hugs?|kiss\\w*|touch\\w*|hold (?:my hand|me)|cuddl\\w*|affection\\w*|sex|intima\\w*"
            + "|close to me|in bed",
        "I miss being close to you, and a little more touch would mean a lot to me. Could we"
            + " start with a long hug when one of us gets home?"),
    SUPPORT(
        "upset|sad|cry\\w*|scared|afraid|worried|hard day|bad day|there for me|comfort\\w*"
            + "|support\\w*|stressed|struggl\\w*",
        "When I'm having a hard time I feel alone with it, and I'd love to lean on you. Could"
            + " you sit with me for a few minutes when I've had a rough day?"),
    // before HEARD: "talk down" starts where HEARD's "talk" does, and the first listed wins
    RESPECT(
        "critici\\w*|judg\\w*|yell\\w*|shout\\w*|tone|respect\\w*|blam\\w*|put me down|talk down"
            + "|wrong|fault|mock\\w*|roll\\w*|calm|sensitive|dramatic|overreact\\w*",
        "I feel hurt when our talks turn sharp, and I'd love them to feel safe for both of us."
            + " Could we try again tomorrow, slowly, taking turns to listen?"),
    HEARD(
        "listen\\w*|hear\\w*|talk\\w*|tell\\w*|told|conversations?|speak\\w*|ask\\w*|interrupt\\w*"
            + "|ignor\\w*|nod\\w*|answer\\w*|respond\\w*|repl\\w*|my day",
        "I miss our talks and feeling really heard by you. Could we take twenty minutes after"
            + " dinner, phones away, to tell each other about our day?"),
    LOAD(
        "help\\w*|chores?|dishes|laundry|clean\\w*|cook\\w*|house\\w*|kids|children|bins|trash"
            + "|everything myself|do everything|thank\\w*|notic\\w*|appreciat\\w*|efforts?"
            + "|for granted|mess",
        "I feel stretched thin at home, and I'd love to feel that we're sharing the load. Could"
            + " we sit down this weekend and plan the week together?"),
    TRUST(
        "promis\\w*|said you would|forg\\w*|remember\\w*|on time|late|li(?:e|ed|es)|lying|honest"
            + "|call\\w*|text\\w*|plans?|cancel\\w*",
        "I feel uneasy when plans change without a word, because I'd love to be able to count"
            + " on us. Could we agree on one or two things for this week and check in on Sunday?"),
    PLAY(
        "fun|laugh\\w*|boring|jokes?|play\\w*|spontaneous",
        "I miss laughing with you. Could we plan something just for fun this weekend?"),
    FUTURE(
        "future|goals?|holidays?|vacations?|trips?|sav(?:e|ing)|dreams?",
        "I miss dreaming about the future with you. Could we set aside an evening to talk about"
            + " what we'd like this year to hold?"),
    TIME(
        "time|together|home|busy|evenings?|weekends?|go out|dates?|work\\w*|friends|nights?"
            + "|anything",
        "I miss spending time with you, and I'd love an evening that is just ours. Could we plan"
            + " one this week?"),
    CLOSENESS(
        "",
        "I miss feeling close to you, and I'd love us to find our way back to each other. Could"
            + " we find a quiet moment this week to talk, whenever it suits you?");

    private final Pattern keywords;
    private final String rewrite;

    Topic(String keywords, String rewrite) {
      this.keywords =
          keywords.isEmpty()
              ? null
              : Pattern.compile("\\b(?:" + keywords + ")\\b", Pattern.CASE_INSENSITIVE);
      this.rewrite = rewrite;
    }

    String rewrite() {
      return rewrite;
    }

    /** Where this topic is first mentioned in {@code text}, or -1. */
    int firstMention(String text) {
      if (keywords == null) {
        return -1;
      }
      Matcher m = keywords.matcher(text);
      return m.find() ? m.start() : -1;
    }
  }

  private Rewrites() {}

  /** The topic of the clause around a finding, else of its sentence, else of the whole text. */
  static Topic topic(Passage passage, int start, int end) {
    String clause =
        passage.text().substring(passage.clauseStart(start), Math.max(end, passage.clauseEnd(end)));
    for (String text : List.of(clause, passage.sentence(start), passage.text())) {
      Topic best = null;
      int where = Integer.MAX_VALUE;
      for (Topic topic : Topic.values()) {
        int at = topic.firstMention(text);
        if (at >= 0 && at < where) {
          best = topic;
          where = at;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return Topic.CLOSENESS;
  }

  /** The general tip for a category. */
  static String tip(Category category) {
    return switch (category) {
      case ABSOLUTE ->
          "Name one recent moment instead of the whole record: 'Last night, when I told you"
              + " about my day, I felt alone.'";
      case BLAME ->
          "Say what you feel and need rather than who caused it: 'I'm feeling overwhelmed, and"
              + " I'd love us to work this out together.'";
      case REPROACHFUL_QUESTION ->
          "Swap the question for an open door: 'I'd love to hear what's on your mind, whenever"
              + " you're ready.'";
      case DEMAND ->
          "Turn it into a request your partner can freely say yes to: 'Would you be willing to"
              + " try this with me this week?'";
      case CHARACTER_CRITICISM ->
          "Describe one moment and how it felt, not who your partner is: 'I felt hurt when the"
              + " plans changed without a word.'";
      case CONTEMPT ->
          "Say the feeling plainly: 'I'm disappointed, and I'd like to talk about it when we're"
              + " both ready.'";
      case DISMISSAL ->
          "Acknowledge the feeling first: 'I can see this really matters to you. Tell me more.'";
    };
  }

  /** The suggestions for a finding: the tailored rewrite, then the tip. */
  static List<String> suggestions(Passage passage, int start, int end, Category category) {
    return List.of(topic(passage, start, end).rewrite(), tip(category));
  }
}
