package dev.rapport.examples.cli;

import dev.rapport.core.Entity;
import dev.rapport.core.EntityId;
import dev.rapport.core.EntityKind;
import dev.rapport.core.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code rapport content show ID}: one entity in full, with its relations both ways and its
 * sources. A bare id shows every kind that has it ({@code partner-wants-to-leave} is a sign and a
 * scenario); {@code KIND:ID} picks one.
 */
@Command(
    name = "show",
    description = {
      "Show one need, sign, cause, intervention or scenario: what it is, its relations both ways"
          + " with their weights and whether a source states them (STATED) or they are our"
          + " inference (EDITORIAL), and its sources."
    })
final class ContentShowCommand extends CliCommand {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Parameters(
      index = "0",
      paramLabel = "ID|KIND:ID",
      description =
          "An id such as lonely-together, or with its kind, such as sign:lonely-together.")
  String reference;

  @Override
  int run() {
    KnowledgeBase kb = Knowledge.base();
    EntityText text = new EntityText(kb);
    List<Entity> found = find(kb, reference);
    for (int i = 0; i < found.size(); i++) {
      if (i > 0) {
        out().println();
      }
      out().print(text.render(found.get(i)));
    }
    return OK;
  }

  /**
   * The entities a reference names.
   *
   * @throws InputError naming the reference, with close ids, when there is none
   */
  static List<Entity> find(KnowledgeBase kb, String reference) {
    String ref = reference.strip();
    int colon = ref.indexOf(':');
    List<Entity> found = new ArrayList<>();
    if (colon >= 0) {
      EntityKind kind = kind(ref.substring(0, colon));
      String slug = ref.substring(colon + 1);
      if (SLUG.matcher(slug).matches()) {
        kb.find(kind.id(slug)).ifPresent(found::add);
      }
    } else if (SLUG.matcher(ref).matches()) {
      for (EntityKind kind : EntityKind.values()) {
        kb.find(kind.id(ref)).ifPresent(found::add);
      }
    }
    if (found.isEmpty()) {
      throw new InputError("no entity with id '" + ref + "'" + suggestions(kb, ref));
    }
    return found;
  }

  private static EntityKind kind(String word) {
    try {
      return EntityKind.fromWord(word.strip());
    } catch (IllegalArgumentException e) {
      throw new InputError(e.getMessage());
    }
  }

  private static String suggestions(KnowledgeBase kb, String ref) {
    String slug = ref.substring(ref.indexOf(':') + 1);
    List<String> slugs = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      kb.entities(kind).forEach(e -> slugs.add(e.id().slug()));
    }
    List<String> close = Suggestions.closest(slug, slugs);
    if (close.isEmpty()) {
      return "; try 'rapport content search " + slug.replace('-', ' ') + "'";
    }
    List<String> references = new ArrayList<>();
    for (String match : close) {
      for (EntityKind kind : EntityKind.values()) {
        EntityId<?> id = kind.id(match);
        if (kb.find(id).isPresent()) {
          references.add(id.reference());
        }
      }
    }
    return "; did you mean " + String.join(" or ", references) + "?";
  }
}
