package io.computility.server.shared.web;

/**
 * Why a request was refused: the stable {@code error.reason} of the error envelope, which the
 * console translates (docs/api.md lists each reason and its params).
 */
public enum ErrorReason {
  REQUIRED,
  /** params: min, value. */
  TOO_SMALL,
  /** params: max, value. */
  TOO_LARGE,
  /** params: max. */
  TOO_LONG,
  /** params: expected. */
  BAD_FORMAT,
  /** params: allowed. */
  NOT_ONE_OF,
  /** params: kind, value. */
  UNKNOWN_REFERENCE,
  /** params: value. */
  DUPLICATE,
  IN_USE,
  BAD_CREDENTIALS,
  /** params: until (ISO-8601 instant). */
  LOCKED,
  /** params: permission. */
  FORBIDDEN,
  NOT_FOUND,
  CONFLICT,
  /** params: resource, limit. */
  QUOTA_EXCEEDED,
  /** params: retryAfterSeconds. */
  RATE_LIMITED,
  /** params: max. */
  PAYLOAD_TOO_LARGE,
  SELF_ACTION,
  DEVICE_BUSY,
  // fallbacks by status, where no finer reason is known
  /** A 400 the reasons above do not describe; errorMsg says why. */
  INVALID,
  UNAUTHENTICATED,
  /** 405, 406, 415: the method or media type is not supported. */
  UNSUPPORTED,
  /** A request the pool can never run (422). */
  REJECTED,
  /** 503: the database or the audit log is busy; retry. */
  UNAVAILABLE,
  INTERNAL;

  /** The reason for an answer of {@code status} when nothing finer is known. */
  public static ErrorReason forStatus(int status) {
    return switch (status) {
      case 400 -> INVALID;
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405, 406, 415 -> UNSUPPORTED;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 422 -> REJECTED;
      case 429 -> RATE_LIMITED;
      case 503 -> UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : INVALID;
    };
  }
}
