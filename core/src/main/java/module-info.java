/**
 * Rapport's domain: typed ids, the cited entities (needs, signs, causes, interventions,
 * scenarios), the weighted relations between them, the supporting material, and the validated
 * {@link dev.rapport.core.KnowledgeBase} that holds them all.
 */
module dev.rapport.core {
  requires com.google.common;

  exports dev.rapport.core;
  exports dev.rapport.core.material;
}
