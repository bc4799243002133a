package dev.rapport.examples.cli;

import static dev.rapport.examples.cli.Wrap.wrap;

import dev.rapport.core.Cause;
import dev.rapport.core.Citation;
import dev.rapport.core.Contraindication;
import dev.rapport.core.Entity;
import dev.rapport.core.EntityId;
import dev.rapport.core.EntityKind;
import dev.rapport.core.Intervention;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.PlaybookStep;
import dev.rapport.core.Question;
import dev.rapport.core.Relation;
import dev.rapport.core.Scenario;
import dev.rapport.core.Sign;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One entity as text: its name and description, what is particular to its kind, its relations both
 * ways (strongest first, each with weight, grounding and sources), and its sources.
 */
final class EntityText {
  private static final String INDENT = "  ";

  private final KnowledgeBase kb;

  EntityText(KnowledgeBase kb) {
    this.kb = kb;
  }

  String render(Entity entity) {
    StringBuilder out = new StringBuilder();
    out.append(entity.id().reference()).append("  ").append(entity.name()).append('\n');
    out.append(wrap(entity.description(), INDENT));
    if (entity instanceof Sign sign) {
      sign(sign, out);
    } else if (entity instanceof Cause cause) {
      cause(cause, out);
    } else if (entity instanceof Intervention intervention) {
      intervention(intervention, out);
    } else if (entity instanceof Scenario scenario) {
      scenario(scenario, out);
    }
    relations(entity.id(), out);
    out.append("\nSources:\n");
    for (Citation citation : entity.citations()) {
      out.append(wrap(citation(citation), INDENT + "- ", INDENT + "  "));
    }
    return out.toString();
  }

  private static void sign(Sign sign, StringBuilder out) {
    if (sign.safety()) {
      out.append("\n").append(INDENT).append("A safety sign: it puts safety first.\n");
    }
    if (!sign.statements().isEmpty()) {
      out.append(
          "\nStatements (rated 0 never, 1 rarely, 2 sometimes, 3 often, 4 almost always):\n");
      for (Question statement : sign.statements()) {
        out.append(wrap(statement.id() + ": " + statement.text(), INDENT + "- ", INDENT + "  "));
      }
    }
  }

  private static void cause(Cause cause, StringBuilder out) {
    if (cause.safety()) {
      out.append("\n").append(INDENT).append("A safety cause: professional help first.\n");
    }
    cause
        .question()
        .ifPresent(
            q ->
                out.append("\nQuestion (yes or no):\n")
                    .append(wrap(q.id() + ": " + q.text(), INDENT + "- ", INDENT + "  ")));
  }

  private static void intervention(Intervention intervention, StringBuilder out) {
    out.append('\n')
        .append(INDENT)
        .append(
            String.format(
                Locale.ROOT,
                "who %s, kind %s, cadence %s, about %d minutes, stage %s%n",
                word(intervention.who()),
                word(intervention.kind()),
                word(intervention.cadence()),
                intervention.effortMinutes(),
                word(intervention.stage())));
    out.append("\nSteps:\n");
    int number = 1;
    for (String step : intervention.steps()) {
      out.append(wrap(step, INDENT + number++ + ". ", INDENT + "   "));
    }
    if (!intervention.contraindications().isEmpty()) {
      out.append("\nNot advised when:\n");
      for (Contraindication c : intervention.contraindications()) {
        out.append(wrap(word(c.condition()) + ": " + c.note(), INDENT + "- ", INDENT + "  "));
      }
    }
  }

  private static void scenario(Scenario scenario, StringBuilder out) {
    out.append("\nPlaybook, in order:\n");
    int number = 1;
    for (PlaybookStep step : scenario.playbook()) {
      out.append(wrap(step.title() + ": " + step.text(), INDENT + number++ + ". ", INDENT + "   "));
      if (!step.interventions().isEmpty()) {
        out.append(
            wrap(
                "interventions: "
                    + step.interventions().stream()
                        .map(EntityId::slug)
                        .collect(Collectors.joining(", ")),
                INDENT + "   "));
      }
    }
  }

  private void relations(EntityId<?> id, StringBuilder out) {
    for (EntityKind other : EntityKind.values()) {
      group(heading(id.kind(), true, other), kb.from(id), other, Relation::to, "-> ", out);
    }
    for (EntityKind other : EntityKind.values()) {
      group(heading(id.kind(), false, other), kb.to(id), other, Relation::from, "<- ", out);
    }
  }

  private void group(
      String heading,
      List<Relation> relations,
      EntityKind other,
      Function<Relation, EntityId<?>> end,
      String arrow,
      StringBuilder out) {
    List<Relation> matching = relations.stream().filter(r -> end.apply(r).kind() == other).toList();
    if (matching.isEmpty()) {
      return;
    }
    out.append('\n').append(heading).append(":\n");
    for (Relation r : matching) {
      EntityId<?> target = end.apply(r);
      String name = kb.find(target).map(Entity::name).orElse(target.slug());
      String line =
          String.format(
              Locale.ROOT,
              "%s%s (%s)  weight %.2f  %s",
              arrow,
              target.reference(),
              name,
              r.weight(),
              r.grounding());
      out.append(wrap(line, INDENT, INDENT + "     "));
      if (!r.citations().isEmpty()) {
        out.append(
            wrap(
                "from "
                    + r.citations().stream()
                        .map(EntityText::citation)
                        .collect(Collectors.joining("; ")),
                INDENT + "     "));
      }
    }
  }

  /** What a group of relations means, by the direction and the kinds at both ends. */
  static String heading(EntityKind self, boolean outgoing, EntityKind other) {
    if (outgoing) {
      return switch (self) {
        case SIGN -> "Needs it shows are unmet (sign -> need)";
        case CAUSE -> "Signs it tends to produce (cause -> sign)";
        case INTERVENTION -> "What it addresses (intervention -> " + other.word() + ")";
        case NEED, SCENARIO -> "Relations (" + self.word() + " -> " + other.word() + ")";
      };
    }
    return switch (other) {
      case SIGN -> "Signs that show it is unmet (sign -> need)";
      case CAUSE -> "Causes that tend to produce it (cause -> sign)";
      case INTERVENTION -> "Interventions that address it (intervention -> " + self.word() + ")";
      case NEED, SCENARIO -> "Relations (" + other.word() + " -> " + self.word() + ")";
    };
  }

  private static String citation(Citation citation) {
    return citation.source().title()
        + citation.source().author().map(a -> ", " + a).orElse("")
        + " ("
        + citation.section()
        + ")";
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
