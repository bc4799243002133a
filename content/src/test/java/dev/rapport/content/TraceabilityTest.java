package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.EntityId;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The traceability tables (content/traceability/): every row names a source of the pack and only
 * ids the default pack defines. Whether every section of every source has a row is checked
 * against the sources themselves by .ci/check-traceability, where they are present.
 */
class TraceabilityTest {
  private static final Path TABLES = Path.of("traceability");

  private static List<JsonNode> rows() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String name : List.of("traceability.json", "traceability-material.json")) {
      mapper.readTree(TABLES.resolve(name).toFile()).forEach(rows::add);
    }
    return rows;
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    items.forEach(item -> ids.add(id.apply(item)));
    return ids;
  }

  @Test
  void tables_everyRowNamesAKnownSourceAndDefinedIds() throws IOException {
    KnowledgeBase kb = DefaultContent.load();
    Set<String> sources = ids(kb.sources(), Source::id);
    Set<String> material = new HashSet<>();
    kb.stories().forEach(s -> material.add("story:" + s.id()));
    kb.faqs().forEach(f -> material.add("faq:" + f.id()));
    kb.misconceptions().forEach(m -> material.add("misconception:" + m.id()));
    kb.habits().forEach(h -> material.add("habit:" + h.id()));
    kb.prompts().forEach(p -> material.add("prompt:" + p.id()));
    kb.letters().forEach(l -> material.add("letter:" + l.id()));
    kb.safetyQuestions().forEach(q -> material.add("safety-question:" + q.id()));
    List<String> unknown = new ArrayList<>();

    for (JsonNode row : rows()) {
      String where = row.path("source").asText() + " / " + row.path("section").asText();
      assertTrue(sources.contains(row.path("source").asText()), "unknown source in " + where);
      assertFalse(row.path("carriedBy").isEmpty(), "no id carries " + where);
      for (JsonNode carried : row.path("carriedBy")) {
        String reference = carried.asText();
        boolean known =
            material.contains(reference)
                || isDefinedEntity(kb, reference);
        if (!known) {
          unknown.add(reference + " (" + where + ")");
        }
      }
    }

    assertEquals(List.of(), unknown);
  }

  @Test
  void tables_coverEverySourceOfThePack() throws IOException {
    Set<String> covered = new HashSet<>();
    rows().forEach(row -> covered.add(row.path("source").asText()));

    assertEquals(ids(DefaultContent.load().sources(), Source::id), covered);
  }

  private static boolean isDefinedEntity(KnowledgeBase kb, String reference) {
    try {
      return kb.find(EntityId.parseReference(reference)).isPresent();
    } catch (IllegalArgumentException notAnEntityReference) {
      return false;
    }
  }
}
