/**
 * Rapport's bundled content: the default English knowledge pack, loaded from JSON into the core's
 * {@link dev.rapport.core.KnowledgeBase}, with layering, locale lookup and search.
 *
 * <p>Start from {@link dev.rapport.content.DefaultContent#load()}. {@link
 * dev.rapport.content.ContentPacks} loads packs from folders, laid over the default or on their
 * own, and finds the bundled pack of a locale. A broken pack throws {@link
 * dev.rapport.content.ContentException}, the one exception of this module, listing every {@link
 * dev.rapport.content.ContentProblem} with its file and place. {@link
 * dev.rapport.content.ContentSearch} finds items by the words in them.
 *
 * <p>The JSON format is described in {@code FORMAT.md} and by one JSON Schema (draft 2020-12) per
 * file, shipped in {@code dev/rapport/content/schema/}. Nothing here returns null; everything
 * returned is immutable and thread-safe.
 */
package dev.rapport.content;
