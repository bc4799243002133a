package dev.rapport.examples.web;

import dev.rapport.assessment.writing.SafetyHold;
import java.util.List;

/**
 * What a writing page shows instead of a letter or a check-in guide when the person's last result
 * puts safety first: why there is nothing for the partner, and where to turn. It repeats none of
 * the safety answers and offers nothing to send.
 *
 * @param title the page's heading, such as "Write to your partner"
 * @param headline what was not made, such as "No letter was drafted."
 * @param explanation why, and what to do instead, a paragraph each
 * @param safety how to show it: its level and the help resources, in the library's order (crisis
 *     lines first with thoughts of self-harm); no reasons
 * @param disclaimer what the app is and is not
 */
record HoldPage(
    String title,
    String headline,
    List<String> explanation,
    ReportPage.SafetyView safety,
    String disclaimer) {

  static HoldPage of(String title, SafetyHold hold) {
    return new HoldPage(
        title,
        hold.headline(),
        hold.explanation(),
        new ReportPage.SafetyView(
            hold.level(),
            List.of(),
            hold.resources().stream().map(ReportPage.ResourceView::of).toList()),
        hold.disclaimer());
  }
}
