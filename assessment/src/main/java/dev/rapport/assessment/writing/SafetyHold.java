package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.assessment.SafetyLevel;
import dev.rapport.core.material.HelpResource;
import java.util.List;

/**
 * Nothing for the partner: the report put safety first, so no letter is drafted and no check-in
 * for the two of you is suggested; a letter or a couple's exercise can raise the risk.
 *
 * <p>It says why in plain words and carries the report's help resources, most needed first. It
 * repeats none of the person's safety answers. Immutable.
 *
 * @param level the report's safety level; never {@link SafetyLevel#NONE}
 * @param headline what was not made, such as "No letter was drafted."
 * @param explanation why, and what to do instead, one paragraph per element
 * @param resources the help resources of the report, in its order
 * @param disclaimer what the report is and is not
 */
public record SafetyHold(
    SafetyLevel level,
    String headline,
    List<String> explanation,
    List<HelpResource> resources,
    String disclaimer)
    implements LetterOutcome, CheckInOutcome {

  /**
   * Checks and copies the parts.
   *
   * @param level see the record description
   * @param headline see the record description
   * @param explanation see the record description
   * @param resources see the record description
   * @param disclaimer see the record description
   * @throws IllegalArgumentException when the level is {@code NONE} or there is no explanation
   */
  public SafetyHold {
    checkNotNull(level, "safety level must not be null");
    checkArgument(level != SafetyLevel.NONE, "a safety hold needs a raised safety level");
    checkNotNull(headline, "headline must not be null");
    explanation = List.copyOf(explanation);
    checkArgument(!explanation.isEmpty(), "explanation must not be empty");
    resources = List.copyOf(resources);
    checkNotNull(disclaimer, "disclaimer must not be null");
  }

  @Override
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(headline).append('\n');
    for (String paragraph : explanation) {
      out.append('\n').append(paragraph).append('\n');
    }
    if (!resources.isEmpty()) {
      out.append("\nHelp you can reach now:\n");
      for (HelpResource r : resources) {
        out.append("- ").append(r.name()).append(": ").append(r.contact());
        r.url().ifPresent(url -> out.append(" (").append(url).append(')'));
        out.append(". ").append(r.description()).append('\n');
      }
    }
    out.append('\n').append(disclaimer).append('\n');
    return out.toString();
  }

  @Override
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(Markdown.escape(headline)).append('\n');
    for (String paragraph : explanation) {
      out.append('\n').append(Markdown.escape(paragraph)).append('\n');
    }
    if (!resources.isEmpty()) {
      out.append("\n### Help you can reach now\n\n");
      for (HelpResource r : resources) {
        out.append("- **")
            .append(Markdown.escape(r.name()))
            .append("**: ")
            .append(Markdown.escape(r.contact()));
        r.url().ifPresent(url -> out.append(" (").append(Markdown.escape(url)).append(')'));
        out.append(". ").append(Markdown.escape(r.description())).append('\n');
      }
    }
    out.append("\n*").append(Markdown.escape(disclaimer)).append("*\n");
    return out.toString();
  }
}
