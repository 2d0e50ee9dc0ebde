package io.computility.server.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Shape checks of API input. Every failure is an {@link InvalidInputException} whose field is the
 * JSON path of the offending value, e.g. {@code tasks[1].imageId}.
 */
public final class Check {

  /** JC tables 1, 3, 5, 6, 7: identifiers and names are "less than 64 bytes". */
  public static final int ID_BYTES = 64;

  /** JC table 7: a job description is "less than 128 bytes". */
  public static final int DESC_BYTES = 128;

  /** JC-A.1 / A.5 / A.6: job name, task name, imageId, resourceSpecId, ids are 32 long. */
  public static final int JC_CHARS = 32;

  /** The highest page number a listing accepts. */
  public static final int MAX_PAGE = 1_000_000;

  private Check() {}

  public static InvalidInputException bad(String field, String message) {
    return new InvalidInputException(field, message);
  }

  public static <T> T present(T value, String field) {
    if (value == null) throw InvalidInputException.required(field);
    return value;
  }

  public static String required(String value, String field) {
    if (value == null || value.isBlank()) throw InvalidInputException.required(field);
    return value;
  }

  /** Required, at most {@code max} characters. */
  public static String text(String value, String field, int max) {
    return maxChars(required(value, field), field, max);
  }

  /** Optional, at most {@code max} characters. */
  public static String maxChars(String value, String field, int max) {
    if (value != null && value.length() > max) {
      throw InvalidInputException.tooLong(field, max, "characters", value.length());
    }
    return value;
  }

  /** Required identifier of fewer than 64 UTF-8 bytes. */
  public static String id(String value, String field) {
    return belowBytes(required(value, field), field, ID_BYTES);
  }

  /** Optional value of fewer than {@code limit} UTF-8 bytes. */
  public static String belowBytes(String value, String field, int limit) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length >= limit) {
      throw new InvalidInputException(
          field,
          "must be shorter than " + limit + " bytes",
          ErrorReason.TOO_LONG,
          ErrorDetail.params("max", limit - 1, "unit", "bytes"));
    }
    return value;
  }

  /** A 0-based page number of a listing (400 {@code page} when negative). */
  public static int page(int page) {
    if (page < 0) throw InvalidInputException.tooSmall("page", 0, page);
    // page * size must stay an int offset, for every size a listing allows (at most 1,000)
    if (page > MAX_PAGE) throw InvalidInputException.tooLarge("page", MAX_PAGE, page);
    return page;
  }

  /** A listing's page size, 1 to {@code max} (400 {@code size} otherwise). */
  public static int pageSize(int size, int max) {
    if (size < 1 || size > max) {
      throw new InvalidInputException(
          "size",
          "must be between 1 and " + max + ", was " + size,
          size < 1 ? ErrorReason.TOO_SMALL : ErrorReason.TOO_LARGE,
          size < 1
              ? ErrorDetail.params("min", 1, "value", size)
              : ErrorDetail.params("max", max, "value", size));
    }
    return size;
  }

  public static <T> List<T> nonEmpty(List<T> value, String field) {
    if (present(value, field).isEmpty()) throw InvalidInputException.required(field);
    return value;
  }

  public static int positive(Integer value, String field) {
    if (present(value, field) <= 0) {
      throw new InvalidInputException(
          field,
          "must be > 0, was " + value,
          ErrorReason.TOO_SMALL,
          ErrorDetail.params("min", 1, "value", value));
    }
    return value;
  }

  public static double atLeast(double value, double min, String field) {
    if (Double.isNaN(value) || value < min) {
      throw new InvalidInputException(
          field,
          "must be >= " + num(min),
          ErrorReason.TOO_SMALL,
          ErrorDetail.params(
              "min", number(min), "value", Double.isNaN(value) ? null : number(value)));
    }
    return value;
  }

  public static double between(double value, double min, double max, String field) {
    if (Double.isNaN(value) || value < min || value > max) {
      boolean small = Double.isNaN(value) || value < min;
      throw new InvalidInputException(
          field,
          "must be between " + num(min) + " and " + num(max) + ", was " + num(value),
          small ? ErrorReason.TOO_SMALL : ErrorReason.TOO_LARGE,
          small
              ? ErrorDetail.params(
                  "min", number(min), "value", Double.isNaN(value) ? null : number(value))
              : ErrorDetail.params("max", number(max), "value", number(value)));
    }
    return value;
  }

  private static Number number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
  }

  private static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Optional list of identifiers, each fewer than 64 bytes; null reads as empty. */
  public static List<String> ids(List<String> values, String field) {
    if (values == null) return List.of();
    for (int i = 0; i < values.size(); i++) id(values.get(i), field + "[" + i + "]");
    return values;
  }

  /** An optional instant PostgreSQL can store (years 1 to 9999); 400 naming the field else. */
  public static java.time.Instant instant(java.time.Instant value, String field) {
    if (value != null && (value.isBefore(FIRST) || value.isAfter(LAST))) {
      throw new InvalidInputException(
          field,
          "must be between years 1 and 9999, was " + value,
          ErrorReason.BAD_FORMAT,
          ErrorDetail.params("expected", "an instant between years 1 and 9999"));
    }
    return value;
  }

  private static final java.time.Instant FIRST = java.time.Instant.parse("0001-01-01T00:00:00Z");
  private static final java.time.Instant LAST = java.time.Instant.parse("9999-12-31T23:59:59Z");

  /** The identifier in a request body must agree with the one in the path. */
  public static String samePathId(String bodyValue, String pathValue, String field) {
    if (bodyValue != null && !bodyValue.equals(pathValue)) {
      throw new InvalidInputException(
          field,
          "must match the path ('" + pathValue + "'), was '" + bodyValue + "'",
          ErrorReason.NOT_ONE_OF,
          ErrorDetail.params("allowed", List.of(pathValue), "value", bodyValue));
    }
    return pathValue;
  }
}
