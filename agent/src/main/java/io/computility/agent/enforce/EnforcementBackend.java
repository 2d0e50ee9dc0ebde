package io.computility.agent.enforce;

import java.io.IOException;
import java.util.Map;

/**
 * Makes a task's process stay inside its slice. Built by {@link EnforcementBackends}; the agent
 * calls {@link #beforeStart}, starts the process with {@link #environment}, and calls {@link
 * #afterStop} when it has ended.
 */
public interface EnforcementBackend {

  /** The configuration key of this backend: accounting, mps, hami-core. */
  String name();

  /** Environment variables to add to the task's process. */
  Map<String, String> environment(SliceGrant grant);

  /**
   * Prepares the node for the task (for example starts a daemon).
   *
   * @throws IOException when the node cannot enforce the slice; the task must then not start
   */
  default void beforeStart(SliceGrant grant) throws IOException {}

  /**
   * Changes the slice of a task that is running, without restarting it (POOL-7.1d).
   *
   * @throws IOException when this backend cannot resize a running task
   */
  default void resize(SliceGrant grant) throws IOException {
    throw new IOException(name() + " cannot resize a running task; restart it with the new slice");
  }

  /** Releases what {@link #beforeStart} set up for the task. */
  default void afterStop(SliceGrant grant) throws IOException {}
}
