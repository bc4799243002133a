package dev.rapport.examples.cli;

import dev.rapport.core.Entity;
import dev.rapport.core.EntityKind;
import dev.rapport.core.KnowledgeBase;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rapport content list KIND}: every entity of one kind, in id order, with its name. */
@Command(name = "list", description = "List the needs, signs, causes, interventions or scenarios.")
final class ContentListCommand extends CliCommand {
  enum Kind {
    NEEDS(EntityKind.NEED),
    SIGNS(EntityKind.SIGN),
    CAUSES(EntityKind.CAUSE),
    INTERVENTIONS(EntityKind.INTERVENTION),
    SCENARIOS(EntityKind.SCENARIO);

    final EntityKind entityKind;

    Kind(EntityKind entityKind) {
      this.entityKind = entityKind;
    }

    static final class Words extends EnumWords<Kind> {
      Words() {
        super(Kind.class);
      }
    }
  }

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      converter = Kind.Words.class,
      description = "needs, signs, causes, interventions or scenarios")
  Kind kind;

  @Override
  int run() {
    KnowledgeBase kb = Knowledge.base();
    List<Entity> entities = kb.entities(kind.entityKind);
    int width = entities.stream().mapToInt(e -> e.id().slug().length()).max().orElse(0);
    for (Entity entity : entities) {
      out()
          .println(
              String.format(
                  Locale.ROOT, "%-" + width + "s  %s", entity.id().slug(), entity.name()));
    }
    return OK;
  }
}
