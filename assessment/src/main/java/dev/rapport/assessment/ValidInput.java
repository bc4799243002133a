package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.SignId;
import dev.rapport.core.material.SafetyTopic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An input that passed validation, resolved to the indexes of a {@link Model}: what every later
 * step of the pipeline reads.
 *
 * <p>Its parts, as the views below give them:
 *
 * <ul>
 *   <li>{@link #intensities()}: every assessed sign, safety signs included, with its intensity
 *       0..4 (the highest of its answers and its observation);
 *   <li>{@link #evidence()}: for each assessed sign, the answers and observation behind it as
 *       {@code ANSWER -> SIGN} or {@code OBSERVATION -> SIGN} links, strongest first, ties by item
 *       id ({@link InputValidator#STRONGEST_FIRST}); the pipeline reads only the first, {@link
 *       #strongestEvidence(int)};
 *   <li>{@link #present()}: causes said to be present; {@link #absent()}: causes answered "no" and
 *       not said to be present elsewhere;
 *   <li>{@link #safetyAnswers()}: the highest answer to the safety questions of each topic
 *       answered;
 *   <li>{@link #engagement()}: the partner's engagement, {@code UNSURE} when not answered;
 *   <li>{@link #region()}: the upper-case region code for help resources.
 * </ul>
 *
 * <p>Made by {@link InputValidator} alone, which hands over its arrays and keeps no reference to
 * them; never changed after.
 */
final class ValidInput {
  /** The intensity of a sign, or the answer to a safety topic, that was not given. */
  static final int NOT_ASSESSED = -1;

  private final Model model;
  private final int[] intensities;
  private final Link[] evidence;
  private final int[] evidenceSigns;
  private final int evidenceCount;
  private final Link[] strongest;
  private final boolean[] present;
  private final boolean[] absent;
  private final int[] safetyAnswers;
  private final PartnerEngagement engagement;
  private final String region;

  ValidInput(
      Model model,
      int[] intensities,
      Link[] evidence,
      int[] evidenceSigns,
      int evidenceCount,
      Link[] strongest,
      boolean[] present,
      boolean[] absent,
      int[] safetyAnswers,
      PartnerEngagement engagement,
      String region) {
    this.model = model;
    this.intensities = intensities;
    this.evidence = evidence;
    this.evidenceSigns = evidenceSigns;
    this.evidenceCount = evidenceCount;
    this.strongest = strongest;
    this.present = present;
    this.absent = absent;
    this.safetyAnswers = safetyAnswers;
    this.engagement = engagement;
    this.region = region;
  }

  /** The intensity of a sign by index, or {@link #NOT_ASSESSED}. */
  int intensityOf(int sign) {
    return intensities[sign];
  }

  /** The intensity of a sign, 0 when it was not assessed. */
  int intensity(SignId sign) {
    int index = model.sign(sign);
    return index < 0 ? 0 : Math.max(0, intensities[index]);
  }

  /** The strongest answer or observation behind an assessed sign. */
  Link strongestEvidence(int sign) {
    return strongest[sign];
  }

  boolean isPresent(int cause) {
    return present[cause];
  }

  boolean isPresent(CauseId cause) {
    int index = model.cause(cause);
    return index >= 0 && present[index];
  }

  boolean isAbsent(int cause) {
    return absent[cause];
  }

  /** The highest answer to the safety questions of a topic, 0 when none was answered. */
  int safetyAnswer(SafetyTopic topic) {
    return Math.max(0, safetyAnswers[topic.ordinal()]);
  }

  PartnerEngagement engagement() {
    return engagement;
  }

  String region() {
    return region;
  }

  Map<SignId, Integer> intensities() {
    Map<SignId, Integer> view = new HashMap<>();
    for (int s = 0; s < intensities.length; s++) {
      if (intensities[s] != NOT_ASSESSED) {
        view.put(model.signs[s].id(), intensities[s]);
      }
    }
    return Map.copyOf(view);
  }

  Map<SignId, List<Link>> evidence() {
    Map<SignId, List<Link>> view = new HashMap<>();
    for (int e = 0; e < evidenceCount; e++) {
      view.computeIfAbsent(model.signs[evidenceSigns[e]].id(), s -> new ArrayList<>())
          .add(evidence[e]);
    }
    view.replaceAll(
        (sign, links) -> links.stream().sorted(InputValidator.STRONGEST_FIRST).toList());
    return Map.copyOf(view);
  }

  Set<CauseId> present() {
    return causes(present);
  }

  Set<CauseId> absent() {
    return causes(absent);
  }

  Map<SafetyTopic, Integer> safetyAnswers() {
    Map<SafetyTopic, Integer> view = new EnumMap<>(SafetyTopic.class);
    for (SafetyTopic topic : SafetyTopic.values()) {
      if (safetyAnswers[topic.ordinal()] != NOT_ASSESSED) {
        view.put(topic, safetyAnswers[topic.ordinal()]);
      }
    }
    return Map.copyOf(view);
  }

  private Set<CauseId> causes(boolean[] flags) {
    Set<CauseId> view = new TreeSet<>();
    for (int c = 0; c < flags.length; c++) {
      if (flags[c]) {
        view.add(model.causes[c].id());
      }
    }
    return Set.copyOf(view);
  }
}
