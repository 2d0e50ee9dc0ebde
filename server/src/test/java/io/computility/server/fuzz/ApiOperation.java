package io.computility.server.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One operation of the OpenAPI document: what the generator needs to build requests for it. */
record ApiOperation(String method, String path, List<Param> params, JsonNode bodySchema) {

  /** A path or query parameter with its (resolved) schema. */
  record Param(String name, String in, boolean required, JsonNode schema) {}

  String key() {
    return method + " " + path;
  }

  /** Every operation of {@code doc}, in document order; $refs are left for {@link Schemas}. */
  static List<ApiOperation> all(JsonNode doc) {
    List<ApiOperation> ops = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> o : p.getValue().properties()) {
        JsonNode op = o.getValue();
        List<Param> params = new ArrayList<>();
        for (JsonNode prm : op.path("parameters")) {
          params.add(
              new Param(
                  prm.path("name").asString(),
                  prm.path("in").asString(),
                  prm.path("required").asBoolean(false),
                  prm.path("schema")));
        }
        JsonNode body = op.path("requestBody").path("content").path("application/json");
        ops.add(
            new ApiOperation(
                o.getKey().toUpperCase(java.util.Locale.ROOT),
                p.getKey(),
                List.copyOf(params),
                body.isMissingNode() ? null : body.path("schema")));
      }
    }
    return ops;
  }
}
