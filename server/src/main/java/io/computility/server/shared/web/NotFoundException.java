package io.computility.server.shared.web;

/** A named thing does not exist (a 404 answer, reason NOT_FOUND). */
public class NotFoundException extends ApiException {

  public NotFoundException(String field, String message) {
    super(field, message, ErrorReason.NOT_FOUND, null);
  }
}
