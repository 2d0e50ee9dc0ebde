package io.computility.agent.remote;

/** An allocation that does not fit in the slice's device memory; the slice itself is unharmed. */
public final class DeviceOutOfMemoryException extends Exception {
  public DeviceOutOfMemoryException(String message) {
    super(message);
  }
}
