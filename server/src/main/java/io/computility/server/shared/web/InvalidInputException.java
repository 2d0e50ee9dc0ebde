package io.computility.server.shared.web;

import java.util.List;
import java.util.Map;

/**
 * Input that cannot be accepted (400); {@code field} names the offending field (JSON path), the
 * reason and params say why as data (docs/api.md). The factories build the common refusals.
 */
public class InvalidInputException extends ApiException {

  public InvalidInputException(String field, String message) {
    this(field, message, null, null);
  }

  public InvalidInputException(
      String field, String message, ErrorReason reason, Map<String, Object> params) {
    super(field, field + ": " + message, reason, params);
  }

  public static InvalidInputException required(String field) {
    return new InvalidInputException(field, "is required", ErrorReason.REQUIRED, null);
  }

  /** {@code value} is below {@code min}; the message says "must be >= min, was value". */
  public static InvalidInputException tooSmall(String field, Number min, Object value) {
    return new InvalidInputException(
        field,
        "must be >= " + min + (value == null ? "" : ", was " + value),
        ErrorReason.TOO_SMALL,
        ErrorDetail.params("min", min, "value", value));
  }

  public static InvalidInputException tooLarge(String field, Number max, Object value) {
    return new InvalidInputException(
        field,
        "must be at most " + max + (value == null ? "" : ", was " + value),
        ErrorReason.TOO_LARGE,
        ErrorDetail.params("max", max, "value", value));
  }

  /** Longer than {@code max} {@code unit}s (characters, bytes, items). */
  public static InvalidInputException tooLong(String field, int max, String unit, Object was) {
    return new InvalidInputException(
        field,
        "must be at most " + max + " " + unit + (was == null ? "" : ", was " + was),
        ErrorReason.TOO_LONG,
        ErrorDetail.params("max", max));
  }

  public static InvalidInputException badFormat(String field, String expected) {
    return new InvalidInputException(
        field,
        "must be " + expected,
        ErrorReason.BAD_FORMAT,
        ErrorDetail.params("expected", expected));
  }

  public static InvalidInputException notOneOf(String field, List<?> allowed, Object value) {
    return new InvalidInputException(
        field,
        "must be one of " + allowed + (value == null ? "" : ", was '" + value + "'"),
        ErrorReason.NOT_ONE_OF,
        ErrorDetail.params("allowed", allowed));
  }

  /** Names a {@code kind} (center, image, role …) that does not exist. */
  public static InvalidInputException unknownReference(String field, String kind, Object value) {
    return new InvalidInputException(
        field,
        "no " + kind + " " + value,
        ErrorReason.UNKNOWN_REFERENCE,
        ErrorDetail.params("kind", kind, "value", value));
  }

  /** The same value twice in one request. */
  public static InvalidInputException duplicate(String field, Object value) {
    return new InvalidInputException(
        field,
        "repeats '" + value + "'",
        ErrorReason.DUPLICATE,
        ErrorDetail.params("value", value));
  }
}
