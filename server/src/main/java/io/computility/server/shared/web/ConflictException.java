package io.computility.server.shared.web;

/** The request conflicts with current state, e.g. a duplicate id (a 409 answer). */
public class ConflictException extends RuntimeException {
  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
