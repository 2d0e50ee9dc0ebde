package io.computility.server.identity.audit;

/** The audit entry of a request could not be made durable: the request must not answer 2xx. */
public class AuditUnavailableException extends RuntimeException {
  public AuditUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
