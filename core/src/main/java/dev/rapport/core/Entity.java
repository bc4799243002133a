package dev.rapport.core;

import java.util.List;

/**
 * An entity of the knowledge graph: a need, sign, cause, intervention or scenario.
 *
 * <p>Every entity is an immutable record with a typed id, a short name, a plain-language
 * description written for the person reading it, and the citations it is drawn from.
 */
public sealed interface Entity permits Need, Sign, Cause, Intervention, Scenario {

  /**
   * The entity's id.
   *
   * @return the typed id
   */
  EntityId<?> id();

  /**
   * A short name, such as "Lonely together".
   *
   * @return the name
   */
  String name();

  /**
   * A plain-language description for the person reading it.
   *
   * @return the description
   */
  String description();

  /**
   * Where the entity is drawn from; never empty in a built knowledge base.
   *
   * @return the citations, in the order given
   */
  List<Citation> citations();
}
