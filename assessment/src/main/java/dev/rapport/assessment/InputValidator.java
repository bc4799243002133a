package dev.rapport.assessment;

import dev.rapport.core.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Step 1: checks an input against the knowledge base and turns it into a {@link ValidInput}.
 * Collects every problem (unknown item, sign or cause ids; values out of range; an unknown
 * engagement or a malformed region; neither answers nor signs) before throwing one {@link
 * InvalidInputException}.
 *
 * <p>Ids are looked up in the {@link Model}'s tables, whose evidence links are made once; the text
 * of a problem is only built when there is one.
 */
final class InputValidator {
  /** The order of a sign's evidence: strongest first, then answers before observations, by id. */
  static final Comparator<Link> STRONGEST_FIRST =
      Comparator.comparingDouble(Link::weight)
          .reversed()
          .thenComparing(l -> l.from().kind())
          .thenComparing(l -> l.from().id());

  private final Model model;
  private final String defaultRegion;

  InputValidator(KnowledgeBase kb, ItemIndex index, String defaultRegion) {
    this(Model.of(kb, index), defaultRegion);
  }

  InputValidator(Model model, String defaultRegion) {
    this.model = model;
    this.defaultRegion = defaultRegion;
  }

  ValidInput validate(AssessmentInput input) {
    List<InputProblem> problems = new ArrayList<>(0);
    int[] intensities = new int[model.signCount()];
    Arrays.fill(intensities, ValidInput.NOT_ASSESSED);
    int evidenceSize = input.answers().size() + input.signs().size();
    Link[] evidence = new Link[evidenceSize];
    int[] evidenceSigns = new int[evidenceSize];
    int evidenceCount = 0;
    boolean[] present = new boolean[model.causes.length];
    boolean[] absent = new boolean[model.causes.length];
    int[] safety = new int[model.topicReasons.length];
    Arrays.fill(safety, ValidInput.NOT_ASSESSED);

    for (Map.Entry<String, Integer> answer : input.answers().entrySet()) {
      String itemId = answer.getKey();
      int value = answer.getValue();
      Model.ItemRef item = model.items.get(itemId);
      if (item == null) {
        problems.add(
            problem(
                Values.pointer("answers", itemId),
                itemId,
                "unknown item '" + Values.shown(itemId) + "'"));
        continue;
      }
      Scale scale = item.scale();
      if (scale == Scale.ENGAGEMENT) {
        problems.add(
            problem(
                Values.pointer("answers", itemId),
                String.valueOf(value),
                "item "
                    + itemId
                    + " is answered with partnerEngagement (WILLING, UNSURE or UNWILLING),"
                    + " not a number"));
        continue;
      }
      if (value < scale.min() || value > scale.max()) {
        problems.add(
            problem(
                Values.pointer("answers", itemId),
                String.valueOf(value),
                String.format(
                    Locale.ROOT,
                    "answer to %s must be in [%d, %d] but was %d",
                    itemId,
                    scale.min(),
                    scale.max(),
                    value)));
        continue;
      }
      if (item.sign() >= 0) {
        intensities[item.sign()] = Math.max(intensities[item.sign()], value);
        evidence[evidenceCount] = item.answers()[value];
        evidenceSigns[evidenceCount++] = item.sign();
      }
      if (item.cause() >= 0) {
        (value == 1 ? present : absent)[item.cause()] = true;
      }
      if (item.topic() != null) {
        int topic = item.topic().ordinal();
        safety[topic] = Math.max(safety[topic], value);
      }
    }

    for (Map.Entry<String, Integer> observed : input.signs().entrySet()) {
      String signId = observed.getKey();
      int value = observed.getValue();
      Integer sign = model.signBySlug.get(signId);
      if (sign == null) {
        problems.add(
            problem(
                Values.pointer("signs", signId),
                signId,
                "unknown sign '" + Values.shown(signId) + "'"));
        continue;
      }
      if (value < Scale.FREQUENCY.min() || value > Scale.FREQUENCY.max()) {
        problems.add(
            problem(
                Values.pointer("signs", signId),
                String.valueOf(value),
                String.format(
                    Locale.ROOT,
                    "intensity of sign %s must be in [0, 4] but was %d",
                    signId,
                    value)));
        continue;
      }
      intensities[sign] = Math.max(intensities[sign], value);
      evidence[evidenceCount] = model.observations[sign][value];
      evidenceSigns[evidenceCount++] = sign;
    }

    for (String causeId : input.context()) {
      Integer cause = model.causeBySlug.get(causeId);
      if (cause == null) {
        problems.add(
            problem("/context", causeId, "unknown cause '" + Values.shown(causeId) + "'"));
      } else {
        present[cause] = true;
      }
    }
    for (int c = 0; c < present.length; c++) {
      absent[c] &= !present[c];
    }

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
    Link[] strongest = new Link[intensities.length];
    for (int e = 0; e < evidenceCount; e++) {
      int sign = evidenceSigns[e];
      if (strongest[sign] == null || STRONGEST_FIRST.compare(evidence[e], strongest[sign]) < 0) {
        strongest[sign] = evidence[e];
      }
    }
    return new ValidInput(
        model,
        intensities,
        evidence,
        evidenceSigns,
        evidenceCount,
        strongest,
        present,
        absent,
        safety,
        engagement,
        region);
  }

  static Optional<PartnerEngagement> engagement(String text) {
    for (PartnerEngagement engagement : PartnerEngagement.values()) {
      if (engagement.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(engagement);
      }
    }
    return Optional.empty();
  }

  /** Tells whether a text is 2 to 4 ASCII letters, {@code [A-Za-z]{2,4}}. */
  static boolean isRegion(String text) {
    if (text.length() < 2 || text.length() > 4) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  private static InputProblem problem(String where, String value, String message) {
    return new InputProblem(where, Optional.of(Values.shown(value)), message);
  }
}
