package io.computility.server.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values drawn from a schema of the OpenAPI document: plausible ones (with ids the server handed
 * out earlier, so requests reach past the "not found" checks) and hostile ones (the inputs of issue
 * 13: NUL and control characters, huge strings, wrong types, nulls, extreme numbers).
 */
final class Values {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int POOL_MAX = 400;

  private final JsonNode components;
  private final Random random;
  private final List<String> known = new ArrayList<>();
  private final Map<String, List<String>> byName = new java.util.HashMap<>();
  private final Set<String> protectedValues;

  Values(JsonNode doc, Random random, Set<String> protectedValues) {
    this.components = doc.path("components").path("schemas");
    this.random = random;
    this.protectedValues = protectedValues;
  }

  Random random() {
    return random;
  }

  JsonNode resolve(JsonNode schema) {
    for (int i = 0; i < 16 && schema.has("$ref"); i++) {
      String ref = schema.get("$ref").asString();
      schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  /** Remembers ids and names a response carried, for later path parameters and fields. */
  void harvest(JsonNode node) {
    if (node == null) return;
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String k = e.getKey().toLowerCase(java.util.Locale.ROOT);
        JsonNode v = e.getValue();
        boolean idLike =
            k.endsWith("id") || k.endsWith("name") || k.equals("node") || k.equals("ref");
        if (v.isString()) rememberAs(k, v.asString());
        if (idLike && v.isString()) remember(v.asString());
        else harvest(v);
      }
    } else if (node.isArray()) {
      for (JsonNode v : node) harvest(v);
    }
  }

  /**
   * Remembers the identifiers a collection listed ({@code GET /api/v1/users} → each item's first
   * field, its id), for the path parameters under it ({@code /api/v1/users/{userId}}).
   */
  void harvestCollection(String collection, JsonNode body) {
    JsonNode data = body.path("data");
    JsonNode items = data.isArray() ? data : data.path("items");
    for (JsonNode item : items) {
      if (!item.isObject() || item.isEmpty()) continue;
      JsonNode first = item.properties().iterator().next().getValue();
      if (first.isString()) rememberAs("path:" + collection, first.asString());
    }
  }

  /** A value for a path parameter under {@code collection}: often one the collection listed. */
  String pathValue(String collection, JsonNode schema, String name) {
    List<String> listed = byName.get(normal("path:" + collection));
    if (listed != null && !listed.isEmpty() && random.nextInt(4) > 0) {
      return listed.get(random.nextInt(listed.size()));
    }
    JsonNode v = valid(schema, 0, name);
    return v.isString() ? v.asString() : v.toString();
  }

  /** Values by field name, so that a request's {@code imageId} is an image id seen before. */
  private void rememberAs(String field, String s) {
    if (s.isEmpty() || s.length() > 64 || protectedValues.contains(s)) return;
    List<String> seen = byName.computeIfAbsent(normal(field), f -> new ArrayList<>());
    if (seen.contains(s)) return;
    if (seen.size() >= 30) seen.remove(random.nextInt(seen.size()));
    seen.add(s);
  }

  /** {@code image_id}, {@code imageId} and {@code ImageID} alike. */
  private static String normal(String field) {
    return field.toLowerCase(java.util.Locale.ROOT).replace("_", "").replace("-", "");
  }

  private void remember(String s) {
    if (s.isEmpty() || s.length() > 64 || protectedValues.contains(s) || known.contains(s)) return;
    if (known.size() >= POOL_MAX) known.remove(random.nextInt(known.size()));
    known.add(s);
  }

  /** A short plain string, often one the server knows. */
  String word() {
    if (!known.isEmpty() && random.nextInt(3) > 0) return known.get(random.nextInt(known.size()));
    StringBuilder b = new StringBuilder("fz");
    int n = 1 + random.nextInt(10);
    for (int i = 0; i < n; i++) b.append((char) ('a' + random.nextInt(26)));
    return b.toString();
  }

