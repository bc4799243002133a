package dev.rapport.assessment;

import dev.rapport.core.CauseId;
import dev.rapport.core.SignId;
import dev.rapport.core.material.SafetyTopic;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An input that passed validation, in typed form: what every later step of the pipeline reads.
 *
 * @param intensities every assessed sign, safety signs included, with its intensity 0..4 (the
 *     highest of its answers and its observation)
 * @param evidence for each assessed sign, the answers and observation behind it as {@code ANSWER
 *     -> SIGN} or {@code OBSERVATION -> SIGN} links, strongest first, ties by item id
 * @param present causes said to be present, in id order
 * @param absent causes answered "no" and not said to be present elsewhere, in id order
 * @param safetyAnswers the highest answer to the safety questions of each topic answered
 * @param engagement the partner's engagement, {@code UNSURE} when not answered
 * @param region the upper-case region code for help resources
 */
record ValidInput(
    Map<SignId, Integer> intensities,
    Map<SignId, List<Link>> evidence,
    Set<CauseId> present,
    Set<CauseId> absent,
    Map<SafetyTopic, Integer> safetyAnswers,
    PartnerEngagement engagement,
    String region) {

  ValidInput {
    intensities = Map.copyOf(intensities);
    evidence = Map.copyOf(evidence);
    present = Set.copyOf(present);
    absent = Set.copyOf(absent);
    safetyAnswers = Map.copyOf(safetyAnswers);
  }

  int intensity(SignId sign) {
    return intensities.getOrDefault(sign, 0);
  }
}
