package dev.rapport.examples.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the letter form on a page, as a browser would send them: its hidden fields, the
 * greeting and each part, in page order.
 */
final class LetterFields {
  private static final Pattern FORM = Pattern.compile("(?s)<form id=\"letter\"[^>]*>(.*?)</form>");
  private static final Pattern FIELD =
      Pattern.compile(
          "(?s)<input type=\"(?:hidden|text)\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\""
              + "|<textarea[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</textarea>");

  private LetterFields() {}

  /** The letter form's fields, by name in page order; a name used twice keeps its last value. */
  static Map<String, String> of(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : list(html)) {
      fields.put(e.getKey(), e.getValue());
    }
    return fields;
  }

  /** The letter form's fields in page order, as the form sends them. */
  static List<Map.Entry<String, String>> list(String html) {
    Matcher form = FORM.matcher(html);
    if (!form.find()) {
      throw new AssertionError("the page has no letter form");
    }
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    Matcher m = FIELD.matcher(form.group(1));
    while (m.find()) {
      if (m.group(1) != null) {
        fields.add(Map.entry(m.group(1), unescape(m.group(2))));
      } else {
        fields.add(Map.entry(m.group(3), unescape(m.group(4))));
      }
    }
    return fields;
  }

  /** Replaces a field's value, or adds it. */
  static List<Map.Entry<String, String>> with(
      List<Map.Entry<String, String>> fields, String name, String value) {
    List<Map.Entry<String, String>> changed = new ArrayList<>();
    boolean found = false;
    for (Map.Entry<String, String> e : fields) {
      if (e.getKey().equals(name) && !found) {
        changed.add(Map.entry(name, value));
        found = true;
      } else if (!e.getKey().equals(name)) {
        changed.add(e);
      }
    }
    if (!found) {
      changed.add(Map.entry(name, value));
    }
    return changed;
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