  /** A value that fits {@code schema}. */
  JsonNode valid(JsonNode schema, int depth) {
    return valid(schema, depth, null);
  }

  /** A value that fits {@code schema}, for a field or parameter called {@code name} (or null). */
  JsonNode valid(JsonNode schema, int depth, String name) {
    schema = resolve(schema);
    if (schema.has("enum") && !schema.get("enum").isEmpty()) {
      JsonNode e = schema.get("enum");
      return e.get(random.nextInt(e.size()));
    }
    String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
    switch (type) {
      case "object":
        return object(schema, depth);
      case "array":
        ArrayNode a = F.arrayNode();
        int n = depth > 3 ? 0 : random.nextInt(3);
        for (int i = 0; i < n; i++) a.add(valid(schema.path("items"), depth + 1, name));
        return a;
      case "integer":
        return F.numberNode(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(8));
      case "number":
        return F.numberNode(random.nextInt(100) / 10.0);
      case "boolean":
        return F.booleanNode(random.nextBoolean());
      case "string":
        List<String> seen = name == null ? null : byName.get(normal(name));
        if (seen != null && !seen.isEmpty() && random.nextInt(4) > 0) {
          return F.stringNode(seen.get(random.nextInt(seen.size())));
        }
        return F.stringNode(string(schema));
      default:
        return F.stringNode(word());
    }
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode o = F.objectNode();
    Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asString()));
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      // optional fields in one request of three: each is another chance to be refused
      if (required.contains(p.getKey()) || (depth < 4 && random.nextInt(3) == 0)) {
        JsonNode v = valid(p.getValue(), depth + 1, p.getKey());
        // a required list gets an element: an empty one is mostly refused, and the point is to pass
        if (required.contains(p.getKey()) && v.isArray() && v.isEmpty()) {
          ((ArrayNode) v).add(valid(resolve(p.getValue()).path("items"), depth + 1, p.getKey()));
        }
        o.set(p.getKey(), v);
      }
    }
    JsonNode extra = schema.path("additionalProperties");
    if (extra.isObject() && random.nextBoolean()) o.set(word(), valid(extra, depth + 1));
    return o;
  }

  private String string(JsonNode schema) {
    String format = schema.path("format").asString("");
    return switch (format) {
      case "date-time" -> "2026-12-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
      case "date" -> "2026-12-01";
      case "uuid" -> java.util.UUID.randomUUID().toString();
      default -> word();
    };
  }

  /** A hostile replacement for a value of {@code schema}: the inputs issue 13 found 500s with. */
  JsonNode hostile(JsonNode schema) {
    schema = resolve(schema);
    return switch (random.nextInt(12)) {
      case 0 -> F.nullNode();
      case 1, 2 -> F.stringNode(Hostile.string(random));
      case 3 -> F.numberNode(Hostile.number(random));
      case 4 -> F.booleanNode(true);
      case 5 -> F.objectNode().put("x", 1);
      case 6 -> F.arrayNode().addNull().add(Hostile.string(random));
      case 7 -> F.stringNode("x".repeat(random.nextInt(8) == 0 ? 1 << 20 : 70_000));
      case 8 -> nullsInside(valid(schema, 0));
      case 9 -> F.numberNode(new java.math.BigDecimal("1e300"));
      case 10 -> F.numberNode(-1);
      default -> F.stringNode("");
    };
  }

  /** {@code v} with null array elements (the NPE inputs of issue 13). */
  private JsonNode nullsInside(JsonNode v) {
    if (v.isArray()) return ((ArrayNode) v).addNull();
    if (v.isObject()) {
      Iterator<String> names = v.propertyNames().iterator();
      ObjectNode o = (ObjectNode) v;
      while (names.hasNext()) {
        String n = names.next();
        if (o.get(n).isArray()) ((ArrayNode) o.get(n)).addNull();
      }
      return o;
    }
    return F.arrayNode().addNull();
  }
}
