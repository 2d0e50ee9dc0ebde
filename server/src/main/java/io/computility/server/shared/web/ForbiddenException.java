package io.computility.server.shared.web;

/** The caller is authenticated but may not do this (a 403 answer). */
public class ForbiddenException extends RuntimeException {
  private final String field;

  public ForbiddenException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
