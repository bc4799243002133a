/**
 * {@code rapport web}: the main reference app, a calm local web check-up with charts and an opt-in
 * history.
 *
 * <p>Start from {@link dev.rapport.examples.web.WebCommand}, the picocli command that the {@code
 * rapport} jar runs as {@code rapport web}. Everything else here is package-private: the server and
 * its routes, the check-up form and its validation, the report and history pages, the writing help
 * (a draft letter to the partner that the person edits and checks with the coach, and a weekly
 * check-in guide; see {@link dev.rapport.examples.web.WritingRoutes}), the security guards (CSRF,
 * headers, host check), and the history store (an SQLite file, created only when a person first
 * saves). The pages are JTE templates in {@code src/main/jte/web}, turned into Java classes of this
 * package at build time and type-checked with it; every value they print is HTML-escaped, except
 * the coach's marked text, which {@link dev.rapport.examples.web.Highlight} escapes itself before
 * adding its own marks.
 *
 * <p>The app shows what SAFETY.md asks of apps: it stores nothing unless the person saves, offers a
 * quick exit on every page, deletes for real, sends nothing off the machine and loads nothing from
 * outside it, and never shows the safety answers on a page meant to be kept or shared.
 *
 * <p>The writing help drafts from the report the person just saw, which is kept in memory only, for
 * this browser (known by its form-token cookie), for at most half an hour without use (see {@link
 * dev.rapport.examples.web.LastResults}); the quick exit and "delete all my data" forget it. When
 * that report puts safety first, only the library's safety holds are kept, never the report, and
 * the writing pages show why there is no letter and where to turn, with nothing to send.
 */
package dev.rapport.examples.web;
