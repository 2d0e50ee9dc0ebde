package io.computility.server.jobs;

/** Wakes the scheduling loop when new work arrives instead of waiting for its next cycle. */
public interface SchedulerSignal {
  void wake();
}
