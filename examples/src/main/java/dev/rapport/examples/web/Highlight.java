package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.assessment.writing.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A person's text as HTML with the coach's findings marked: every character of the text is escaped,
 * and the only markup added is a {@code <mark>} element around each finding's words.
 *
 * <p>Findings that overlap or touch share one mark, which names all their numbers (the numbers are
 * their places in the list shown beside the text, from 1). A finding whose offsets do not fit the
 * text is left unmarked rather than trusted.
 *
 * @param html the HTML, safe to print unescaped
 */
record Highlight(String html) {
  Highlight {
    checkNotNull(html, "html must not be null");
  }

  /**
   * Marks the findings in a text.
   *
   * @param text the text the findings were made for
   * @param findings the findings, in text order, as the coach gives them
   * @return the HTML
   */
  static Highlight of(String text, List<Finding> findings) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.start() < 0
          || f.end() > text.length()
          || f.start() >= f.end()
          || splitsAPair(text, f.start())
          || splitsAPair(text, f.end())) {
        continue;
      }
      spans.add(new Span(f.start(), f.end(), new ArrayList<>(List.of(i + 1))));
    }
    spans.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : b.end - a.end);
    List<Span> merged = new ArrayList<>();
    for (Span span : spans) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start <= last.end) {
        last.end = Math.max(last.end, span.end);
        last.numbers.addAll(span.numbers);
      } else {
        merged.add(span);
      }
    }
    StringBuilder out = new StringBuilder(text.length() + merged.size() * 40);
    int at = 0;
    for (Span span : merged) {
      escape(text.substring(at, span.start), out);
      StringJoiner numbers = new StringJoiner(", ");
      span.numbers.stream().sorted().forEach(n -> numbers.add(String.valueOf(n)));
      out.append("<mark data-finding=\"").append(numbers).append("\">");
      escape(text.substring(span.start, span.end), out);
      out.append("</mark>");
      at = span.end;
    }
    escape(text.substring(at), out);
    return new Highlight(out.toString());
  }

  private static boolean splitsAPair(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  /** Escapes text for HTML element content and attribute values alike. */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** One stretch to mark, and the findings it holds. Mutable while the stretches are merged. */
  private static final class Span {
    final int start;
    int end;
    final List<Integer> numbers;

    Span(int start, int end, List<Integer> numbers) {
      this.start = start;
      this.end = end;
      this.numbers = numbers;
    }
  }
}
