package io.computility.core.monitoring;

/** What a metric sample, health event or log line is about. */
public enum SourceType {
  /** A compute node of a pool (its agent pushes). */
  NODE,
  /** One accelerator or other device on a node. */
  DEVICE,
  /** A computing center seen by the federation. */
  CENTER,
  /** A task or job. */
  TASK,
  /** A component of the platform itself (server, controller, scheduler). */
  PLATFORM
}
