package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What the shared layout of every page needs: its title, the form token, where it sits in the
 * navigation, and whether it draws charts.
 *
 * @param title the page title, without the site name
 * @param csrfToken the token forms on the page carry
 * @param nav the navigation entry to mark as current
 * @param charts true when the page draws charts, so the layout loads Chart.js
 */
record PageFrame(String title, String csrfToken, Nav nav, boolean charts) {
  /** Chart.js, served from its WebJar on this server; never from a CDN. */
  static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  PageFrame {
    checkNotNull(title, "title must not be null");
    checkNotNull(csrfToken, "csrfToken must not be null");
    checkNotNull(nav, "nav must not be null");
  }

  /** The {@code aria-current} value for {@code entry}: "page" when it is current, else null. */
  String current(Nav entry) {
    return nav == entry ? "page" : null;
  }

  /** The address of Chart.js. */
  String chartJs() {
    return CHART_JS;
  }
}
