package dev.rapport.assessment.writing;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;

/**
 * The words of the letters, in the project's own voice: first-person experiences for the signs,
 * feelings for the unmet needs, a curious and kind guess for each cause, and an invitation for
 * each intervention done as a couple.
 *
 * <p>Guesses about causes are worded as wondering, never as fact. Only ids listed here ever reach
 * a letter. An id an app's own content adds is left out, so no
 * text the coach has not seen goes to a partner; and some ids are left out on purpose, because
 * they are private or would read as pressure: feeling afraid of the partner (a safety sign),
 * thinking about leaving, looking for connection elsewhere, low mood, and the partner wanting to
 * leave (which the letter handles as a whole).
 */
final class Phrases {
  private Phrases() {}

  private static final Map<String, String> EXPERIENCES =
      Map.ofEntries(
          entry(
              "surface-level-conversations",
              "Lately most of our talk seems to be about schedules, chores and plans, and I miss"
                  + " the conversations where we told each other how we really were."),
          entry(
              "lack-of-curiosity",
              "I miss the evenings when we asked each other about our days, our plans and what"
                  + " was on our minds."),
          entry(
              "dismissed-bids",
              "When I try to share something that excites or worries me, I'm often not sure it"
                  + " reaches you, and I end up wishing I hadn't brought it up."),
          entry(
              "emotional-unavailability",
              "When I'm upset or scared, I find myself wishing I could turn to you, and not quite"
                  + " knowing how."),
          entry(
              "withholding-feelings",
              "I've noticed that I keep more of my thoughts and feelings to myself than I used"
                  + " to, and I think it may be the same for you."),
          entry(
              "feeling-invisible",
              "Some days I feel as if my thoughts and needs go unnoticed, and that is a lonely"
                  + " feeling."),
          entry(
              "lonely-together",
              "There are evenings when we're in the same room and I still feel alone, more like"
                  + " housemates than partners."),
          entry(
              "emotional-self-sufficiency",
              "I've started carrying my worries on my own, and I miss being able to lean on"
                  + " you."),
          entry(
              "diminished-intimacy",
              "I miss the hugs, the hand-holding and the closeness we used to share."),
          entry(
              "living-separate-lives",
              "Much of our free time seems to be spent apart now, and I miss the things we used"
                  + " to do together."),
          entry(
              "conflict-avoidance",
              "I think we've both been letting hard things go unsaid, and they seem to sit"
                  + " between us."),
          entry(
              "shutting-down",
              "When I bring up how I feel, our talks seem to leave us both feeling worse, and I'd"
                  + " like to find a gentler way to have them."),
          entry(
              "indifference",
              "I miss sharing the good and the hard things in our lives and feeling that they"
                  + " matter to both of us."),
          entry(
              "avoiding-the-future",
              "Making plans together has started to feel awkward, and I miss dreaming about our"
                  + " future with you."),
          entry(
              "resentment",
              "I've noticed a frustration building in me that I don't want to turn into"
                  + " bitterness, and I'd rather tell you about it than let it grow."),
          entry(
              "digital-distraction",
              "Our time together often ends up with one of us on a screen, and I miss having"
                  + " each other's full attention."),
          entry(
              "eroding-self-worth",
              "Sometimes I catch myself wondering whether I still matter to you the way I used"
                  + " to."),
          entry(
              "loss-of-playfulness",
              "I miss laughing together; life lately has felt like a lot of duty and very little"
                  + " fun."),
          entry(
              "growing-silence",
              "There are long quiet stretches between us now, and I miss hearing from you about"
                  + " more than practical things."),
          entry(
              "worn-out-from-trying",
              "I've tried to say what I need before, and I don't think I found a way that"
                  + " reached you. I'm tired, and I'd like us to find a new way together."));

  private static final Map<String, String> FEELINGS =
      Map.ofEntries(
          entry(
              "being-heard",
              "I feel lonely when I can't tell whether what I say has landed, and I miss feeling"
                  + " heard by you."),
          entry(
              "validation",
              "I long to feel that my feelings make sense to you, even when we see things"
                  + " differently."),
          entry(
              "emotional-support",
              "In hard moments I feel alone with what I'm carrying, and I miss the comfort of"
                  + " having you beside me."),
          entry(
              "appreciation",
              "I'd love to feel noticed and valued for what I bring to our life, and I want you"
                  + " to feel that from me too."),
          entry(
              "affection",
              "I miss your touch and the warmth of being close, and without it I feel far from"
                  + " you."),
          entry(
              "quality-time",
              "I miss time with you that is just ours, and without it I feel us drifting."),
          entry(
              "emotional-safety",
              "I'd love for us to be able to share what's hard without either of us feeling"
                  + " judged."),
          entry(
              "trust",
              "I want to feel that we can count on each other, and when that feels shaky I feel"
                  + " uneasy."),
          entry(
              "shared-purpose",
              "I miss feeling that we're building something together and heading the same"
                  + " way."),
          entry(
              "playfulness",
              "I miss the lightness between us, and everything feeling so serious weighs on"
                  + " me."),
          entry(
              "respect",
              "I want us both to feel respected, and trusted to do things in our own way."),
          entry(
              "personal-space",
              "I also need some room of my own to think and recover, and I want you to have"
                  + " that too."),
          entry(
              "emotional-intimacy",
              "I miss knowing what's in your heart, and sharing what's in mine."));

