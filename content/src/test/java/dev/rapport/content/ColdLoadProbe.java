package dev.rapport.content;

import dev.rapport.core.KnowledgeBase;

/**
 * Loads the default pack in a JVM of its own, for {@link BundledSnapshotTest}, which runs it with
 * class loading logged and looks at what was loaded.
 */
final class ColdLoadProbe {
  private ColdLoadProbe() {}

  /**
   * Loads the default pack and prints how many signs it has.
   *
   * @param args none
   */
  public static void main(String[] args) {
    KnowledgeBase kb = DefaultContent.load();
    System.out.println("probe loaded " + kb.signs().size() + " signs");
  }
}
