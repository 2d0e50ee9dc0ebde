package io.computility.server.shared.web;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.springframework.validation.FieldError;

/** The reason of a Bean Validation failure, from the constraint and its attributes. */
final class Constraints {
  private Constraints() {}

  static ErrorDetail detailOf(FieldError f) {
    String field = f.getField();
    Object value = f.getRejectedValue();
    Map<String, Object> a = attributes(f);
    String code = f.getCode() == null ? "" : f.getCode();
    return switch (code) {
      case "NotNull", "NotBlank", "NotEmpty" -> ErrorDetail.of(ErrorReason.REQUIRED, field);
      case "Min", "DecimalMin" ->
          ErrorDetail.of(ErrorReason.TOO_SMALL, field, "min", a.get("value"), "value", value);
      case "Positive" -> ErrorDetail.of(ErrorReason.TOO_SMALL, field, "min", 1, "value", value);
      case "PositiveOrZero" ->
          ErrorDetail.of(ErrorReason.TOO_SMALL, field, "min", 0, "value", value);
      case "Max", "DecimalMax" ->
          ErrorDetail.of(ErrorReason.TOO_LARGE, field, "max", a.get("value"), "value", value);
      case "Size" -> size(field, value, a);
      case "Pattern" -> ErrorDetail.of(ErrorReason.BAD_FORMAT, field, "expected", a.get("regexp"));
      case "Email" -> ErrorDetail.of(ErrorReason.BAD_FORMAT, field, "expected", "e-mail address");
      default -> Reasons.detail(400, field, f.getDefaultMessage());
    };
  }

  private static ErrorDetail size(String field, Object value, Map<String, Object> a) {
    int length = lengthOf(value);
    Object min = a.get("min");
    if (min instanceof Integer m && length < m) {
      return m == 1 && length == 0
          ? ErrorDetail.of(ErrorReason.REQUIRED, field)
          : ErrorDetail.of(ErrorReason.TOO_SMALL, field, "min", m, "value", length);
    }
    return ErrorDetail.of(ErrorReason.TOO_LONG, field, "max", a.get("max"));
  }

  private static int lengthOf(Object value) {
    if (value instanceof CharSequence s) return s.length();
    if (value instanceof java.util.Collection<?> c) return c.size();
    if (value instanceof Map<?, ?> m) return m.size();
    if (value != null && value.getClass().isArray())
      return java.lang.reflect.Array.getLength(value);
    return 0;
  }

  private static Map<String, Object> attributes(FieldError f) {
    try {
      if (f.contains(ConstraintViolation.class)) {
        return f.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAttributes();
      }
    } catch (IllegalArgumentException ignored) {
      // not a Bean Validation error
    }
    return Map.of();
  }
}
