package io.computility.agent.remote;

import java.io.IOException;

/** The serving agent refused a call; {@link #status} is its HTTP status (507: out of memory). */
public final class RemoteCallException extends IOException {
  private final int status;

  public RemoteCallException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The slice has not enough device memory left for the allocation. */
  public boolean outOfMemory() {
    return status == 507;
  }
}
