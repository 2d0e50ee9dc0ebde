package io.computility.core.adapter;

/**
 * A center could not be reached or refused a call. {@code transientFailure} tells whether a retry
 * (with backoff) may succeed, e.g. timeouts and 5xx answers, as opposed to a rejected request.
 */
public class AdapterException extends RuntimeException {
  private final boolean transientFailure;

  public AdapterException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public AdapterException(String message, boolean transientFailure) {
    this(message, transientFailure, null);
  }

  public boolean transientFailure() {
    return transientFailure;
  }
}
