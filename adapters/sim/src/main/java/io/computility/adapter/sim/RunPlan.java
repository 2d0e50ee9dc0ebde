package io.computility.adapter.sim;

/**
 * How one replica will run, decided at submit: its simulated length and how it ends.
 *
 * @param simMillis simulated run time in milliseconds (before the time scale)
 * @param exitCode 0 for success; anything else fails the replica
 * @param outcome the message the replica ends with, e.g. {@code "exit code 3"}
 */
record RunPlan(long simMillis, int exitCode, String outcome) {

  RunPlan {
    if (simMillis < 0) throw new IllegalArgumentException("simMillis must be >= 0");
  }

  static RunPlan success(long simMillis) {
    return new RunPlan(simMillis, 0, "exit code 0");
  }

  static RunPlan failing(long simMillis, int exitCode, String why) {
    return new RunPlan(simMillis, exitCode, "exit code " + exitCode + ": " + why);
  }

  boolean succeeds() {
    return exitCode == 0;
  }
}
