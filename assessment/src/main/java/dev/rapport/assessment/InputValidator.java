package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.SignId;
import dev.rapport.core.material.SafetyTopic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Step 1: checks an input against the knowledge base and turns it into a {@link ValidInput}.
 * Collects every problem (unknown item, sign or cause ids; values out of range; an unknown
 * engagement or a malformed region; neither answers nor signs) before throwing one {@link
 * InvalidInputException}.
 */
final class InputValidator {
  private static final Comparator<Link> STRONGEST_FIRST =
      Comparator.comparingDouble(Link::weight)
          .reversed()
          .thenComparing(l -> l.from().kind())
          .thenComparing(l -> l.from().id());

  private final KnowledgeBase kb;
  private final ItemIndex index;
  private final String defaultRegion;

  InputValidator(KnowledgeBase kb, ItemIndex index, String defaultRegion) {
    this.kb = kb;
    this.index = index;
    this.defaultRegion = defaultRegion;
  }

  ValidInput validate(AssessmentInput input) {
    List<InputProblem> problems = new ArrayList<>();
    Map<SignId, Integer> intensities = new HashMap<>();
    Map<SignId, List<Link>> evidence = new HashMap<>();
    TreeSet<CauseId> present = new TreeSet<>();
    TreeSet<CauseId> absent = new TreeSet<>();
    Map<SafetyTopic, Integer> safety = new EnumMap<>(SafetyTopic.class);

    input.answers().forEach(
        (itemId, value) -> {
          String where = Values.pointer("answers", itemId);
          Optional<Item> item = index.item(itemId);
          if (item.isEmpty()) {
            problems.add(problem(where, itemId, "unknown item '" + Values.shown(itemId) + "'"));
            return;
          }
          Scale scale = item.get().scale();
          if (scale == Scale.ENGAGEMENT) {
            problems.add(
                problem(
                    where,
                    String.valueOf(value),
                    "item "
                        + itemId
                        + " is answered with partnerEngagement (WILLING, UNSURE or UNWILLING),"
                        + " not a number"));
            return;
          }
          if (value < scale.min() || value > scale.max()) {
            problems.add(
                problem(
                    where,
                    String.valueOf(value),
                    String.format(
                        Locale.ROOT,
                        "answer to %s must be in [%d, %d] but was %d",
                        itemId,
                        scale.min(),
                        scale.max(),
                        value)));
            return;
          }
          index
              .statementSign(itemId)
              .ifPresent(sign -> observe(sign, NodeKind.ANSWER, itemId, value, intensities, evidence));
          index
              .contextCause(itemId)
              .ifPresent(cause -> (value == 1 ? present : absent).add(cause));
          index.safetyTopic(itemId).ifPresent(topic -> safety.merge(topic, value, Math::max));
        });

    input.signs().forEach(
        (signId, value) -> {
          String where = Values.pointer("signs", signId);
          Optional<SignId> sign = Values.isSlug(signId) ? Optional.of(SignId.of(signId)) : Optional.empty();
          if (sign.isEmpty() || kb.find(sign.get()).isEmpty()) {
            problems.add(problem(where, signId, "unknown sign '" + Values.shown(signId) + "'"));
            return;
          }
          if (value < Scale.FREQUENCY.min() || value > Scale.FREQUENCY.max()) {
            problems.add(
                problem(
                    where,
                    String.valueOf(value),
                    String.format(
                        Locale.ROOT,
                        "intensity of sign %s must be in [0, 4] but was %d",
                        signId,
                        value)));
            return;
          }
          observe(sign.get(), NodeKind.OBSERVATION, signId, value, intensities, evidence);
        });

    for (String causeId : input.context()) {
      Optional<CauseId> cause =
          Values.isSlug(causeId) ? Optional.of(CauseId.of(causeId)) : Optional.empty();
      if (cause.isEmpty() || kb.find(cause.get()).isEmpty()) {
        problems.add(
            problem("/context", causeId, "unknown cause '" + Values.shown(causeId) + "'"));
      } else {
        present.add(cause.get());
      }
    }
    absent.removeAll(present);

    PartnerEngagement engagement = PartnerEngagement.UNSURE;
    if (input.partnerEngagement().isPresent()) {
      String given = input.partnerEngagement().get();
      Optional<PartnerEngagement> parsed = engagement(given);
      if (parsed.isEmpty()) {
        problems.add(
            problem(
                "/partnerEngagement",
                given,
                "partner engagement must be WILLING, UNSURE or UNWILLING but was '"
                    + Values.shown(given)
                    + "'"));
      } else {
        engagement = parsed.get();
      }
    }

    String region = defaultRegion;
    if (input.region().isPresent()) {
      String given = input.region().get();
      if (!isRegion(given)) {
        problems.add(
            problem(
                "/region",
                given,
                "region must be 2 to 4 letters, such as US or INTL, but was '"
                    + Values.shown(given)
                    + "'"));
      } else {
        region = given.toUpperCase(Locale.ROOT);
      }
    }

    if (input.answers().isEmpty() && input.signs().isEmpty()) {
      problems.add(
          new InputProblem("/", Optional.empty(), "input has neither answers nor signs"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    evidence.replaceAll((sign, links) -> links.stream().sorted(STRONGEST_FIRST).toList());
    return new ValidInput(intensities, evidence, present, absent, safety, engagement, region);
  }

  private static void observe(
      SignId sign,
      NodeKind kind,
      String id,
      int value,
      Map<SignId, Integer> intensities,
      Map<SignId, List<Link>> evidence) {
    intensities.merge(sign, value, Math::max);
    evidence
        .computeIfAbsent(sign, s -> new ArrayList<>())
        .add(
            new Link(
                new Node(kind, id),
                new Node(NodeKind.SIGN, sign.slug()),
                value / 4.0,
                Optional.empty(),
                List.of()));
  }

  static Optional<PartnerEngagement> engagement(String text) {
    for (PartnerEngagement engagement : PartnerEngagement.values()) {
      if (engagement.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(engagement);
      }
    }
    return Optional.empty();
  }

  static boolean isRegion(String text) {
    return text.matches("[A-Za-z]{2,4}");
  }

  private static InputProblem problem(String where, String value, String message) {
    return new InputProblem(where, Optional.of(Values.shown(value)), message);
  }
}
