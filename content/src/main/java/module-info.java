/**
 * Rapport's bundled content: the default English knowledge pack as JSON resources (with a binary
 * snapshot of its knowledge base, made from the JSON at build time and read on load), its loader
 * and validator, pack layering and locale lookup, and a full-text search over the knowledge.
 *
 * <p>Start from {@link dev.rapport.content.DefaultContent#load()}. Only {@code dev.rapport.content}
 * is exported; the JSON wire records are package-private and opened to Jackson alone.
 */
module dev.rapport.content {
  // The API returns KnowledgeBase and other core types, so readers of this module read core too.
  requires transitive dev.rapport.core;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.google.common;

  exports dev.rapport.content;

  // Jackson binds the package-private wire records by reflection.
  opens dev.rapport.content to
      com.fasterxml.jackson.databind;
}
