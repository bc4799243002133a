package dev.rapport.examples.web;

import dev.rapport.assessment.Node;
import dev.rapport.core.CauseId;
import dev.rapport.core.Entity;
import dev.rapport.core.EntityId;
import dev.rapport.core.InterventionId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.ScenarioId;
import dev.rapport.core.SignId;
import java.util.Optional;

/** Looks up the plain-language names of the knowledge base's entities for the pages. */
final class Names {
  private final KnowledgeBase kb;

  Names(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The entity named by an id; fails when the content does not hold it. */
  <E extends Entity> E entity(EntityId<E> id) {
    return kb.require(id);
  }

  /** The name of the entity an id names. */
  String name(EntityId<?> id) {
    return kb.find(id).map(Entity::name).orElse(id.slug());
  }

  /** The name of the entity at one end of an explanation's link, if it is an entity. */
  Optional<String> name(Node node) {
    return switch (node.kind()) {
      case SIGN, OBSERVATION -> Optional.of(name(SignId.of(node.id())));
      case NEED -> Optional.of(name(NeedId.of(node.id())));
      case CAUSE, CONTEXT -> Optional.of(name(CauseId.of(node.id())));
      case INTERVENTION -> Optional.of(name(InterventionId.of(node.id())));
      case SCENARIO -> Optional.of(name(ScenarioId.of(node.id())));
      case ANSWER, RULE -> Optional.empty();
    };
  }
}
