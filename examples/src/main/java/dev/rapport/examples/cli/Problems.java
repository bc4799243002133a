package dev.rapport.examples.cli;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.Form;
import dev.rapport.assessment.InputProblem;
import dev.rapport.assessment.InvalidInputException;
import dev.rapport.assessment.Item;
import dev.rapport.core.Entity;
import dev.rapport.core.KnowledgeBase;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad assessment input as one line: every problem with where it is, and for an unknown id the
 * closest known ones.
 */
final class Problems {
  private final Assessment assessment;

  Problems(Assessment assessment) {
    this.assessment = assessment;
  }

  String oneLine(InvalidInputException e) {
    int count = e.problems().size();
    String problems = e.problems().stream().map(this::describe).collect(Collectors.joining("; "));
    return count == 1 ? problems : count + " problems: " + problems;
  }

  private String describe(InputProblem problem) {
    String text = problem.toString();
    if (!problem.message().startsWith("unknown ") || problem.value().isEmpty()) {
      return text;
    }
    return text + Suggestions.didYouMean(problem.value().get(), known(problem.where()));
  }

  /** The ids a problem's place may hold: sign ids, cause ids, or questionnaire item ids. */
  private List<String> known(String where) {
    KnowledgeBase kb = assessment.knowledgeBase();
    if (where.startsWith("/signs")) {
      return slugs(kb.signs());
    }
    if (where.startsWith("/context")) {
      return slugs(kb.causes());
    }
    if (where.startsWith("/answers")) {
      return assessment.questionnaire(Form.FULL).items().stream().map(Item::id).toList();
    }
    return List.of();
  }

  private static List<String> slugs(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.id().slug()).toList();
  }
}
