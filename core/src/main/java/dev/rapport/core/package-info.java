/**
 * Rapport's domain and knowledge graph.
 *
 * <p>Start from {@link dev.rapport.core.KnowledgeBase}: it holds the {@link
 * dev.rapport.core.Need needs}, {@link dev.rapport.core.Sign signs}, {@link dev.rapport.core.Cause
 * causes}, {@link dev.rapport.core.Intervention interventions} and {@link
 * dev.rapport.core.Scenario scenarios}, the weighted {@link dev.rapport.core.Relation relations}
 * between them (a sign points to the needs it shows are unmet, a cause to the signs it produces,
 * an intervention to what it addresses), and the supporting material of {@link
 * dev.rapport.core.material}. Every entity and relation cites its {@link dev.rapport.core.Source
 * sources}, and every relation says whether a source states it or it is an editorial inference
 * ({@link dev.rapport.core.Grounding}).
 *
 * <p>Everything here is an immutable value; nothing is null (lookups that can miss return {@link
 * java.util.Optional}). There is no I/O here: the {@code rapport-content} module loads the bundled
 * content into these types.
 */
package dev.rapport.core;
