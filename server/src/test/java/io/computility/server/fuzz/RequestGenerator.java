package io.computility.server.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds requests for an operation from its schema: about a third valid, the rest with one thing
 * made hostile (a parameter, a body field, a missing required field, or the whole body).
 */
final class RequestGenerator {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final Values values;
  private final Random random;

  RequestGenerator(Values values) {
    this.values = values;
    this.random = values.random();
  }

  FuzzRequest next(ApiOperation op) {
    boolean hasBody = op.bodySchema() != null;
    int target =
        random.nextInt(3) == 0 ? -1 : random.nextInt(op.params().size() + (hasBody ? 3 : 1));
    String mutation = "valid";
    StringBuilder path = new StringBuilder();
    List<String> query = new ArrayList<>();
    String resolvedPath = op.path();
    // every query parameter at once, path parameters kept plausible so the request gets past
    // routing
    boolean allParams =
        target >= 0
            && target < op.params().size()
            && random.nextInt(3) == 0
            && op.params().stream().anyMatch(p -> "query".equals(p.in()));
    String shared = Hostile.text(random);
    if (allParams) {
      mutation = "every query parameter = " + describe(JsonNodeFactory.instance.stringNode(shared));
    }
    for (int i = 0; i < op.params().size(); i++) {
      ApiOperation.Param p = op.params().get(i);
      String value;
      if (allParams && "query".equals(p.in())) {
        value = shared;
      } else if (i == target && !allParams) {
        value = random.nextInt(5) == 0 && !"path".equals(p.in()) ? null : Hostile.text(random);
        mutation = p.in() + " " + p.name() + (value == null ? " left out" : " hostile");
      } else {
        if (!p.required() && !"path".equals(p.in()) && random.nextBoolean()) continue;
        value =
            "path".equals(p.in())
                ? values.pathValue(collectionOf(op.path(), p.name()), p.schema(), p.name())
                : text(values.valid(p.schema(), 0, p.name()));
      }
      if (value == null) continue;
      if ("path".equals(p.in())) {
        resolvedPath =
            resolvedPath.replace("{" + p.name() + "}", encode(value.isEmpty() ? "x" : value));
      } else if ("query".equals(p.in())) {
        query.add(encode(p.name()) + "=" + encode(value));
      }
    }
    path.append(resolvedPath);
    if (!query.isEmpty()) path.append('?').append(String.join("&", query));
    String body = null;
    if (hasBody) {
      JsonNode valid = values.valid(op.bodySchema(), 0);
      int bodyTarget = target - op.params().size();
      if (bodyTarget == 0) {
        body = Hostile.body(random);
        mutation = "body replaced";
      } else if (bodyTarget == 1 && random.nextBoolean()) {
        String hostile = Hostile.string(random);
        boolean nulls = random.nextBoolean();
        everywhere(valid, hostile, nulls);
        body = JSON.writeValueAsString(valid);
        mutation =
            nulls ? "every array with a null" : "every string " + JSON.writeValueAsString(hostile);
      } else if (bodyTarget > 0 && valid.isObject() && !valid.isEmpty()) {
        mutation = mutateField((ObjectNode) valid, values.resolve(op.bodySchema()));
        body = JSON.writeValueAsString(valid);
      } else {
        body = JSON.writeValueAsString(valid);
      }
    } else if (target == op.params().size()) {
      body = Hostile.body(random);
      mutation = "unexpected body";
    }
    return new FuzzRequest(op, path.toString(), body, mutation);
  }

  /** Makes one field (top level, or one level down) hostile, or drops a required one. */
  private String mutateField(ObjectNode o, JsonNode schema) {
    List<String> names = new ArrayList<>(o.propertyNames());
    String name = names.get(random.nextInt(names.size()));
    JsonNode child = o.get(name);
    if (random.nextInt(4) == 0) {
      o.remove(name);
      return "body." + name + " left out";
    }
    if (child.isObject() && !child.isEmpty() && random.nextBoolean()) {
      JsonNode childSchema = values.resolve(schema.path("properties").path(name));
      return "body." + name + "." + mutateField((ObjectNode) child, childSchema).substring(5);
    }
    if (child.isArray()
        && !child.isEmpty()
        && child.get(0).isObject()
        && !child.get(0).isEmpty()
        && random.nextBoolean()) {
      JsonNode itemSchema = values.resolve(schema.path("properties").path(name).path("items"));
      return "body."
          + name
          + "[0]."
          + mutateField((ObjectNode) child.get(0), itemSchema).substring(5);
    }
    JsonNode hostile = values.hostile(schema.path("properties").path(name));
    o.set(name, hostile);
    return "body." + name + " = " + describe(hostile);
  }

  /** Every string in {@code v} becomes {@code hostile}, or every array gets a null element. */
  private static void everywhere(JsonNode v, String hostile, boolean nulls) {
    if (v.isArray()) {
      ArrayNode a = (ArrayNode) v;
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isString() && !nulls) a.set(i, JsonNodeFactory.instance.stringNode(hostile));
        else everywhere(a.get(i), hostile, nulls);
      }
      if (nulls) a.addNull();
    } else if (v.isObject()) {
      ObjectNode o = (ObjectNode) v;
      for (String name : new ArrayList<>(o.propertyNames())) {
        if (o.get(name).isString() && !nulls) o.put(name, hostile);
        else everywhere(o.get(name), hostile, nulls);
      }
    }
  }

  private static String describe(JsonNode v) {
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 40) + "… (" + s.length() + " chars)" : s;
  }

  /** {@code /api/v1/users} for {@code userId} in {@code /api/v1/users/{userId}/password}. */
  static String collectionOf(String path, String param) {
    int at = path.indexOf("/{" + param + "}");
    return at < 0 ? path : path.substring(0, at);
  }

  private static String text(JsonNode v) {
    return v.isString() ? v.asString() : v.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
