/**
 * Rapport's reference apps, in one executable jar.
 *
 * <p>Start from {@link dev.rapport.examples.Rapport}, the {@code rapport} command whose subcommands
 * are the apps: {@code checkup} (the interactive terminal check-up), {@code assess} (JSON in,
 * report out, for scripts), {@code batch} (JSON Lines or CSV in, JSON Lines out), {@code content}
 * (browse and search the knowledge) and {@code web} (the local web check-up). {@link
 * dev.rapport.examples.EmbeddingSample} is the ten-line sample of the README: the library's API
 * without any of the apps around it.
 */
package dev.rapport.examples;
