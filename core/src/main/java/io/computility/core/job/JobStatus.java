package io.computility.core.job;

import java.util.Locale;

/** Job, task and replica states (JC-A.3 status strings, plus {@code stopped} for JC-A.2). */
public enum JobStatus {
  PENDING,
  RUNNING,
  COMPLETED,
  FAILED,
  STOPPED;

  public boolean terminal() {
    return this == COMPLETED || this == FAILED || this == STOPPED;
  }

  /** The lower-case form the JC API writes. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
