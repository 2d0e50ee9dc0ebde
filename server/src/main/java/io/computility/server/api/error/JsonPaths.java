package io.computility.server.api.error;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns the path Jackson records on a binding failure into a JSON path, e.g. tasks[0].name. */
final class JsonPaths {

  private JsonPaths() {}

  /** The JSON path of a binding failure, or "body" when the input is not JSON at all. */
  static String fieldOf(Throwable cause) {
    if (!(cause instanceof DatabindException e) || e.getPath().isEmpty()) return "body";
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) sb.append('.');
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "body" : sb.toString();
  }

  /** A short reason without Jackson's source excerpts and reference chains. */
  static String reasonOf(Throwable cause, String field) {
    if (cause == null) return "is required";
    if (!(cause instanceof DatabindException)) return "is not valid JSON";
    String msg = cause instanceof JacksonException j ? j.getOriginalMessage() : cause.getMessage();
    if (msg == null) return "has the wrong type";
    int cut = msg.indexOf('\n');
    String first = cut < 0 ? msg : msg.substring(0, cut);
    return "body".equals(field) ? "is invalid: " + first : "has the wrong type: " + first;
  }
}
