package io.computility.adapter.pool;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads and writes the pool controller's wire format ({@code /api/v1/pool}). */
final class PoolWire {
  /** The slice a replica without accelerators gets: the pool runs tasks only on cards. */
  static final int CPU_ONLY_PERCENT = 1;

  static final long CPU_ONLY_MEMORY_MB = 1;

  private PoolWire() {}

  /**
   * The pool request of one replica: JC counts whole accelerators (gpu + npu + mlu), so each
   * becomes one card at 100 % compute with the memory of the smallest card in service ({@code
   * cardMemoryMb}); a replica asking for none gets the smallest slice.
   */
  static Map<String, Object> task(ReplicaLaunch l, String tenant, long cardMemoryMb) {
    long cards = l.resources().accelerators();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("clientKey", l.key().asString());
    body.put("tenant", tenant);
    body.put("name", l.taskName());
    body.put("command", List.of("sh", "-c", l.command()));
    body.put("env", l.env());
    if (cards > 0) {
      body.put("count", cards);
      body.put("computePercent", 100);
      body.put("memoryMb", cardMemoryMb);
    } else {
      body.put("count", 1);
      body.put("computePercent", CPU_ONLY_PERCENT);
      body.put("memoryMb", CPU_ONLY_MEMORY_MB);
    }
    return body;
  }

  /** The replica's state from a pool task view. */
  static ReplicaState state(ReplicaKey key, JsonNode task) {
    String wire = task.path("state").asString("QUEUED");
    JobStatus status = status(wire);
    String reason = task.path("reason").asString(null);
    if ((reason == null || reason.isBlank()) && status == JobStatus.FAILED) {
      JsonNode exit = task.path("exitCode");
      reason = exit.isNumber() ? "exit code " + exit.asInt() : "pool task " + wire;
    }
    if (reason == null || reason.isBlank()) reason = "pool task " + wire;
    return new ReplicaState(
        key,
        task.path("id").asString(),
        status,
        reason,
        instant(task.path("startedAt")),
        instant(task.path("endedAt")));
  }

  /** Pool task states as JC replica statuses; every end the pool forces counts as failed. */
  static JobStatus status(String wire) {
    return switch (wire.toUpperCase(Locale.ROOT)) {
      case "QUEUED", "SCHEDULED" -> JobStatus.PENDING;
      case "RUNNING" -> JobStatus.RUNNING;
      case "SUCCEEDED" -> JobStatus.COMPLETED;
      case "STOPPED" -> JobStatus.STOPPED;
      default -> JobStatus.FAILED; // FAILED, TIMED_OUT, IDLE_RELEASED
    };
  }

  /**
   * JC table 4 from the pool's nodes: cards of online, enabled nodes that are themselves enabled
   * count; a card holding any task is used (JC counts whole cards), its memory used as reported.
   */
  static MonitoringSnapshot snapshot(
      String centerId, String name, JsonNode nodes, int running, int waiting, int grade) {
    long[] total = new long[3];
    long[] used = new long[3];
    long memTotal = 0;
    long memUsed = 0;
    for (JsonNode n : nodes) {
      if (!n.path("online").asBoolean() || !n.path("enabled").asBoolean()) continue;
      for (JsonNode d : n.path("devices")) {
        if (!d.path("enabled").asBoolean() || "removing".equals(d.path("status").asString())) {
          continue;
        }
        int kind = kind(d.path("vendor").asString(""));
        total[kind]++;
        if (!d.path("tasks").isEmpty() || d.path("usedPercent").asInt() > 0) used[kind]++;
        long mem = d.path("memoryMb").asLong();
        memTotal += mem;
        memUsed += Math.min(mem, d.path("usedMemoryMb").asLong());
      }
    }
    Resources u = new Resources(0, used[0], used[1], used[2], memUsed, 0, 0);
    Resources f =
        new Resources(
            0,
            total[0] - used[0],
            total[1] - used[1],
            total[2] - used[2],
            memTotal - memUsed,
            0,
            0);
    return new MonitoringSnapshot(centerId, name, running, waiting, u, f, grade, Instant.now());
  }

  /** 0 gpu, 1 npu (Ascend), 2 mlu (Cambricon): the JC resource a vendor's cards count as. */
  static int kind(String vendor) {
    String v = vendor.toLowerCase(Locale.ROOT);
    if (v.contains("huawei") || v.contains("ascend")) return 1;
    if (v.contains("cambricon")) return 2;
    return 0;
  }

  /** The memory of the smallest enabled card on an online node, 0 when there is none. */
  static long smallestCardMb(JsonNode nodes) {
    long min = Long.MAX_VALUE;
    for (JsonNode n : nodes) {
      if (!n.path("online").asBoolean() || !n.path("enabled").asBoolean()) continue;
      for (JsonNode d : n.path("devices")) {
        if (d.path("enabled").asBoolean()) min = Math.min(min, d.path("memoryMb").asLong());
      }
    }
    return min == Long.MAX_VALUE ? 0 : min;
  }

  private static Instant instant(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return null;
    if (n.isNumber()) return Instant.ofEpochSecond(0, Math.round(n.asDouble() * 1e9));
    return Instant.parse(n.asString());
  }
}
