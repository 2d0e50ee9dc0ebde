package io.computility.adapter.sim;

import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.resource.ResourceQuantity;
import java.time.Instant;
import java.util.Locale;

/**
 * The log a simulated replica writes, as a container runtime would: acceptance, image, command,
 * resources, queueing, start, progress every quarter of the run and the exit line.
 */
final class ReplicaLog {
  private final StringBuilder text = new StringBuilder();
  private final String centerId;
  private int quartersLogged;

  ReplicaLog(String centerId) {
    this.centerId = centerId;
  }

  void accepted(Instant at, ReplicaLaunch l, String externalId, String imageName) {
    line(at, "INFO", "accepted replica " + l.key().asString() + " as " + externalId);
    line(at, "INFO", "task " + l.taskName() + ", resource spec " + l.resourceSpecId());
    line(at, "INFO", "image " + l.imageId() + " (" + imageName + ")");
    line(at, "INFO", "command: " + l.command());
    line(at, "INFO", "resources: " + ResourceQuantity.format(l.resources()));
    if (!l.env().isEmpty()) line(at, "INFO", "env: " + l.env().keySet());
  }

  void line(Instant at, String level, String message) {
    text.append(at)
        .append(' ')
        .append(String.format(Locale.ROOT, "%-5s", level))
        .append(" [sim:")
        .append(centerId)
        .append("] ")
        .append(message)
        .append('\n');
  }

  /** Writes the progress lines whose time has come: 25 %, 50 %, 75 % of the planned run. */
  void progress(Instant startedAt, long runWallMs, long simMillis, Instant now) {
    if (startedAt == null) return;
    while (quartersLogged < 3) {
      int q = quartersLogged + 1;
      Instant due = startedAt.plusMillis(runWallMs * q / 4);
      if (due.isAfter(now)) return;
      line(
          due,
          "INFO",
          String.format(
              Locale.ROOT,
              "progress %d%% (%.1f s of %.1f s)",
              q * 25,
              simMillis * q / 4000.0,
              simMillis / 1000.0));
      quartersLogged = q;
    }
  }

  String text() {
    return text.toString();
  }
}
