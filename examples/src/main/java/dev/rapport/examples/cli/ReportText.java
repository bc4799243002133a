package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Wrap.wrap;

import dev.rapport.assessment.LikelyCause;
import dev.rapport.assessment.Link;
import dev.rapport.assessment.NeedScore;
import dev.rapport.assessment.NodeKind;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.Safety;
import dev.rapport.assessment.SignScore;
import dev.rapport.assessment.Week;
import dev.rapport.core.Citation;
import dev.rapport.core.Entity;
import dev.rapport.core.EntityId;
import dev.rapport.core.InterventionId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.SignId;
import dev.rapport.core.material.HelpResource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A report as text for a terminal: the disclaimer and safety first, then strengths and growth
 * areas, signs and needs with bars, likely causes, the recommendations with why and where from, and
 * the plan week by week. Names come from the knowledge base the report was made with.
 */
final class ReportText {
  private static final String INDENT = "  ";
  private static final String UNDER_HEADING = INDENT + "    ";
  private static final String UNDER_LABEL = UNDER_HEADING + "      ";

  private final KnowledgeBase kb;

  ReportText(KnowledgeBase kb) {
    this.kb = kb;
  }

  String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("RAPPORT CHECK-UP (content ").append(report.contentVersion()).append(")\n\n");
    out.append(wrap(report.disclaimer(), "")).append('\n');
    safety(report.safety(), out);
    standing(report, out);
    signs(report.signs(), out);
    needs(report.needs(), out);
    causes(report.causes(), out);
    recommendations(report.recommendations(), out);
    plan(report.plan(), out);
    return out.toString();
  }

  private void safety(Safety safety, StringBuilder out) {
    out.append("SAFETY\n");
    if (!safety.raised()) {
      out.append(
          wrap(
              "Nothing in your answers points to fear, threats, harm or control. If that changes,"
                  + " safety comes first: run the check-up again.",
              INDENT));
      out.append('\n');
      return;
    }
    out.append(INDENT)
        .append("Level: ")
        .append(safety.level().name().toLowerCase(Locale.ROOT))
        .append(" - please put your safety first.\n");
    for (String reason : safety.reasons()) {
      out.append(wrap(reason, INDENT + "- ", INDENT + "  "));
    }
    if (!safety.resources().isEmpty()) {
      out.append(INDENT).append("Help you can reach now:\n");
      for (HelpResource resource : safety.resources()) {
        out.append(wrap(resourceLine(resource), INDENT + "- ", INDENT + "  "));
      }
    }
    out.append('\n');
  }

  private static String resourceLine(HelpResource resource) {
    return resource.name()
        + ": "
        + resource.contact()
        + resource.url().map(url -> " (" + url + ")").orElse("")
        + ". "
        + resource.description();
  }

  private void standing(Report report, StringBuilder out) {
    out.append("WHERE THINGS STAND\n");
    out.append(
        wrap(
            "Connection index: "
                + report.connectionIndex()
                + " of 100 ("
                + report.band().name().toLowerCase(Locale.ROOT)
                + "). It is a number to follow change over time, not a grade.",
            INDENT));
    out.append(wrap("Strengths: " + needNames(report.strengths()), INDENT));
    out.append(wrap("Growth areas: " + needNames(report.growthAreas()), INDENT));
    out.append('\n');
  }

  private String needNames(List<NeedId> needs) {
    return needs.isEmpty()
        ? "none stand out yet"
        : needs.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private void signs(List<SignScore> signs, StringBuilder out) {
    out.append("SIGNS (how present, 0 to 1)\n");
    if (signs.isEmpty()) {
      out.append(INDENT).append("none assessed\n");
    }
    for (SignScore sign : signs) {
      out.append(row(name(sign.id()), sign.score()));
    }
    out.append('\n');
  }

  private void needs(List<NeedScore> needs, StringBuilder out) {
    out.append("NEEDS (how unmet they look, 0 to 1)\n");
    if (needs.isEmpty()) {
      out.append(INDENT).append("none assessed\n");
    }
    for (NeedScore need : needs) {
      out.append(row(name(need.id()), need.score()));
    }
    out.append('\n');
  }

  private static String row(String name, double score) {
    return String.format(Locale.ROOT, "%s%-34s %s%n", INDENT, clip(name, 34), Bars.bar(score));
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private void causes(List<LikelyCause> causes, StringBuilder out) {
    out.append("WHAT MAY LIE BEHIND IT (most likely first)\n");
    if (causes.isEmpty()) {
      out.append(INDENT).append("nothing stands out\n");
    }
    for (LikelyCause cause : causes) {
      out.append(row(name(cause.id()), cause.likelihood()));
      String evidence = evidence(cause.evidence());
      if (!evidence.isEmpty()) {
        out.append(wrap(evidence, INDENT + INDENT));
      }
    }
    out.append('\n');
  }

  private String evidence(List<Link> links) {
    StringBuilder text = new StringBuilder();
    if (links.stream().anyMatch(l -> l.from().kind() == NodeKind.CONTEXT)) {
      text.append("You said it is present. ");
    }
    String signs =
        links.stream()
            .filter(l -> l.from().kind() == NodeKind.SIGN)
            .map(l -> signName(l.from().id()))
            .distinct()
            .collect(Collectors.joining(", "));
    if (!signs.isEmpty()) {
      text.append("It tends to bring: ").append(signs).append('.');
    }
    return text.toString().strip();
  }

  private void recommendations(List<Recommendation> recommendations, StringBuilder out) {
    out.append("WHAT YOU CAN DO (in plan order)\n");
    int number = 1;
    for (Recommendation r : recommendations) {
      String heading =
          String.format(
              Locale.ROOT,
              "%2d. %s (%s, %s, starts week %d, %s)",
              number++,
              name(r.id()),
              word(r.who()),
              word(r.stage()),
              r.week(),
              word(r.cadence()));
      out.append(wrap(heading, INDENT, UNDER_HEADING));
      out.append(wrap(r.because().text(), UNDER_HEADING + "Why:  ", UNDER_LABEL));
      if (!r.sources().isEmpty()) {
        out.append(wrap(citations(r.sources()), UNDER_HEADING + "From: ", UNDER_LABEL));
      }
    }
    out.append('\n');
  }

  private static String citations(List<Citation> citations) {
    return citations.stream()
        .map(c -> c.source().title() + " (" + c.section() + ")")
        .distinct()
        .collect(Collectors.joining("; "));
  }

  private void plan(List<Week> plan, StringBuilder out) {
    out.append("YOUR PLAN, WEEK BY WEEK\n");
    for (Week week : plan) {
      out.append(INDENT).append("Week ").append(week.number()).append('\n');
      if (week.daily().isEmpty() && week.weekly().isEmpty() && week.once().isEmpty()) {
        out.append(INDENT + INDENT).append("nothing new this week\n");
      }
      planLine("every day:", week.daily(), out);
      planLine("this week:", week.weekly(), out);
      planLine("once:", week.once(), out);
    }
  }

  private void planLine(String label, List<InterventionId> items, StringBuilder out) {
    if (!items.isEmpty()) {
      String names = items.stream().map(this::name).collect(Collectors.joining(", "));
      out.append(wrap(names, INDENT + INDENT + pad(label), INDENT + INDENT + pad("")));
    }
  }

  private static String pad(String label) {
    return String.format(Locale.ROOT, "%-11s", label);
  }

  private String name(EntityId<?> id) {
    return kb.find(id).map(Entity::name).orElse(id.slug());
  }

  private String signName(String slug) {
    return name(SignId.of(slug));
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
