package dev.rapport.examples.cli;

import dev.rapport.assessment.Assessment;
import java.util.Optional;

/** The shared assessment, or one for the region a command was given. */
final class Assessments {
  private Assessments() {}

  static Assessment forRegion(Optional<String> region) {
    return region
        .map(code -> Assessment.builder(Knowledge.base()).region(code).build())
        .orElseGet(Knowledge::assessment);
  }
}
