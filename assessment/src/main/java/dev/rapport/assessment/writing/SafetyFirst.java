package dev.rapport.assessment.writing;

import dev.rapport.assessment.Report;
import dev.rapport.assessment.SafetyLevel;
import dev.rapport.core.Cause;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Sign;
import dev.rapport.core.material.HelpResource;
import java.util.List;

/**
 * The safety rule of this package: nothing meant for the partner, or for the two of you, when a
 * report puts safety first. Fails closed: a raised level, the safety scenario, a {@code
 * safety-support} recommendation, or a safety sign or cause anywhere in the report is enough.
 */
final class SafetyFirst {
  static final String EMERGENCY =
      "If you are in danger now, or thinking of harming yourself, call your local emergency number"
          + " or a crisis line straight away.";

  private SafetyFirst() {}

  static boolean applies(KnowledgeBase kb, Report report) {
    if (report.safety().raised() || report.scenario().slug().equals("safety-concern")) {
      return true;
    }
    if (report.recommendations().stream().anyMatch(r -> r.id().slug().equals("safety-support"))) {
      return true;
    }
    boolean safetyCause =
        report.causes().stream().anyMatch(c -> kb.find(c.id()).map(Cause::safety).orElse(false));
    boolean safetySign =
        report.signs().stream()
            .anyMatch(s -> s.score() > 0 && kb.find(s.id()).map(Sign::safety).orElse(false));
    return safetyCause || safetySign;
  }

  static SafetyHold hold(
      KnowledgeBase kb, Report report, String headline, List<String> explanation) {
    SafetyLevel level = report.safety().raised() ? report.safety().level() : SafetyLevel.CONCERN;
    List<HelpResource> resources =
        report.safety().resources().isEmpty()
            ? kb.resourcesFor("INTL")
            : report.safety().resources();
    return new SafetyHold(level, headline, explanation, resources, report.disclaimer());
  }
}
