package dev.rapport.assessment.writing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small lexicons that tell an accusation from a compliment: words and phrases that read as
 * something good a partner does ("make me laugh", "listen", "have my back") or as something that
 * hurts ("ignore", "let me down", "on your phone").
 *
 * <p>An absolute is read with the first cue that follows it: "you always" followed by a good cue
 * is praise ("you always make me laugh"); "you never" followed by a hurtful cue is praise too
 * ("you never let me down"). Where two cues start at the same place the longer one wins, so
 * "talk over me" is hurtful though "talk" alone is good.
 */
final class Cues {

  /** How the first cue of a stretch of text reads. */
  enum Valence {
    POSITIVE,
    NEGATIVE,
    NEUTRAL
  }

  private static final String GOOD_FEELING =
      "(?:laugh|smile|happy|happier|loved|safe|special|better|good|beautiful|seen|heard|valued"
          + "|appreciated|wanted|calm|understood|proud|strong|cared for|at home|lucky|grateful"
          + "|whole|welcome|hopeful|like myself)";

  private static final String BAD_FEELING =
      "(?:small|stupid|bad|guilty|worthless|crazy|like|wait|cry|late|angry|sad|miserable"
          + "|invisible|alone|lonely|unimportant|unwanted|unloved|ashamed|sick|furious|mad|awful"
          + "|terrible|useless|inadequate|foolish|an idiot|a fool|a burden|like a burden)";

  static final Pattern POSITIVE =
      words(
          "ma(?:ke|kes|de|king) me (?:feel )?(?:so |really |very |feel so )?" + GOOD_FEELING,
          "ma(?:ke|kes|de|king) (?:my day|sure|time|an effort|the effort|me coffee|dinner|me tea)",
          "know(?:s)? (?:how|what|when|just|exactly)",
          "(?:have|has|got) my back",
          "(?:are|be|is|were) there for (?:me|us|the kids|the children|everyone)",
          "there for (?:me|us)",
          "look(?:s|ing)? out for",
          "tak(?:e|es|ing) (?:good )?care",
          "keep(?:s)? (?:your|their|his|her) (?:word|promises?)",
          "believ(?:e|es|ing) in",
          "work(?:s|ing)? (?:so |really )?hard",
          "put(?:s)? (?:us|me|the family|the kids) first",
          "want(?:s)? to (?:spend|be with|see|hear|know|do something|help)",
          "go(?:es)? out of your way",
          "find(?:s)? (?:a way|time)",
          "spend(?:s|ing)? time",
          "leave(?:s)? me (?:little )?(?:notes?|love notes?)",
          "come(?:s)? home (?:early|on time)",
          "read(?:s)? my mind",
          "ask(?:s|ed|ing)? (?:about|how|me)",
          "tell(?:s|ing)? me",
          "text(?:s|ed|ing)? me",
          "bring(?:s|ing)? me|brought me",
          "plan(?:s|ned|ning)? (?:something|a|our|dates?)",
          "show(?:s|ed)? up",
          "hold(?:s|ing)? (?:my|me)",
          "laugh(?:s|ed|ing)?",
          "smil(?:e|es|ed|ing)",
          "help(?:s|ed|ing|ful)?",
          "support(?:s|ed|ing|ive)?",
          "surpris(?:e|es|ed|ing)",
          "car(?:e|es|ed|ing)",
          "lov(?:e|es|ed|ing)",
          "remember(?:s|ed|ing)?",
          "listen(?:s|ed|ing)?",
          "hug(?:s|ged|ging)?",
          "kiss(?:es|ed|ing)?",
          "encourag(?:e|es|ed|ing)",
          "inspir(?:e|es|ed|ing)",
          "amaz(?:e|es|ed|ing)",
          "thank(?:s|ed|ing)?",
          "appreciat(?:e|es|ed|ing)",
          "notic(?:e|es|ed|ing)",
          "cheer(?:s|ed|ing)?",
          "brighten(?:s|ed|ing)?",
          "comfort(?:s|ed|ing)?",
          "protect(?:s|ed|ing)?",
          "forgiv(?:e|es|ing)|forgave",
          "understand(?:s|ing)?|understood",
          "call(?:s|ed|ing)?",
          "cook(?:s|ed|ing)?",
          "talk(?:s|ed|ing)?",
          "wanted|dreamed|dreamt|wished|hoped|longed",
          "fun|funny|kind|sweet|gentle|patient|generous|thoughtful|wonderful|lovely|cheerful"
              + "|excited|happy|proud|calm|warm|brave|honest");

