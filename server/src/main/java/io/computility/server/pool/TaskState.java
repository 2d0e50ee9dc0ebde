package io.computility.server.pool;

/** Where a pool task is in its life. */
public enum TaskState {
  /** Waiting in the priority queue for room (POOL-T12.10). */
  QUEUED,
  /** Slots allocated; agents told to start it (POOL-7.6c: reserved, not yet running). */
  SCHEDULED,
  /** Every part runs on its agent. */
  RUNNING,
  /**
   * Being moved to another node (POOL-T12.23): checkpointed on the source, restored on the target,
   * whose slots it holds; the source's stay reserved until it runs again.
   */
  MIGRATING,
  SUCCEEDED,
  FAILED,
  STOPPED,
  /** Released after running longer than its run timeout (POOL-T12.12). */
  TIMED_OUT,
  /** Released after idling longer than its idle timeout (POOL-T12.11). */
  IDLE_RELEASED;

  public boolean active() {
    return this == QUEUED || this == SCHEDULED || this == RUNNING || this == MIGRATING;
  }

  /** Holds slots on cards. */
  public boolean holding() {
    return this == SCHEDULED || this == RUNNING || this == MIGRATING;
  }
}
