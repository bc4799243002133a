package dev.rapport.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search words: runs of letters and digits, lower-cased with {@link Locale#ROOT}
 * (so a Turkish default locale does not turn {@code I} into a dotless {@code ı}), accents removed,
 * apostrophes dropped ({@code partner's} is {@code partners}). For English, common words are
 * skipped and a tiny suffix stripper folds {@code listening}, {@code listened} and {@code listens}
 * into {@code listen}; it is deliberately crude, and since queries go through the same steps, it
 * only has to be consistent.
 */
final class Words {
  private static final Set<String> ENGLISH_STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "does", "for", "from", "he",
          "her", "his", "how", "i", "if", "in", "is", "it", "its", "me", "my", "not", "of", "on",
          "or", "our", "she", "so", "that", "the", "their", "them", "they", "this", "to", "us",
          "was", "we", "what", "when", "who", "why", "with", "you", "your");

  private final boolean english;

  /** A word of a text and where it starts. */
  record Word(String stem, int start) {}

  Words(Locale locale) {
    this.english = locale.getLanguage().equals("en");
  }

  /** The search words of {@code text}, in order, with their offsets; stop words left out. */
  List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      StringBuilder word = new StringBuilder();
      while (i < text.length()) {
        c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          word.appendCodePoint(c);
        } else if (!isApostrophe(c) || !followedByLetter(text, i)) {
          break;
        }
        i += Character.charCount(c);
      }
      String normal = normalise(word.toString());
      if (!normal.isEmpty() && !(english && ENGLISH_STOP_WORDS.contains(normal))) {
        words.add(new Word(english ? stem(normal) : normal, start));
      }
    }
    return words;
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean followedByLetter(String text, int i) {
    int next = i + 1;
    return next < text.length() && Character.isLetter(text.codePointAt(next));
  }

  private static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      return lower; // nothing to decompose
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(plain::appendCodePoint);
    return plain.toString();
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Strips one plural ending, then one of {@code -ing}, {@code -ed}, {@code -ly}. */
  static String stem(String word) {
    String w = word;
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ly"))) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }
}