  /** What the person has missed, for the reasons of a leaving letter. */
  private static final Map<String, String> MISSED =
      Map.ofEntries(
          entry("being-heard", "feeling heard"),
          entry("validation", "feeling understood"),
          entry("emotional-support", "comfort in hard times"),
          entry("appreciation", "feeling valued"),
          entry("affection", "closeness and affection"),
          entry("quality-time", "time together"),
          entry("emotional-safety", "feeling safe to be open"),
          entry("trust", "feeling that we can rely on each other"),
          entry("shared-purpose", "a shared sense of where we're going"),
          entry("playfulness", "lightness and fun"),
          entry("respect", "feeling respected"),
          entry("personal-space", "room to be myself"),
          entry("emotional-intimacy", "emotional closeness"));

  private static final Map<String, String> GUESSES =
      Map.ofEntries(
          entry(
              "work-stress",
              "I wonder whether work has been asking more of you than you've let on, and"
                  + " whether you've been carrying that pressure on your own."),
          entry(
              "financial-strain",
              "I wonder whether money worries have been weighing on you more than you've"
                  + " said."),
          entry(
              "family-demands",
              "Maybe, between the family and everything we look after, there has been little"
                  + " left over for either of us."),
          entry(
              "major-life-change",
              "Maybe so much has changed for us lately that we haven't had a chance to find our"
                  + " feet in it together."),
          entry(
              "personal-struggles",
              "I wonder whether you've been struggling inside more than I've realised, and if"
                  + " so, I'd like to be there for you."),
          entry(
              "difficulty-expressing-emotions",
              "Maybe feelings aren't always easy to put into words, and my wanting to talk has"
                  + " felt like a lot."),
          entry(
              "childhood-emotional-neglect",
              "Maybe talking about feelings wasn't something either of us learned much about"
                  + " growing up, and that makes all this harder."),
          entry(
              "fear-of-intimacy",
              "Maybe getting close has come to feel risky, for reasons I may not fully know, and"
                  + " I'd like to understand."),
          entry(
              "unresolved-conflict",
              "I wonder whether some of our old arguments still sit with you, the way some"
                  + " still sit with me."),
          entry(
              "accumulated-hurts",
              "I wonder whether there are hurts between us that were never talked through,"
                  + " including ones I may have caused without realising."),
          entry(
              "unsafe-conversations",
              "Maybe talking with me has started to feel like being judged or having to get"
                  + " things right, and I can understand why quiet might feel safer."),
          entry(
              "unmet-needs",
              "Maybe there are things you need from me that you haven't felt able to say, or"
                  + " that I haven't heard, and I'd really like to know."),
          entry(
              "mismatched-needs",
              "I think we might show and need closeness in different ways, and I'd like to"
                  + " understand yours better."),
          entry(
              "broken-trust",
              "I know trust between us has been shaken, and I'd like to understand how that has"
                  + " been for you."),
          entry(
              "loss-of-shared-identity",
              "I wonder whether you've felt, as I have, that our lives have drifted onto"
                  + " parallel tracks."),
          entry(
              "routine-and-complacency",
              "Maybe everyday routine has simply crowded out the fun we used to have, for both"
                  + " of us."),
          entry(
              "screen-habits",
              "I think screens have quietly taken up a lot of our time, mine included."),
          entry(
              "communication-breakdown",
              "I think we've both lost the habit of talking openly, and maybe it feels as hard"
                  + " for you to start as it does for me."),
          entry(
              "health-issues",
              "I know health has been a strain, and I imagine it takes more out of you than you"
                  + " show."));

  /** The hard time a cause names, for the opening of a letter for difficult times. */
  private static final Map<String, String> HARD_TIMES =
      Map.ofEntries(
          entry("work-stress", "the pressure at work"),
          entry("financial-strain", "the money worries"),
          entry("family-demands", "everything the family has needed from us"),
          entry("major-life-change", "so much changing at once"),
          entry("personal-struggles", "the weight you've been carrying inside"),
          entry("health-issues", "the worry about health"));

