package io.computility.server.shared.web;

import io.computility.server.shared.web.limits.BodyTooLargeException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

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

  /** The reason as data: REQUIRED for a missing body or null, else BAD_FORMAT naming the kind. */
  static ErrorDetail detailOf(Throwable cause, String field) {
    if (cause == null || cause instanceof InvalidNullException) {
      return ErrorDetail.of(ErrorReason.REQUIRED, field);
    }
    if (!(cause instanceof DatabindException)) {
      return ErrorDetail.of(ErrorReason.BAD_FORMAT, field, "expected", "JSON");
    }
    if (cause instanceof CleanStrings.ControlCharacterException) {
      return ErrorDetail.of(
          ErrorReason.BAD_FORMAT, field, "expected", "text without control characters");
    }
    Class<?> target = cause instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target != null && target.isEnum()) {
      List<String> allowed =
          java.util.Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList();
      return ErrorDetail.of(ErrorReason.NOT_ONE_OF, field, "allowed", allowed);
    }
    return ErrorDetail.of(
        ErrorReason.BAD_FORMAT,
        field,
        "expected",
        target == null ? "valid" : ErrorCodes.kind(target));
  }

  /** A short reason that names the JSON kind expected, not Java types or source excerpts. */
  static String reasonOf(Throwable cause, String field) {
    if (cause == null) return "is required";
    if (BodyTooLargeException.in(cause) != null) return "is too large";
    if (!(cause instanceof DatabindException)) return "is not valid JSON";
    if (cause instanceof CleanStrings.ControlCharacterException c) return c.reason();
    if (cause instanceof InvalidNullException) return "must not be null";
    Class<?> target = cause instanceof MismatchedInputException m ? m.getTargetType() : null;
    return target == null ? "has the wrong type" : "must be " + ErrorCodes.kind(target);
  }
}
