package io.computility.server.shared.web.limits;

import java.io.IOException;

/** A request body passed {@code computility.limits.max-body-size} while it was being read. */
public class BodyTooLargeException extends IOException {
  private final long limit;

  public BodyTooLargeException(long limit) {
    super("request body is larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** The BodyTooLargeException somewhere in {@code t}'s cause chain, or null. */
  public static BodyTooLargeException in(Throwable t) {
    for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof BodyTooLargeException b) return b;
    }
    return null;
  }

  /** The errorMsg of a 413: the field ("body") and the limit. */
  public static String message(long limit) {
    return "body is larger than the limit of "
        + limit
        + " bytes (computility.limits.max-body-size)";
  }
}