  private static final Map<String, String> REQUESTS =
      Map.ofEntries(
          entry(
              "give-space",
              "Would it help to give each other a little breathing room for a while, and agree"
                  + " on when we'll talk again?"),
          entry(
              "i-feel-conversation",
              "Could we sit down one evening soon and each talk about how we've been feeling,"
                  + " taking turns to listen?"),
          entry(
              "empathetic-inquiry",
              "I'd love to hear how things have been for you, and I'll do my best just to listen"
                  + " and understand."),
          entry(
              "active-listening",
              "Could we try really listening to each other, saying back what we heard before we"
                  + " answer?"),
          entry(
              "nonviolent-communication",
              "When something is hard to talk about, could we try saying what happened, how it"
                  + " felt and what would help?"),
          entry(
              "dedicated-conversation-time",
              "Could we set aside twenty minutes a few evenings a week to talk, with our phones"
                  + " put away?"),
          entry(
              "weekly-check-in",
              "Would you be open to a short check-in once a week, to share what went well and"
                  + " what felt off?"),
          entry(
              "ritual-of-connection",
              "Could we start a small daily ritual together, like a coffee in the morning or a"
                  + " quiet hour before bed?"),
          entry(
              "date-night",
              "Would you like to have a regular evening out together, just the two of us?"),
          entry(
              "shared-activities",
              "I'd love for us to do some everyday things together again, like a walk, cooking,"
                  + " or a show we both enjoy."),
          entry(
              "new-experiences",
              "Would you like to try something new together, a class or a small adventure?"),
          entry(
              "laugh-together",
              "Could we make room for some fun together, a comedy night or an afternoon with no"
                  + " plans?"),
          entry(
              "shared-goals",
              "Could we pick an evening to dream a little together, about a trip or a plan for"
                  + " this year?"),
          entry(
              "screen-free-time",
              "Could we try a phone-free dinner together a few times a week?"),
          entry(
              "physical-affection",
              "A hug when one of us gets home, or holding hands on a walk, would mean a lot to"
                  + " me. Would you like that too?"),
          entry(
              "rekindle-romance",
              "I'd love for us to bring back some of the little romantic things: a note, a"
                  + " surprise, an evening just for us."),
          entry(
              "deepen-emotional-intimacy",
              "Could we set aside some time to talk about what's really on our hearts, the hopes"
                  + " and the worries?"),
          entry(
              "empathy-and-compassion",
              "I'd like us to try to see things from each other's side, and to be a little"
                  + " gentler with each other."),
          entry(
              "practice-forgiveness",
              "I'd like us to find a way to let go of some old hurts, for both our sakes."),
          entry(
              "rebuild-trust",
              "Could we agree on a few small things we'll each follow through on, and build from"
                  + " there?"),
          entry(
              "renewed-commitment",
              "Would you be willing to try, with me, to act as a team again?"),
          entry(
              "celebrate-progress",
              "Could we notice and celebrate the small steps when we take them?"),
          entry(
              "relationship-enrichment",
              "Would you be open to a workshop or a weekend about connection, together?"),
          entry(
              "comfort-in-hard-times",
              "When one of us has a hard day, could we let the other know, and take a few"
                  + " minutes to be there for each other?"));

  /**
   * Causes too personal to guess at in a letter: they are mentioned only when the person said
   * they are present.
   */
  static final java.util.Set<String> STATED_ONLY =
      java.util.Set.of(
          "broken-trust",
          "childhood-emotional-neglect",
          "fear-of-intimacy",
          "personal-struggles",
          "health-issues");

  static Optional<String> experience(String sign) {
    return Optional.ofNullable(EXPERIENCES.get(sign));
  }

  static Optional<String> feeling(String need) {
    return Optional.ofNullable(FEELINGS.get(need));
  }

  static Optional<String> missed(String need) {
    return Optional.ofNullable(MISSED.get(need));
  }

  static Optional<String> guess(String cause) {
    return Optional.ofNullable(GUESSES.get(cause));
  }

  static Optional<String> hardTime(String cause) {
    return Optional.ofNullable(HARD_TIMES.get(cause));
  }

  static Optional<String> request(String intervention) {
    return Optional.ofNullable(REQUESTS.get(intervention));
  }

  /** Every phrase of every table, for the test that runs the coach over them all. */
  static Map<String, String> all() {
    Map<String, String> all = new java.util.TreeMap<>();
    EXPERIENCES.forEach((k, v) -> all.put("experience " + k, v));
    FEELINGS.forEach((k, v) -> all.put("feeling " + k, v));
    MISSED.forEach((k, v) -> all.put("missed " + k, "For a long time I have missed " + v + "."));
    GUESSES.forEach((k, v) -> all.put("guess " + k, v));
    HARD_TIMES.forEach((k, v) -> all.put("hard time " + k, "These months brought " + v + "."));
    REQUESTS.forEach((k, v) -> all.put("request " + k, v));
    return all;
  }
}
