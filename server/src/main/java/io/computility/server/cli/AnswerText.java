package io.computility.server.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The text the CLI prints for parts of a JSON answer: scalars, joined arrays, the whole answer. */
final class AnswerText {

  private AnswerText() {}

  /** A scalar as text; null when absent or JSON null. */
  static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? null : n.asString();
  }

  /** The scalars of an array joined with {@code sep}; "-" when empty or absent. */
  static String join(JsonNode array, String sep) {
    List<String> parts = new ArrayList<>();
    for (JsonNode e : array) parts.add(e.isNull() ? "-" : e.asString());
    return parts.isEmpty() ? "-" : String.join(sep, parts);
  }

  static String pretty(JsonNode n) {
    return ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
  }
}
