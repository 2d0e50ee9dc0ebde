package io.computility.server.federation.job;

/** Wakes the scheduling loop when new work arrives instead of waiting for its next cycle. */
public interface SchedulerSignal {
  void wake();
}
