package io.computility.server.shared.web.limits;

/** A tenant went over its submission rate; answers 429 with Retry-After. */
public class RateLimitedException extends RuntimeException {
  private final long retryAfterSeconds;

  public RateLimitedException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
