package dev.rapport.examples.cli;

import com.google.common.base.Suppliers;
import dev.rapport.assessment.Assessment;
import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.util.function.Supplier;

/**
 * The bundled knowledge base ({@link DefaultContent} loads it once) and an assessment over it,
 * made once on first use and shared by every command; both are immutable and thread-safe.
 */
final class Knowledge {
  private static final Supplier<Assessment> ASSESSMENT =
      Suppliers.memoize(() -> Assessment.of(DefaultContent.load()));

  private Knowledge() {}

  static KnowledgeBase base() {
    return DefaultContent.load();
  }

  static Assessment assessment() {
    return ASSESSMENT.get();
  }
}
