package dev.rapport.content;

import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where every item of a pack came from, so that the problems {@link KnowledgeBase.Builder#build()}
 * reports by id ({@code sign:lonely-together}, {@code question:context-work-stress}, {@code sign:a
 * -> need:b}) can be reported at their file and place; and which of those problems only follow from
 * one already reported, so that they are left out.
 *
 * <p>A core problem goes to the place where its subject is defined, or, when its message names an
 * id the subject refers to (a relation's target, a cited source, a story's sign), to the place of
 * that reference. A subject defined more than once (a question id used twice) is reported at its
 * definition in the highest layer, naming the others.
 *
 * <p>Left out as consequences: anything about an item that could not be built, or that names one (a
 * relation to it); references of a kind whose file could not be read, or that lost an item whose id
 * could not be read; and the core's "nothing left" messages ({@code points to no need}, {@code
 * addresses nothing}, ...) for an item whose own problems are already reported.
 */
final class Provenance {
  /** Core messages that only repeat, for an item already reported, that something of it is lost. */
  private static final Set<String> CONSEQUENCES =
      Set.of(
          "points to no need",
          "is shown by no sign",
          "produces no sign",
          "addresses nothing",
          "cites no source",
          "has an empty playbook");

  private final Problems problems;
  private final String fallbackFile;

  /** Where each subject is defined. */
  private final Map<String, List<Origin>> origins = new HashMap<>();

  /** For each subject, the places of the ids it names, by how a core message mentions them. */
  private final Map<String, List<Mention>> mentions = new HashMap<>();

  /** Subjects left out because they could not be built. */
  private final Set<String> leftOut = new HashSet<>();

  /** Subjects with a problem reported, or that lost a relation through one. */
  private final Set<String> reported = new HashSet<>();

  /** Files with at least one item left out. */
  private final Set<PackFile> filesWithLeftOut = EnumSet.noneOf(PackFile.class);

  /** Files some of whose ids are unknown: unreadable, or with an item left out without an id. */
  private final Set<PackFile> uncertain = EnumSet.noneOf(PackFile.class);

  private record Mention(String token, Origin origin) {}

  /**
   * Starts with nothing recorded.
   *
   * @param problems where problems go
   * @param fallbackFile the file a problem goes to when its subject is defined nowhere
   * @param unreadable the files that could not be read
   */
  Provenance(Problems problems, String fallbackFile, Set<PackFile> unreadable) {
    this.problems = problems;
    this.fallbackFile = fallbackFile;
    uncertain.addAll(unreadable);
  }

  /** Records that {@code subject} is defined at {@code origin}. */
  void origin(String subject, Origin origin) {
    origins.computeIfAbsent(subject, s -> new ArrayList<>()).add(origin);
  }

  /**
   * Records that {@code subject} names another item at {@code origin}, as core messages mention it:
   * {@code need:being-heard} for a relation, {@code source 'x'} for a citation, {@code sign 'x'}
   * for a list of ids.
   */
  void mention(String subject, String token, Origin origin) {
    mentions.computeIfAbsent(subject, s -> new ArrayList<>()).add(new Mention(token, origin));
  }

  /** Records that {@code subject} has a problem reported already. */
  void reported(String subject) {
    reported.add(subject);
  }

  /**
   * Records that an item of {@code file} could not be built; {@code subject} is {@code kind:} alone
   * when its id could not be read.
   */
  void leaveOut(String subject, PackFile file) {
    leftOut.add(subject);
    filesWithLeftOut.add(file);
    if (subject.endsWith(":")) {
      uncertain.add(file);
    }
  }

  /** Reports a problem of the core builder at its place, unless it is only a consequence. */
  void report(Problem problem) {
    String subject = problem.subject();
    String message = problem.message();
    if (isConsequence(subject, message)) {
      return;
    }
    // Where a subject is defined more than once, the highest layer's definition is the new one.
    List<Origin> defined = new ArrayList<>(origins.getOrDefault(subject, List.of()));
    defined.sort(
        Comparator.<Origin>comparingInt(o -> problems.order(o.file()))
            .thenComparing(Origin::pointer, Problems::comparePointers));
    Origin origin =
        defined.isEmpty() ? new Origin(fallbackFile, "") : defined.get(defined.size() - 1);
    for (Mention mention : mentions.getOrDefault(subject, List.of())) {
      if (mentioned(message, mention.token())) {
        origin = mention.origin();
        break;
      }
    }
    String text = subject + ": " + message;
    if (defined.size() > 1) {
      text +=
          defined.subList(0, defined.size() - 1).stream()
              .map(o -> o.file() + " at " + (o.pointer().isEmpty() ? "/" : o.pointer()))
              .collect(Collectors.joining(", ", " (also at ", ")"));
    }
    problems.add(origin, text);
  }

  private boolean isConsequence(String subject, String message) {
    if (leftOut.contains(subject) || mentionsLeftOut(message) || mentionsUncertain(message)) {
      return true;
    }
    return CONSEQUENCES.contains(message)
        && (reported.contains(subject)
            || (message.equals("is shown by no sign")
                && (filesWithLeftOut.contains(PackFile.SIGNS)
                    || uncertain.contains(PackFile.SIGNS))));
  }

  private boolean mentionsLeftOut(String message) {
    for (String subject : leftOut) {
      int colon = subject.indexOf(':');
      String kind = subject.substring(0, colon);
      String slug = subject.substring(colon + 1);
      if (!slug.isEmpty()
          && (mentioned(message, subject) || mentioned(message, kind + " '" + slug + "'"))) {
        return true;
      }
    }
    return false;
  }

  private boolean mentionsUncertain(String message) {
    for (PackFile file : uncertain) {
      String word = file.subject();
      boolean mentions =
          file == PackFile.PACK
              ? message.contains("unknown source '")
              : message.contains(" " + word + ":") || message.contains(" " + word + " '");
      if (mentions) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code token} is in {@code message} as a whole id, not as part of a longer one. */
  private static boolean mentioned(String message, String token) {
    int from = 0;
    while (true) {
      int at = message.indexOf(token, from);
      if (at < 0) {
        return false;
      }
      int end = at + token.length();
      if (end == message.length() || !isSlugCharacter(message.charAt(end))) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isSlugCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }
}
