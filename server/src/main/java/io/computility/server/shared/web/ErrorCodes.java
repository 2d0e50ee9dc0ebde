package io.computility.server.shared.web;

/** Error codes written to the envelope's {@code code}, one per HTTP status the API answers. */
public final class ErrorCodes {

  public static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String CONFLICT = "CONFLICT";
  public static final String INTERNAL = "INTERNAL";

  private ErrorCodes() {}

  public static String forStatus(int status) {
    return switch (status) {
      case 400 -> INVALID_ARGUMENT;
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "FORBIDDEN";
      case 404 -> NOT_FOUND;
      case 405 -> "METHOD_NOT_ALLOWED";
      case 406 -> "NOT_ACCEPTABLE";
      case 409 -> CONFLICT;
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      case 429 -> "RATE_LIMITED";
      case 500 -> INTERNAL;
      default -> "HTTP_" + status;
    };
  }

  /**
   * The errorMsg for a failure on {@code field}: the field, then the message without any leading
   * repetition of the field (InvalidInputException writes "field: message").
   */
  public static String fieldMessage(String field, String message) {
    String m = message == null ? "" : message.strip();
    if (field == null || field.isEmpty()) return m;
    if (m.startsWith(field + ":")) m = m.substring(field.length() + 1).strip();
    else if (m.startsWith(field + " ")) m = m.substring(field.length()).strip();
    return m.isEmpty() ? field + " is invalid" : field + " " + m;
  }

  /** How a message names the type a parameter should have had. */
  static String kind(Class<?> type) {
    if (type == null) return "valid";
    return switch (type.getSimpleName()) {
      case "int", "Integer", "long", "Long" -> "an integer";
      case "double", "Double", "float", "Float" -> "a number";
      case "boolean", "Boolean" -> "true or false";
      case "String" -> "a string";
      case "BigDecimal", "BigInteger" -> "a number";
      default -> structure(type);
    };
  }

  private static String structure(Class<?> type) {
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "an array";
    if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    return "an object";
  }
}
