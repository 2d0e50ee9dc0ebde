package io.computility.server.shared.web;

import java.util.Map;

/**
 * An API refusal that names the offending field and says why as data: a reason of the vocabulary in
 * docs/api.md and its parameters. A null reason falls back to one derived from the answer's status.
 */
public abstract class ApiException extends RuntimeException {
  private final String field;
  private final ErrorReason reason;
  private final Map<String, Object> params;

  protected ApiException(
      String field, String message, ErrorReason reason, Map<String, Object> params) {
    super(message);
    this.field = field;
    this.reason = reason;
    this.params = params == null ? Map.of() : params;
  }

  public String field() {
    return field;
  }

  /** The reason, or null when the status decides it. */
  public ErrorReason reason() {
    return reason;
  }

  public Map<String, Object> params() {
    return params;
  }

  /** The error data of this refusal answered with {@code status}. */
  public ErrorDetail detail(int status) {
    if (reason == null) return Reasons.detail(status, field, getMessage());
    return new ErrorDetail(reason.name(), field == null || field.isBlank() ? null : field, params);
  }
}
