/**
 * {@code rapport web}: the main reference app, a calm local web check-up with charts and an opt-in
 * history.
 *
 * <p>Start from {@link dev.rapport.examples.web.WebCommand}, the picocli command that the {@code
 * rapport} jar runs as {@code rapport web}. Everything else here is package-private: the server and
 * its routes, the check-up form and its validation, the report and history pages (JTE templates in
 * {@code src/main/jte/web}, turned into Java classes of this package at build time and type-checked
 * with it; every value they print is HTML-escaped), the security guards (CSRF, headers, host
 * check), and the history store (an SQLite file, created only when a person first saves).
 *
 * <p>The app shows what SAFETY.md asks of apps: it stores nothing unless the person saves, offers a
 * quick exit on every page, deletes for real, sends nothing off the machine and loads nothing from
 * outside it, and never shows the safety answers on a page meant to be kept or shared.
 */
package dev.rapport.examples.web;
