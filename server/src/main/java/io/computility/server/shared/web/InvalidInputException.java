package io.computility.server.shared.web;

/** Input that cannot be accepted; {@code field} names the offending field (JSON path). */
public class InvalidInputException extends RuntimeException {
  private final String field;

  public InvalidInputException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
