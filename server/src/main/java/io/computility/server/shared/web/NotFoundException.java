package io.computility.server.shared.web;

/** A named thing does not exist (a 404 answer). */
public class NotFoundException extends RuntimeException {
  private final String field;

  public NotFoundException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
