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

  /** Releases what {@link #beforeStart} set up for the task. */
  default void afterStop(SliceGrant grant) throws IOException {}
}
