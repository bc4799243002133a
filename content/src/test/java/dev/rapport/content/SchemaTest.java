package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in {@code dev/rapport/content/schema/}: one per pack file, well-formed,
 * documented, in step with the wire records the loader reads, and true of the bundled pack.
 */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();


  private static Path bundled(String folder) throws URISyntaxException {
    return Path.of(DefaultContent.class.getResource(folder).toURI());
  }

  @Test
  void schemaFolder_holdsOneSchemaPerPackFile() throws IOException, URISyntaxException {
    Set<String> schemas;
    try (Stream<Path> files = Files.list(bundled("schema"))) {
      schemas =
          files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    assertEquals(
        Stream.of(PackFile.values())
            .map(PackFile::schemaName)
            .collect(Collectors.toCollection(TreeSet::new)),
        schemas);
  }

  @Test
  void bundledPack_everyJsonFileIsAPackFileWithASchema() throws IOException, URISyntaxException {
    Set<String> json;
    try (Stream<Path> files = Files.list(bundled("en"))) {
      json =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }

    assertEquals(
        Stream.of(PackFile.values())
            .map(PackFile::fileName)
            .collect(Collectors.toCollection(TreeSet::new)),
        json);
    for (String name : json) {
      PackFile file = PackFile.byFileName(name).orElseThrow();
      assertTrue(DefaultContent.class.getResource("schema/" + file.schemaName()) != null, name);
    }
  }

  @Test
  void everySchema_isDraft2020AndDocumentsEveryProperty() {
    for (PackFile file : PackFile.values()) {
      JsonNode schema = SchemaCheck.readSchema(file);
      List<String> undocumented = new ArrayList<>();

      undocumented(schema, "", undocumented);

      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
      assertEquals(file.fileName(), schema.path("title").asText());
      assertTrue(schema.path("$id").asText().endsWith("/" + file.schemaName()), file.fileName());
      assertEquals(List.of(), undocumented, file.schemaName());
    }
  }

  private static void undocumented(JsonNode schema, String at, List<String> found) {
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      JsonNode child = property.getValue();
      if (child.path("description").asText().isBlank()) {
        found.add(at + "/" + property.getKey());
      }
      undocumented(child, at + "/" + property.getKey(), found);
    }
    if (schema.has("items")) {
      undocumented(schema.get("items"), at + "[]", found);
    }
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      undocumented(def.getValue(), "#/$defs/" + def.getKey(), found);
    }
  }

  @Test
  void everySchema_hasTheFieldsOfItsWireRecordAndNoOthers() {
    for (PackFile file : PackFile.values()) {
      SchemaCheck check = SchemaCheck.of(file);
      JsonNode item = check.resolve(file.isList() ? check.root().get("items") : check.root());

      List<String> schemaFields = new ArrayList<>();
      item.path("properties").fieldNames().forEachRemaining(schemaFields::add);
      List<String> wireFields =
          Stream.of(Wire.itemType(file).getRecordComponents())
              .map(RecordComponent::getName)
              .toList();

      assertEquals(wireFields, schemaFields, file.fileName());
      assertFalse(item.path("additionalProperties").asBoolean(true), file.fileName());
    }
  }

  @Test
  void bundledPackAndFixture_followTheirSchemas() throws IOException {
    for (PackFile file : PackFile.values()) {
      SchemaCheck check = SchemaCheck.of(file);
      JsonNode bundled;
      try (var in = DefaultContent.class.getResourceAsStream("en/" + file.fileName())) {
        bundled = MAPPER.readTree(in);
      }
      JsonNode fixture = MAPPER.readTree(ContentFixtures.FIXTURE.resolve(file.fileName()).toFile());

      assertEquals(List.of(), check.violations(bundled), "en/" + file.fileName());
      assertEquals(List.of(), check.violations(fixture), "fixture/" + file.fileName());
    }
  }

  @Test
  void brokenOverlays_thatBreakTheShapeOfAFile_breakItsSchemaToo() throws IOException {
    Map<String, String> cases =
        Map.of(
            "wrong-type", "needs.json",
            "unknown-field", "needs.json",
            "unknown-enum-value", "interventions.json",
            "missing-required-field", "needs.json",
            "bad-slug", "needs.json",
            "weight-out-of-range", "signs.json",
            "weight-below-scale", "signs.json",
            "stated-without-source", "signs.json",
            "blank-text", "needs.json",
            "null-in-list", "interventions.json");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      PackFile file = PackFile.byFileName(c.getValue()).orElseThrow();
      JsonNode document =
          MAPPER.readTree(ContentFixtures.broken(c.getKey()).resolve(c.getValue()).toFile());

      List<String> violations = SchemaCheck.of(file).violations(document);

      assertFalse(violations.isEmpty(), c.getKey());
    }
  }
}