  static final Pattern NEGATIVE =
      words(
          "ma(?:ke|kes|de|king) me (?:feel )?(?:so |really |very |feel so )?" + BAD_FEELING,
          "(?:mak(?:e|es|ing)|made) (?:it|everything) about (?:you|yourself)",
          "let(?:s|ting)? (?:me|us|everyone) down",
          "walk(?:s|ed|ing)? (?:away|out|off)",
          "shut(?:s|ting)? (?:me out|down|off|yourself away)",
          "roll(?:s|ed|ing)? your eyes|eye ?roll(?:s|ing)?",
          "brush(?:es|ed|ing)? (?:me |it |that )?off",
          "chang(?:e|es|ed|ing) the subject",
          "turn(?:s|ed|ing)? (?:it|everything|things) around",
          "work(?:s|ing|ed)? late",
          "give(?:s)? up|gave up",
          "break(?:s|ing)? (?:your |our |their )?promises?|broke (?:your |our )?promises?",
          "pick(?:s|ing)? on",
          "put(?:s|ting)? me down",
          "tak(?:e|es|ing) (?:me|it|us|everything|this) for granted|took (?:me|it|us) for granted",
          "talk(?:s|ed|ing)? (?:over|down)",
          "(?:have|has) to be right|(?:need|needs|have|has) to win|the last word",
          "on (?:your|the|that) (?:phone|computer|laptop|screen)",
          "mess(?:es|ed)? up",
          "silent treatment",
          "too (?:busy|tired)",
          "fail(?:s|ed|ing)?",
          "forg(?:et|ets|etting|ot|otten)",
          "ignor(?:e|es|ed|ing)",
          "interrupt(?:s|ed|ing)?",
          "critici[sz](?:e|es|ed|ing)|criticism",
          "complain(?:s|ed|ing)?",
          "judg(?:e|es|ed|ing)",
          "leav(?:e|es|ing)|left",
          "late",
          "phone|screen|tv|telly|laptop|video games?",
          "yell(?:s|ed|ing)?",
          "shout(?:s|ed|ing)?",
          "scream(?:s|ed|ing)?",
          "dismiss(?:es|ed|ing)?",
          "blam(?:e|es|ed|ing)",
          "nag(?:s|ged|ging)?",
          "mess",
          "mock(?:s|ed|ing)?",
          "busy|tired|exhausted",
          "miss(?:es|ed|ing)?",
          "li(?:e|es|ed)|lying|liar",
          "hurt(?:s|ing|ful)?",
          "argu(?:e|es|ed|ing)|arguments?",
          "fight(?:s|ing)?|fought",
          "sulk(?:s|ed|ing)?",
          "snap(?:s|ped|ping)?",
          "cancel(?:s|led|ed|ling|ing)?",
          "avoid(?:s|ed|ing)?",
          "rush(?:es|ed|ing)?",
          "disappear(?:s|ed|ing)?",
          "disappoint(?:s|ed|ing)?",
          "neglect(?:s|ed|ing)?",
          "worr(?:y|ies|ied|ying)",
          "scroll(?:s|ed|ing)?",
          "ruin(?:s|ed|ing)?",
          "spoil(?:s|ed|ing|t)?",
          "wreck(?:s|ed|ing)?",
          "destroy(?:s|ed|ing)?",
          "mistakes?|problems?|trouble|stress(?:ed|ful)?",
          "slam(?:s|med|ming)?",
          "storm(?:s|ed|ing)? off",
          "sigh(?:s|ed|ing)?",
          "cheat(?:s|ed|ing)?",
          "sad|alone|lonely|angry|mad|cold|distant|selfish|rude|mean|lazy|careless|wrong|bad"
              + "|awful|terrible|horrible|useless|hopeless|pathetic|unfair",
          "nothing|nobody|no one|never",
          "can'?t|cannot|couldn'?t|won'?t|wouldn'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t"
              + "|wasn'?t|weren'?t|not");

  /** No cue is longer than this, in characters. */
  private static final int LONGEST_CUE = 48;

  private Cues() {}

  private static Pattern words(String... phrases) {
    return Pattern.compile(
        "\\b(?:" + String.join("|", phrases) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * How the first cue in {@code text[from, to)} reads, the longer cue winning a tie.
   *
   * @return {@link Valence#NEUTRAL} when there is no cue
   */
  static Valence first(String text, int from, int to) {
    int[] good = firstMatch(POSITIVE, text, from, to);
    int[] bad = firstMatch(NEGATIVE, text, from, to);
    if (good == null && bad == null) {
      return Valence.NEUTRAL;
    }
    if (bad == null) {
      return Valence.POSITIVE;
    }
    if (good == null) {
      return Valence.NEGATIVE;
    }
    if (good[0] != bad[0]) {
      return good[0] < bad[0] ? Valence.POSITIVE : Valence.NEGATIVE;
    }
    return good[1] > bad[1] ? Valence.POSITIVE : Valence.NEGATIVE;
  }

  /** How the first cue of a whole string reads. */
  static Valence first(String text) {
    return first(text, 0, text.length());
  }

  static boolean anyNegative(String text) {
    return NEGATIVE.matcher(text).find();
  }

  /** The start and end of the first match in the region, or null. */
  private static int[] firstMatch(Pattern pattern, String text, int from, int to) {
    if (from >= to) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    if (!m.find()) {
      return null;
    }
    // Regex alternation takes the first alternative that matches, not the longest: try the
    // longest stretch from the same place that the whole pattern matches.
    int start = m.start();
    int end = m.end();
    Matcher longer = pattern.matcher(text);
    longer.useTransparentBounds(true);
    longer.useAnchoringBounds(false);
    for (int e = Math.min(to, start + LONGEST_CUE); e > end; e--) {
      longer.region(start, e);
      if (longer.matches()) {
        end = e;
        break;
      }
    }
    return new int[] {start, end};
  }
}
