package io.computility.adapter.slurm;

import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The cluster's nodes and jobs as a JC table 4 snapshot: CPUs, memory, GPUs (gres) and temporary
 * disk of every node, split into allocated and free. Nodes that are down, drained or not responding
 * offer nothing free; what they still hold counts as used.
 */
final class SlurmResourceView {
  private static final Set<String> USABLE = Set.of("idle", "mixed", "allocated", "completing");
  private static final Set<String> BLOCKING_FLAGS =
      Set.of("DRAIN", "DRAINING", "DRAINED", "NOT_RESPONDING", "DOWN", "FAIL", "MAINTENANCE");

  private SlurmResourceView() {}

  static MonitoringSnapshot snapshot(
      SlurmConfig c, JsonNode nodes, JsonNode jobs, Instant takenAt) {
    Resources used = Resources.ZERO;
    Resources free = Resources.ZERO;
    for (JsonNode n : nodes.path("nodes")) {
      long cpus = n.path("cpus").asLong(0);
      long mem = n.path("real_memory").asLong(0);
      long gpus = Gres.count(n.path("gres").asText(""), "gpu");
      long disk = n.path("temporary_disk").asLong(0) / 1024;
      Resources total = new Resources(cpus, gpus, 0, 0, mem, disk, 0);
      Resources alloc =
          new Resources(
              n.path("alloc_cpus").asLong(0),
              Gres.count(n.path("gres_used").asText(""), "gpu"),
              0,
              0,
              n.path("alloc_memory").asLong(0),
              0,
              0);
      used = used.plus(alloc);
      if (usable(n)) free = free.plus(total.minusClamped(alloc));
    }
    int running = 0;
    int waiting = 0;
    for (JsonNode j : jobs.path("jobs")) {
      JobStatus s = SlurmStates.toJc(j.path("job_state").asText());
      if (s == JobStatus.RUNNING) running++;
      else if (s == JobStatus.PENDING) waiting++;
    }
    int grade = c.profile() == null ? 1 : c.profile().securityGrade();
    return new MonitoringSnapshot(
        c.centerId(), c.name(), running, waiting, used, free, grade, takenAt);
  }

  static boolean usable(JsonNode node) {
    String state = node.path("state").asText("").toLowerCase(Locale.ROOT);
    if (!USABLE.contains(state)) return false;
    for (JsonNode f : node.path("state_flags")) {
      if (BLOCKING_FLAGS.contains(f.asText().toUpperCase(Locale.ROOT))) return false;
    }
    return true;
  }
}
