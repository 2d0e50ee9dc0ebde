package io.computility.server.shared.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a list the JC tables write as one comma-separated string ("center1，center2", table 3
 * computing_center_list; table 5 framework and resource_spec), or as a JSON array of strings. Both
 * the ASCII and the full-width comma separate.
 */
public class CommaList extends ValueDeserializer<List<String>> {

  @Override
  public List<String> deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonNode node = ctxt.readTree(p);
    List<String> out = new ArrayList<>();
    if (node.isString()) {
      for (String part : node.stringValue().split("[,，]")) {
        if (!part.isBlank()) out.add(part.strip());
      }
      return out;
    }
    if (!node.isArray()) {
      return ctxt.reportInputMismatch(this, "must be a comma-separated string or an array");
    }
    for (JsonNode e : node) {
      if (!e.isString()) return ctxt.reportInputMismatch(this, "elements must be strings");
      out.add(e.stringValue().strip());
    }
    return out;
  }
}
