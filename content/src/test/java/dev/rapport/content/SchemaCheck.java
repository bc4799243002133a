package dev.rapport.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The subset of JSON Schema (draft 2020-12) that the pack schemas use, checked by hand: {@code
 * type}, {@code properties}, {@code required}, {@code additionalProperties: false}, {@code items},
 * {@code enum}, {@code const}, {@code pattern}, {@code minLength}, {@code minItems}, {@code
 * minimum}, {@code maximum}, local {@code $ref}s and {@code if}/{@code then}. Enough to show that
 * the shipped schemas describe the files the loader accepts, without a validator dependency.
 */
final class SchemaCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  private static final Map<PackFile, SchemaCheck> SCHEMAS = new ConcurrentHashMap<>();

  /** The shipped schema of {@code file}, read once. */
  static SchemaCheck of(PackFile file) {
    return SCHEMAS.computeIfAbsent(file, f -> new SchemaCheck(readSchema(f)));
  }

  /** Reads the shipped schema of {@code file} as a tree. */
  static JsonNode readSchema(PackFile file) {
    String name = "/dev/rapport/content/schema/" + file.schemaName();
    try (InputStream in = SchemaCheck.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema node {@code schema} refers to, following a local {@code $ref}. */
  JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    return resolve(root.at(ref.textValue().substring(1)));
  }

  JsonNode root() {
    return root;
  }

  /** Every way {@code document} breaks the schema, as {@code pointer: what}. */
  List<String> violations(JsonNode document) {
    List<String> found = new ArrayList<>();
    check(document, root, "", found);
    return found;
  }

  private void check(JsonNode node, JsonNode schemaNode, String at, List<String> found) {
    JsonNode schema = resolve(schemaNode);
    JsonNode type = schema.get("type");
    if (type != null && !typeMatches(node, type)) {
      found.add(at + ": expected " + type + " but was " + node.getNodeType());
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), node)) {
      found.add(at + ": " + node + " is not one of " + schema.get("enum"));
    }
    if (schema.has("const") && !schema.get("const").equals(node)) {
      found.add(at + ": " + node + " is not " + schema.get("const"));
    }
    if (node.isTextual()) {
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").textValue()).matcher(node.textValue()).find()) {
        found.add(at + ": '" + node.textValue() + "' does not match " + schema.get("pattern"));
      }
      if (schema.has("minLength")
          && node.textValue().length() < schema.get("minLength").intValue()) {
        found.add(at + ": too short");
      }
    }
    if (node.isNumber()) {
      if (schema.has("minimum") && node.doubleValue() < schema.get("minimum").doubleValue()) {
        found.add(at + ": " + node + " is below " + schema.get("minimum"));
      }
      if (schema.has("maximum") && node.doubleValue() > schema.get("maximum").doubleValue()) {
        found.add(at + ": " + node + " is above " + schema.get("maximum"));
      }
    }
    if (node.isArray()) {
      if (schema.has("minItems") && node.size() < schema.get("minItems").intValue()) {
        found.add(at + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < node.size(); i++) {
          check(node.get(i), schema.get("items"), at + "/" + i, found);
        }
      }
    }
    if (node.isObject()) {
      JsonNode properties = schema.path("properties");
      for (JsonNode required : schema.path("required")) {
        if (!node.has(required.textValue())) {
          found.add(at + ": missing " + required.textValue());
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (properties.has(field.getKey())) {
          check(field.getValue(), properties.get(field.getKey()), at + "/" + field.getKey(), found);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").booleanValue()) {
          found.add(at + ": unknown field " + field.getKey());
        }
      }
      if (schema.has("if") && violations(node, schema.get("if")).isEmpty() && schema.has("then")) {
        check(node, schema.get("then"), at, found);
      }
    }
  }

  private List<String> violations(JsonNode node, JsonNode schema) {
    List<String> found = new ArrayList<>();
    check(node, schema, "", found);
    return found;
  }

  private static boolean contains(JsonNode values, JsonNode node) {
    for (JsonNode value : values) {
      if (value.equals(node)) {
        return true;
      }
    }
    return false;
  }

  private static boolean typeMatches(JsonNode node, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(node, one)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.textValue()) {
      case "object" -> node.isObject();
      case "array" -> node.isArray();
      case "string" -> node.isTextual();
      case "number" -> node.isNumber();
      case "integer" -> node.isIntegralNumber();
      case "boolean" -> node.isBoolean();
      case "null" -> node.isNull();
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }
}
