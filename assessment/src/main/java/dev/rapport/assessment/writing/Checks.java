package dev.rapport.assessment.writing;

import dev.rapport.assessment.writing.Cues.Valence;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readings of context that the rules share. */
final class Checks {
  /** Words before "you" that make it the object, or a question, rather than the subject. */
  private static final Pattern OBJECT_LEAD =
      Pattern.compile(
          "\\b(?:about|to|with|for|of|at|on|by|from|behind|beside|besides|without|into|than"
              + "|love|loves|loved|thank|miss|missed|need|needed|want|wanted|see|saw|trust|choose"
              + "|chose|adore|tell|told|ask|asked|call|hear|heard|know|knew|make|made|let|help"
              + "|hug|kiss|hold|blame|meet|met|find|found|give|gave|bring|brought|show|showed"
              + "|remind|notice|watch)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /**
   * An auxiliary just before "you": a yes-or-no question ("have you always wanted...") unless a
   * question word comes first ("why do you always...").
   */
  private static final Pattern AUXILIARY_LEAD =
      Pattern.compile(
          "\\b(?<before>\\w+\\s+)?(?:do|does|did|have|has|had|are|were|will|would|can|could"
              + "|should|shall|may|might|must|is|was)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern QUESTION_WORD =
      Pattern.compile("(?:why|how|come)\\s+", Pattern.CASE_INSENSITIVE);

  /** Words that, early in a clause, deny what follows: "it's not your fault". */
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:not|never|no|none|nobody|no one|nothing|neither|nor|hardly|without)\\b|n't\\b",
          Pattern.CASE_INSENSITIVE);

  /** Discourse words that may come before a demand at the start of a clause. */
  private static final Pattern DEMAND_LEAD =
      Pattern.compile(
          "^(?:\\s*(?:and|but|so|now|then|look|listen|honestly|seriously|frankly|ok|okay|well"
              + "|just|really|i think|i just think|i really think|i feel like|i feel that"
              + "|i'm telling you|i'm saying|i'm sorry but|sorry but|please|babe|love|dear"
              + "|hon|honey)\\s*,?)*\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** The subject "you" or "we" somewhere in a stretch of text, not as an object. */
  private static final Pattern SUBJECT = Pattern.compile("\\b(?:you|we)\\b", Pattern.CASE_INSENSITIVE);

  private Checks() {}

  /** True when "you" or "we" at {@code index} is the subject of its clause. */
  static boolean isSubject(Passage passage, int index) {
    String before = passage.text().substring(Math.max(0, index - 32), index);
    if (OBJECT_LEAD.matcher(before).find()) {
      return false;
    }
    Matcher aux = AUXILIARY_LEAD.matcher(before);
    if (aux.find()) {
      String questionWord = aux.group("before");
      return questionWord != null && QUESTION_WORD.matcher(questionWord).matches();
    }
    return true;
  }

  /** True when the clause before {@code index} holds a negation. */
  static boolean negatedBefore(Passage passage, int index) {
    return NEGATION.matcher(passage.clauseBefore(index)).find();
  }

  /** True when only discourse words ("and", "honestly", "I think") come before, in the clause. */
  static boolean startsClause(Passage passage, int index) {
    return DEMAND_LEAD.matcher(passage.clauseBefore(index)).matches();
  }

  /** The word just before {@code index}, lower case, or "" at the start. */
  static String previousWord(Passage passage, int index) {
    String before = passage.text().substring(0, index).stripTrailing();
    int start = before.length();
    while (start > 0
        && (Character.isLetter(before.charAt(start - 1)) || before.charAt(start - 1) == '\'')) {
      start--;
    }
    return before.substring(start).toLowerCase(Locale.ROOT);
  }

  /** How the rest of the clause after the match reads; neutral when nothing follows. */
  static Valence predicate(Passage passage, Matcher match) {
    int from = match.end();
    return Cues.first(passage.text(), from, Math.max(from, passage.clauseEnd(from)));
  }

  /** True when something other than spaces follows the match in its clause. */
  static boolean predicateFollows(Passage passage, Matcher match) {
    return !passage.clauseAfter(match.end()).isBlank();
  }

  /** True when a "you" or "we" is the subject somewhere in {@code text}, offset {@code base}. */
  static int subjectIn(Passage passage, int from, int to) {
    Matcher m = SUBJECT.matcher(passage.text());
    m.region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      if (isSubject(passage, m.start())) {
        return m.start();
      }
    }
    return -1;
  }

  static boolean matches(Pattern pattern, String text) {
    return pattern.matcher(text).find();
  }

  static Pattern words(String regex) {
    return Pattern.compile("\\b(?:" + Rule.expand(regex) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  static Pattern leading(String regex) {
    return Pattern.compile("^\\s*(?:" + Rule.expand(regex) + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
