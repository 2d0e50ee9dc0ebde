package io.computility.server.shared.web;

import java.util.Map;

/** The caller is authenticated but may not do this (a 403 answer, reason FORBIDDEN). */
public class ForbiddenException extends ApiException {

  public ForbiddenException(String field, String message) {
    this(field, message, ErrorReason.FORBIDDEN, null);
  }

  public ForbiddenException(
      String field, String message, ErrorReason reason, Map<String, Object> params) {
    super(field, message, reason, params);
  }

  /** The active role lacks {@code permission}. */
  public static ForbiddenException lacks(String permission) {
    return new ForbiddenException(
        "permission",
        "the active role lacks " + permission,
        ErrorReason.FORBIDDEN,
        ErrorDetail.params("permission", permission));
  }
}
