package dev.rapport.assessment.writing;

import static dev.rapport.assessment.writing.Checks.isSubject;
import static dev.rapport.assessment.writing.Checks.leading;
import static dev.rapport.assessment.writing.Checks.matches;
import static dev.rapport.assessment.writing.Checks.negatedBefore;
import static dev.rapport.assessment.writing.Checks.predicate;
import static dev.rapport.assessment.writing.Checks.predicateFollows;
import static dev.rapport.assessment.writing.Checks.previousWord;
import static dev.rapport.assessment.writing.Checks.startsClause;
import static dev.rapport.assessment.writing.Checks.words;

import dev.rapport.assessment.writing.Cues.Valence;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach's standard rules, category by category.
 *
 * <p>Each rule is a pattern plus a check that reads the words around it, so that praise ("you
 * always make me laugh"), reassurance ("it's not your fault", "if you need to talk") and care
 * ("you must be exhausted") are not taken for accusations.
 */
final class Rules {
  private Rules() {}

  private static final String FILLER =
      "(?:\\s+(?:really|just|also|literally|basically|both|simply|seem to|seemingly|honestly))?";

  // ---------------------------------------------------------------------------------------------
  // Absolutes

  private static final Pattern STOP_NEXT = leading("stop|stops|cease|quit");

  private static final Rule ALWAYS =
      Rule.of(
          "absolute-always",
          Category.ABSOLUTE,
          "\\b(?<span>(?:you|we)(?:'re| are|'ve| have|'ll| will|'d| would)?"
              + FILLER
              + "\\s+(?:always|constantly|forever|continually|invariably)(?:,?\\s+always)?)\\b",
          "'%s' turns some moments into a verdict on every moment; your partner is likely to"
              + " defend against the exception instead of hearing the feeling underneath.",
          (p, m) ->
              isSubject(p, m.start())
                  && predicateFollows(p, m)
                  && predicate(p, m) != Valence.POSITIVE);

  private static final Rule NEVER =
      Rule.of(
          "absolute-never",
          Category.ABSOLUTE,
          "\\b(?<span>(?:you|we)(?:'re| are|'ve| have|'ll| will|'d| would)?"
              + FILLER
              + "\\s+(?:never|no longer)(?:,?\\s+ever)?(?:\\s+once)?)\\b",
          "'%s' turns some moments into a verdict on every moment; your partner is likely to"
              + " defend against the exception instead of hearing the feeling underneath.",
          (p, m) -> {
            if (!isSubject(p, m.start()) || !predicateFollows(p, m)) {
              return false;
            }
            Matcher stop = STOP_NEXT.matcher(p.clauseAfter(m.end()));
            if (stop.find()) {
              // "never stop doing X" means "always do X"
              int from = m.end() + stop.end();
              return Cues.first(p.text(), from, Math.max(from, p.clauseEnd(from)))
                  != Valence.POSITIVE;
            }
            return predicate(p, m) != Valence.NEGATIVE;
          });

  private static final Pattern ANYMORE = words("any ?more");

  private static final Rule ANYMORE_RULE =
      Rule.of(
          "absolute-anymore",
          Category.ABSOLUTE,
          "\\b(?<span>(?:you|we)(?:\\s+(?:really|just|also|even|hardly|barely))?\\s+(?:{dont}|{doesnt}"
              + "|{wont}|{cant}|{didnt}|aren'?t|are not|never|no longer|hardly(?: ever)?|rarely"
              + "|barely)\\b(?:[^.!?;,\\n]{0,60}?)\\bany ?more)\\b",
          "'%s' sums up the relationship as a loss; it tends to be heard as a charge, where 'I"
              + " miss ...' would open a door.",
          (p, m) -> {
            if (!isSubject(p, m.start())) {
              return false;
            }
            Matcher neg =
                Pattern.compile(
                        Rule.expand(
                            "\\b(?:{dont}|{doesnt}|{wont}|{cant}|{didnt}|aren'?t|are not|never"
                                + "|no longer|hardly(?: ever)?|rarely|barely)\\b"),
                        Pattern.CASE_INSENSITIVE)
                    .matcher(m.group("span"));
            int from = neg.find() ? m.start("span") + neg.end() : m.start("span");
            Matcher more = ANYMORE.matcher(p.text());
            more.region(from, m.end());
            int to = more.find() ? more.start() : m.end();
            return Cues.first(p.text(), from, to) != Valence.NEGATIVE;
          });

  private static final Pattern YOU_ANYWHERE = words("you|your|you're|you've");

  private static final Rule GERUND =
      Rule.of(
          "absolute-gerund",
          Category.ABSOLUTE,
          "\\b(?<span>(?<word>always|constantly|forever|never)\\s+\\w+ing)\\b",
          "'%s' turns some moments into a verdict on every moment; your partner is likely to"
              + " defend against the exception instead of hearing the feeling underneath.",
          (p, m) -> {
            if (!p.clauseBefore(m.start()).isBlank()
                || !matches(YOU_ANYWHERE, p.sentence(m.start()))) {
              return false;
            }
            int verb = m.start() + m.group("word").length();
            Valence valence = Cues.first(p.text(), verb, Math.max(verb, p.clauseEnd(verb)));
            return m.group("word").equalsIgnoreCase("never")
                ? valence != Valence.NEGATIVE
                : valence != Valence.POSITIVE;
          });

  private static final Set<String> TIME_AS_AMOUNT =
      Set.of(
          "take", "takes", "took", "taking", "have", "has", "had", "having", "with", "give",
          "gives", "gave", "spend", "spent", "need", "needs", "want", "wants", "of");

  private static final Rule EVERY_TIME =
      Rule.of(
          "absolute-every-time",
          Category.ABSOLUTE,
          "\\b(?<span>every (?:single )?time|all the time|every (?:single )?(?:day|night|evening"
              + "|weekend)|day and night|24/7)\\b",
          "'%s' turns some moments into a verdict on every moment; naming one specific moment is"
              + " easier to hear.",
          Rules::partnerPredicateNotPositive);

  /**
   * For "every time" and "all the time": true when "you" (or "we") is the subject in the same
   * sentence and what they do does not read as praise.
   */
  private static boolean partnerPredicateNotPositive(Passage p, Matcher m) {
    if (m.group("span").toLowerCase(java.util.Locale.ROOT).startsWith("all the time")
        && TIME_AS_AMOUNT.contains(previousWord(p, m.start()))) {
      // "take all the time you need": an amount of time, not an absolute
      return false;
    }
    int clauseStart = p.clauseStart(m.start());
    int subject = Checks.subjectIn(p, clauseStart, m.start());
    if (subject >= 0
        && p.text().substring(clauseStart, subject).strip().isEmpty()) {
      // "You are on your phone all the time": the predicate lies between subject and match.
      int afterSubject = subject + p.text().substring(subject).split("\\s+")[0].length();
      return Cues.first(p.text(), afterSubject, m.start()) != Valence.POSITIVE;
    }
    int sentenceEnd = p.sentenceEnd(m.end());
    int later = Checks.subjectIn(p, m.end(), sentenceEnd);
    while (later >= 0 && !p.text().regionMatches(true, later, "you", 0, 3)) {
      later = Checks.subjectIn(p, later + 2, sentenceEnd);
    }
    if (later < 0) {
      return false;
    }
    int afterSubject = later + p.text().substring(later).split("[\\s,]+")[0].length();
    return Cues.first(p.text(), afterSubject, sentenceEnd) != Valence.POSITIVE;
  }

  // ---------------------------------------------------------------------------------------------
  // Blame

  private static final Rule FAULT =
      Rule.of(
          "blame-fault",
          Category.BLAME,
          "\\b(?<span>(?:(?:all|entirely|totally|completely)\\s+)?your\\s+(?:own\\s+)?fault)\\b",
          "'%s' puts your partner on trial; people defend themselves rather than listen, and the"
              + " need behind it goes unheard.",
          (p, m) -> !negatedBefore(p, m.start()));

  private static final Rule BECAUSE_OF_YOU =
      Rule.of(
          "blame-because-of-you",
          Category.BLAME,
          "\\b(?<span>(?:because|thanks) (?:of|to) you)\\b(?!r)",
          "'%s' lays what went wrong at your partner's door; saying how you feel about it invites"
              + " them to help instead of defend.",
          (p, m) -> {
            String sentence = p.sentence(m.start()).replace(m.group("span"), " ");
            return Cues.first(sentence) == Valence.NEGATIVE;
          });

  private static final Rule MADE_ME =
      Rule.of(
          "blame-made-me",
          Category.BLAME,
          "\\b(?<span>you(?:'re| are)?\\s+(?:always\\s+|just\\s+|keep\\s+)?(?:make|made|making)"
              + "\\s+(?:me|us))\\b",
          "'%s' hands your partner the responsibility for your feelings; owning the feeling ('I"
              + " felt ...') is easier to hear and harder to argue with.",
          (p, m) -> {
            int verb = m.start() + m.group().toLowerCase(java.util.Locale.ROOT).indexOf("ma");
            return Cues.first(p.text(), verb, Math.max(verb, p.clauseEnd(m.end())))
                == Valence.NEGATIVE;
          });

  private static final Rule RUINED =
      Rule.of(
          "blame-ruined",
          Category.BLAME,
          "\\b(?<span>you(?:'ve| have)?\\s+(?:always\\s+|just\\s+|completely\\s+|totally\\s+)?"
              + "(?:ruin(?:ed|s)?|spoil(?:ed|t|s)?|wreck(?:ed|s)?|destroy(?:ed|s)?)"
              + "|look (?:at )?what you(?:'ve| have)? (?:done|did)|you did this"
              + "|{youre} to blame|i blame you)\\b",
          "'%s' is a verdict of guilt; your partner will hear the charge and miss the hurt"
              + " behind it.",
          (p, m) -> !negatedBefore(p, m.start()));

  private static final Rule REASON_WHY =
      Rule.of(
          "blame-the-reason",
          Category.BLAME,
          "\\b(?<span>{youre} the (?:only )?reason)\\b",
          "'%s' lays what went wrong at your partner's door; saying how you feel about it invites"
              + " them to help instead of defend.",
          (p, m) -> predicate(p, m) == Valence.NEGATIVE || Cues.first(p.sentenceAfter(m.end()))
              == Valence.NEGATIVE);

  private static final Pattern SHOULD_HAVE_OK = leading("seen|heard|been there|come|joined|tasted");

  private static final Rule SHOULD_HAVE =
      Rule.of(
          "blame-should-have",
          Category.BLAME,
          "\\b(?<span>you\\s+(?:should(?:'ve| have|n'?t have)|could(?:'ve| have) at least"
              + "|could(?:'ve| have) (?=told|asked|called|texted|warned|said|mentioned|helped|let me"
              + "|checked)))",
          "'%s' looks back to assign blame; saying what you need from now on is easier to agree"
              + " to.",
          (p, m) -> {
            String rest = p.clauseAfter(m.end());
            if (rest.isBlank() || matches(SHOULD_HAVE_OK, rest)) {
              return false;
            }
            return Cues.first(p.sentenceAfter(m.end())) != Valence.POSITIVE;
          });

  // ---------------------------------------------------------------------------------------------
  // Reproachful questions

  private static final Pattern COMPLAINT_AFTER_WHY_DONT =
      words(
          "ever|even|just|for once|any ?more|at all|again|anything|care|listen|understand|notice"
              + "|answer|respond|talk to me|look at me|get it|trust me|love me|want to|like me"
              + "|appreciate|bother|ask me|help (?:me|out|more|around)|try|stop|see");

  private static final Pattern CARING_AFTER_WHY_CANT =
      leading("sleep|come with|make it|eat|stay|join|be here|get away|take time");

  private static final Rule WHY_WONT =
      Rule.of(
          "question-why-wont-you",
          Category.REPROACHFUL_QUESTION,
          "\\b(?<span>why\\s+(?<neg>{dont}|{doesnt}|{wont}|{wouldnt}|{cant}|{couldnt}|{didnt}"
              + "|haven'?t|have not|aren'?t|are not)\\s+you)\\b",
          "'%s' asks your partner to justify themselves; it sounds like pressure, and silence"
              + " can start to feel safer than answering.",
          (p, m) -> {
            String neg = m.group("neg").toLowerCase(java.util.Locale.ROOT);
            String rest = p.clauseAfter(m.end());
            if (neg.startsWith("do") || neg.startsWith("don")) {
              return matches(COMPLAINT_AFTER_WHY_DONT, rest);
            }
            return !matches(CARING_AFTER_WHY_CANT, rest);
          });

  private static final Rule WHY_ALWAYS =
      Rule.of(
          "question-why-always",
          Category.REPROACHFUL_QUESTION,
          "\\b(?<span>why\\s+(?:do|does|did|are|is|were|would|must|have|should|can't|cant)\\s+you"
              + "\\s+(?:always|never|constantly|even|keep|insist|have to|bother|act|treat|make me"
              + "|care so little|think you|get to|get so|ignore|refuse))\\b",
          "'%s' asks your partner to justify themselves; it sounds like pressure, and silence"
              + " can start to feel safer than answering.",
          Rule.Check.ALWAYS);

  private static final Pattern LIKE_THIS = leading("like this|like that|this way");

  private static final Rule WHY_SO =
      Rule.of(
          "question-why-so",
          Category.REPROACHFUL_QUESTION,
          "\\b(?<span>why\\s+(?:are|were|is)\\s+you\\s+(?:being\\s+)?(?:so|such|like this"
              + "|like that|this way))\\b",
          "'%s' reads as a charge dressed as a question; saying what you notice and feel invites"
              + " an answer instead of a defence.",
          (p, m) ->
              m.group("span").toLowerCase(java.util.Locale.ROOT).matches(".*(like th|this way).*")
                  || predicate(p, m) == Valence.NEGATIVE);

  private static final Rule HOW_MANY_TIMES =
      Rule.of(
          "question-how-many-times",
          Category.REPROACHFUL_QUESTION,
          "\\b(?<span>how many (?:more )?times (?:do|must|have|did|will|should|am) (?:i|we)"
              + "|how hard (?:is it|can it be|would it be)|how difficult (?:is it|can it be)"
              + "|how come you (?:never|always|can'?t|won'?t|don'?t)"
              + "|how could you (?:do|say|forget|leave|not|ignore|be so))\\b",
          "'%s' is a reproach in the shape of a question; it asks your partner to plead guilty"
              + " rather than to talk.",
          Rule.Check.ALWAYS);

  private static final Pattern COMPLAINT_AFTER_DO_YOU_EVER =
      leading("listen|care|notice|think about (?:me|us|anyone|anybody|anything but)|stop|help|ask"
          + "|hear yourself|pay attention");

  private static final Rule EVEN_QUESTION =
      Rule.of(
          "question-do-you-even",
          Category.REPROACHFUL_QUESTION,
          "\\b(?<span>(?<lead>{dont}|{cant}|{wont}|do|are|did) you (?<adv>ever|even|just"
              + "|always have to|really have to|ever have to))\\b",
          "'%s' is a reproach in the shape of a question; it suggests your partner falls short of"
              + " the least you could expect.",
          (p, m) -> {
            String lead = m.group("lead").toLowerCase(java.util.Locale.ROOT);
            String adv = m.group("adv").toLowerCase(java.util.Locale.ROOT);
            if (adv.contains("have to")) {
              return true;
            }
            if (lead.equals("do") || lead.equals("did") || lead.equals("are")) {
              return adv.equals("even")
                  || (adv.equals("ever") && matches(COMPLAINT_AFTER_DO_YOU_EVER, p.clauseAfter(m.end())));
            }
            return !adv.equals("just")
                || !matches(leading("want|come|stay|imagine"), p.clauseAfter(m.end()));
          });

  // ---------------------------------------------------------------------------------------------
  // Demands

  private static final Set<String> NOT_A_DEMAND_BEFORE =
      Set.of(
          "if", "when", "whenever", "whatever", "anything", "everything", "what", "where", "how",
          "do", "did", "does", "that", "things", "all", "as", "until", "unless", "before", "after",
          "than", "why", "wherever", "whoever", "something", "nothing", "thing", "stuff", "much",
          "know", "hope", "sure", "maybe", "perhaps", "whether");

  private static final Pattern NOT_A_DEMAND_AFTER =
      leading(
          "be|have|'ve|feel|know|think|try|see|taste|hear|meet|admit|watch|read|come see|tell me"
              + "|listen to this|check (?:this|it) out|rest|sleep|eat|relax and let|take a break"
              + "|take care of yourself|look after yourself|see a doctor|be kind to yourself"
              + "|believe|remember how|go easy|give yourself");

  private static final Rule NEED_TO =
      Rule.of(
          "demand-need-to",
          Category.DEMAND,
          "\\b(?<span>you\\s+(?:really\\s+|just\\s+|seriously\\s+|absolutely\\s+)?(?:need to"
              + "|have to|have got to|'ve got to|'ve gotta|got to|gotta|must|had better|'d better"
              + "|better))\\b",
          "'%s' is a demand; it leaves your partner two choices, give in or resist, where a"
              + " request would invite a yes.",
          (p, m) ->
              startsClause(p, m.start())
                  && !NOT_A_DEMAND_BEFORE.contains(previousWord(p, m.start()))
                  && !matches(NOT_A_DEMAND_AFTER, p.clauseAfter(m.end())));

  private static final Rule ULTIMATUM =
      Rule.of(
          "demand-ultimatum",
          Category.DEMAND,
          "\\b(?<span>or else|or {im} (?:leaving|done|out|gone)|or i'?ll (?:leave|go|be gone)"
              + "|or we'?re (?:done|finished|over|through)|or {its} over|this is your last chance"
              + "|last chance)\\b",
          "'%s' is an ultimatum; a threat puts your partner under pressure, and pressure tends"
              + " to push people further away.",
          (p, m) ->
              !m.group("span").toLowerCase(java.util.Locale.ROOT).equals("or else")
                  || matches(
                      Pattern.compile(
                          "^\\s*(?:[.!?\\u2026]|$|i'?ll\\b|i will\\b|i'?m\\b|we'?re\\b|you'?ll\\b)",
                          Pattern.CASE_INSENSITIVE),
                      p.text().substring(m.end())));

  private static final Rule STOP_DOING =
      Rule.of(
          "demand-stop",
          Category.DEMAND,
          "\\b(?<span>(?:stop|quit)\\s+(?!worrying\\b|apologi[sz]ing\\b|by\\b)\\w+ing"
              + "|(?:put|get) (?:your|that|the) (?:stupid |damn )?phone (?:down|away)"
              + "|stop being so)\\b",
          "'%s' is an order; people tend to resist orders, even ones they agree with, where a"
              + " request would invite a yes.",
          (p, m) -> startsClause(p, m.start()));

  // ---------------------------------------------------------------------------------------------
  // Criticism of character

  private static final String TRAITS =
      "selfish|lazy|cold|cold-hearted|heartless|useless|pathetic|stupid|inconsiderate"
          + "|thoughtless|careless|immature|childish|irresponsible|ungrateful|hopeless|impossible"
          + "|crazy|insane|insensitive|self-?cent(?:red|ered)|self-?absorbed|controlling|needy"
          + "|clingy|mean|cruel|boring|unbearable|ridiculous|unreliable|arrogant|rude|cheap"
          + "|stingy|weak|spineless|negative|difficult|annoying|incompetent|clueless|dense"
          + "|worthless|jerk|idiot|liar|slob|nag|coward|disappointment|failure|hypocrite"
          + "|narcissist|control freak|loser|waste of space|emotionally unavailable|incapable"
          + "|uncaring|unfeeling|dismissive|passive-aggressive|manipulative|toxic|distant|useless"
          + "|just like your (?:mother|father|mum|mom|dad)|the worst|(?:a |an )?(?:terrible|bad"
          + "|lousy|awful|useless|horrible) (?:husband|wife|partner|father|mother|parent|dad|mum"
          + "|mom|listener|person)";

  private static final Rule TRAIT =
      Rule.of(
          "character-trait",
          Category.CHARACTER_CRITICISM,
          "\\b(?<span>(?:you(?:'re| are|re| were|'ve been| have been| can be| could be))\\s+"
              + "(?:(?:so|such|really|just|always|being|very|totally|completely|incredibly"
              + "|utterly|too|a|an|the most|nothing but|a complete|a total|an absolute|a real"
              + "|literally|acting|honestly|such an?)\\s+)*(?:"
              + TRAITS
              + "))\\b",
          "'%s' judges who your partner is rather than what happened; it brings shame or a"
              + " defence, not change. Describe one moment and how it felt.",
          (p, m) -> !negatedBefore(p, m.start()));

  private static final Rule WHATS_WRONG =
      Rule.of(
          "character-whats-wrong",
          Category.CHARACTER_CRITICISM,
          "\\b(?<span>{whats} (?:wrong|the matter) with you)\\b(?!r)",
          "'%s' says something is wrong with your partner as a person; it invites shame or anger,"
              + " not a conversation.",
          Rule.Check.ALWAYS);

  private static final Rule DONT_CARE =
      Rule.of(
          "character-dont-care",
          Category.CHARACTER_CRITICISM,
          "\\b(?<span>you\\s+(?:just\\s+|obviously\\s+|clearly\\s+|simply\\s+|really\\s+)?"
              + "(?:{dont}|{doesnt}|{didnt}|never)\\s+(?:even\\s+|really\\s+)?(?:care|love me"
              + "|respect me|value me|want me|appreciate me|think about (?:me|us|anyone)))"
              + "(?=\\s+(?:about (?:me|us|my|our|anyone|anything|how|what|this|the family|the kids)"
              + "|at all|any ?more)\\b|\\s*(?:[.!?,;\\u2026]|$))",
          "'%s' tells your partner what they feel; being told one's own heart tends to bring a"
              + " defence. Say what you feel instead.",
          (p, m) -> !negatedBefore(p, m.start()) && isSubject(p, m.start()));

  private static final Rule ONLY_YOURSELF =
      Rule.of(
          "character-only-yourself",
          Category.CHARACTER_CRITICISM,
          "\\b(?<span>you\\s+only\\s+(?:ever\\s+)?(?:care|think)\\s+about\\s+(?:yourself|your"
              + "\\s+\\w+)|(?:anyone|anybody|no one) but yourself)\\b",
          "'%s' judges who your partner is rather than what happened; it brings shame or a"
              + " defence, not change.",
          Rule.Check.ALWAYS);

  // ---------------------------------------------------------------------------------------------
  // Contempt and sarcasm

  private static final Pattern SARCASTIC_FOLLOW =
      leading("another|more|just what|so now|now|that's just|of course|thanks|yet another|again");

  private static final Rule OH_GREAT =
      Rule.of(
          "contempt-oh-great",
          Category.CONTEMPT,
          "\\b(?<span>oh,?\\s+(?:great|perfect|wonderful|fantastic|lovely|brilliant|joy|how nice"
              + "|how lovely|how wonderful))\\b",
          "'%s' said this way is sarcasm; it signals contempt, which stings more than the words"
              + " themselves and shuts the door on talking.",
          (p, m) -> {
            String rest = after(p, m.end(), 120).replaceFirst("^[\\s,.!?\\u2026]+", "");
            return matches(SARCASTIC_FOLLOW, rest)
                || (Cues.anyNegative(rest) && Cues.first(rest) != Valence.POSITIVE);
          });

  private static final Rule THANKS_A_LOT =
      Rule.of(
          "contempt-thanks-a-lot",
          Category.CONTEMPT,
          "\\b(?<span>thanks? (?:a lot |so much |a bunch )?for nothing|thanks? (?:a lot|a bunch"
              + "|a million)|gee,? thanks)\\b",
          "'%s' reads as sarcasm here; it signals contempt, which stings more than the words"
              + " themselves and shuts the door on talking.",
          (p, m) -> {
            String span = m.group("span").toLowerCase(java.util.Locale.ROOT);
            if (span.contains("nothing") || span.startsWith("gee")) {
              return true;
            }
            String rest = after(p, m.end(), 120);
            if (matches(leading("for\\b"), rest)) {
              return false;
            }
            String plain = rest.replaceFirst("^[\\s,.!?\\u2026]+", "");
            return plain.isBlank() || Cues.first(plain) != Valence.POSITIVE;
          });

  private static final Rule WHATEVER =
      Rule.of(
          "contempt-whatever",
          Category.CONTEMPT,
          "\\b(?<span>whatever)(?=\\s*(?:[.!,;?\\u2026]|$)|\\s+you say\\s*[.!]*\\s*$|\\s+you say[.!])",
          "'%s' closes the conversation with a shrug; it tells your partner their words do not"
              + " matter.",
          Rule.Check.ALWAYS);

  private static final Rule AS_USUAL =
      Rule.of(
          "contempt-as-usual",
          Category.CONTEMPT,
          "\\b(?<span>as usual|like always|same as always|as always|like every other time|yet"
              + " again|typical(?: of)? you|how typical)\\b",
          "'%s' files this moment under a long list of complaints; it sounds like contempt and"
              + " invites a defence of the whole record.",
          (p, m) -> {
            String span = m.group("span").toLowerCase(java.util.Locale.ROOT);
            if (span.startsWith("typical") || span.startsWith("how typical")) {
              return true;
            }
            String sentence = p.sentence(m.start()).replace(m.group("span"), " ");
            return Cues.anyNegative(sentence) && Cues.first(sentence) != Valence.POSITIVE;
          });

  private static final Rule EYE_ROLL =
      Rule.of(
          "contempt-eye-roll",
          Category.CONTEMPT,
          "(?<span>\\*\\s*(?:sigh|sighs|heavy sigh|eye ?roll|eyeroll|eye-roll|rolls (?:my |her"
              + " |his |their )?eyes|rolling (?:my )?eyes|groans?|facepalm)\\s*\\*|\\(\\s*(?:sigh"
              + "|eye ?roll|eye-roll|rolls eyes)\\s*\\)|\\x{1F644}|\\bsmh\\b|\\beye-?roll\\b)",
          "'%s' reads as a sigh or an eye-roll; it signals contempt, which stings more than any"
              + " word and shuts the door on talking.",
          Rule.Check.ALWAYS);

  private static final Pattern I_AM_SURE = Pattern.compile(
      "(?:i'?m|i am|so|pretty|quite|very|really|be|i feel|feel|make)\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Rule SARCASM =
      Rule.of(
          "contempt-sarcasm",
          Category.CONTEMPT,
          "\\b(?<span>yeah,? right|sure you (?:will|did|do|are|would|can)|big surprise"
              + "|surprise,? surprise|what a shock|shocker|must be nice"
              + "|(?:how )?nice of you to (?:finally |actually |even )?(?:show up|join us|bother"
              + "|grace|remember|notice|call|come home|turn up|reply|answer)|how nice of you"
              + "|good of you to (?:finally )?(?:show up|join us|bother)"
              + "|of course you (?:forgot|did|didn'?t|would|wouldn'?t|do|don'?t|can'?t|won'?t)"
              + "|for once|wow,? you actually|real mature|very mature|how mature|how convenient"
              + "|oh,? poor you|poor baby|cry me a river|boo[- ]hoo|heaven forbid|god forbid"
              + "|congratulations on finally|well done for finally|you finally (?:noticed"
              + "|remembered|showed up|decided to|bothered))\\b",
          "'%s' is sarcasm; it signals contempt, which stings more than the words themselves and"
              + " shuts the door on talking.",
          (p, m) -> {
            String span = m.group("span").toLowerCase(java.util.Locale.ROOT);
            String before = p.text().substring(Math.max(0, m.start() - 16), m.start());
            if (span.startsWith("sure you") || span.startsWith("must be nice")) {
              return !I_AM_SURE.matcher(before).find() && startsClause(p, m.start())
                  && !previousWord(p, m.start()).equals("it");
            }
            if (span.startsWith("of course you")) {
              return Cues.first(p.sentenceAfter(m.end())) != Valence.POSITIVE;
            }
            if (span.equals("for once")) {
              return matches(words("you|your"), p.sentence(m.start()));
            }
            return true;
          });

  // ---------------------------------------------------------------------------------------------
  // Dismissal

  private static final Pattern NOT_AT_PARTNER =
      Pattern.compile(
          "(?:let'?s|let us|we|we can|we could|both|i|i'?ll|i will|i need to|i want to|i can|i'?m"
              + " trying to|to|can|could|you can|you could|so you can|help you|me|and|will|would"
              + " like to|try to|trying to)\\s+(?:both\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DISMISSAL_IMPERATIVE_LEAD =
      Pattern.compile(
          "(?:just|you need to|you should|you have to|you've got to|will you|would you|can you"
              + "|please|oh|god|jeez|geez|seriously|for god'?s sake)\\s*,?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Rule CALM_DOWN =
      Rule.of(
          "dismissal-calm-down",
          Category.DISMISSAL,
          "\\b(?<span>(?<word>calm down|relax|chill(?: out)?|get over it|move on|let it go|drop"
              + " it|lighten up|grow up|toughen up|man up|get a grip|stop being (?:so )?(?:dramatic"
              + "|sensitive|emotional|silly|ridiculous|paranoid|hysterical)|don'?t be (?:so )?"
              + "(?:dramatic|sensitive|ridiculous|like that)))\\b",
          "'%s' brushes the feeling aside; being told to calm down or move on usually leaves"
              + " someone feeling unheard, and more upset.",
          (p, m) -> {
            String word = m.group("word").toLowerCase(java.util.Locale.ROOT);
            String before = p.text().substring(Math.max(0, m.start() - 24), m.start());
            if (DISMISSAL_IMPERATIVE_LEAD.matcher(before).find()) {
              return true;
            }
            if (NOT_AT_PARTNER.matcher(before).find()
                || word.startsWith("relax")
                || word.startsWith("chill")
                || word.startsWith("move")
                || word.startsWith("let it")) {
              return false;
            }
            return startsClause(p, m.start());
          });

  private static final Rule OVERREACTING =
      Rule.of(
          "dismissal-overreacting",
          Category.DISMISSAL,
          "\\b(?<span>{youre}\\s+(?:just\\s+|being\\s+|so\\s+|way\\s+|too\\s+|completely\\s+"
              + "|totally\\s+|overly\\s+|always\\s+)*(?:overreacting|over-reacting|dramatic"
              + "|oversensitive|over-sensitive|sensitive|hysterical|paranoid|imagining (?:things|it)"
              + "|making (?:a big deal|a mountain|too much|such a fuss|a fuss|a scene|it up)"
              + "|overthinking|silly|emotional))\\b",
          "'%s' tells your partner their feeling is wrong; feeling dismissed usually makes"
              + " someone more upset, not less.",
          (p, m) -> !negatedBefore(p, m.start()));

  /** The standard rules, in the order of the categories. */
  static final List<Rule> STANDARD =
      List.of(
          ALWAYS,
          NEVER,
          ANYMORE_RULE,
          GERUND,
          EVERY_TIME,
          FAULT,
          BECAUSE_OF_YOU,
          MADE_ME,
          RUINED,
          REASON_WHY,
          SHOULD_HAVE,
          WHY_WONT,
          WHY_ALWAYS,
          WHY_SO,
          HOW_MANY_TIMES,
          EVEN_QUESTION,
          NEED_TO,
          ULTIMATUM,
          STOP_DOING,
          TRAIT,
          WHATS_WRONG,
          DONT_CARE,
          ONLY_YOURSELF,
          OH_GREAT,
          THANKS_A_LOT,
          WHATEVER,
          AS_USUAL,
          EYE_ROLL,
          SARCASM,
          CALM_DOWN,
          OVERREACTING);

  /** Up to {@code length} characters of the text after {@code index}. */
  private static String after(Passage p, int index, int length) {
    return p.text().substring(index, Math.min(p.text().length(), index + length));
  }
}
