/**
 * The terminal apps of the {@code rapport} command: {@code checkup}, {@code assess}, {@code batch}
 * and {@code content}.
 *
 * <p>Each command is one class, registered by {@link dev.rapport.examples.Rapport}; everything else
 * here is package-private. Commands report bad input as one line on stderr with exit code 2 (an
 * {@link dev.rapport.examples.cli.InputError} caught by {@link
 * dev.rapport.examples.cli.CliCommand}); the knowledge base is loaded once, by {@link
 * dev.rapport.examples.cli.Knowledge}.
 */
package dev.rapport.examples.cli;
