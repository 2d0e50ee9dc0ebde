package io.computility.server.shared.web;

import java.util.Map;

/** The request conflicts with current state, e.g. a duplicate id (a 409 answer). */
public class ConflictException extends ApiException {

  public ConflictException(String field, String message) {
    this(field, message, null, null);
  }

  public ConflictException(
      String field, String message, ErrorReason reason, Map<String, Object> params) {
    super(field, message, reason, params);
  }

  /** {@code value} already exists. */
  public static ConflictException duplicate(String field, Object value) {
    return new ConflictException(
        field,
        "'" + value + "' already exists",
        ErrorReason.DUPLICATE,
        ErrorDetail.params("value", value));
  }

  /** The thing is in use and cannot be changed or removed now. */
  public static ConflictException inUse(String field, String message) {
    return new ConflictException(field, message, ErrorReason.IN_USE, null);
  }

  /** A card or device is busy (tasks run on it): its mode cannot switch now. */
  public static ConflictException deviceBusy(String field, String message) {
    return new ConflictException(field, message, ErrorReason.DEVICE_BUSY, null);
  }

  /** An action on oneself that is never allowed (disabling or deleting one's own user). */
  public static ConflictException selfAction(String field, String message) {
    return new ConflictException(field, message, ErrorReason.SELF_ACTION, null);
  }
}
