package io.computility.adapter.pool;

import io.computility.core.adapter.ReplicaKey;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.center.MonitoringSnapshot;
import io.computility.core.job.JobStatus;
import io.computility.core.resource.Resources;
import io.computility.pool.wire.PoolApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the pool controller's REST API ({@code /api/v1/pool}) in its wire shapes ({@link
 * PoolApi}) and maps them onto JC replicas and monitoring.
 */
final class PoolWire {
  /** Lenient, as reading the tree was: unknown fields are skipped, absent numbers read as 0. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** The slice a replica without accelerators gets: the pool runs tasks only on cards. */
  static final int CPU_ONLY_PERCENT = 1;

  static final long CPU_ONLY_MEMORY_MB = 1;

  private PoolWire() {}

  /**
   * The pool request of one replica: JC counts whole accelerators (gpu + npu + mlu), so each
   * becomes one card at 100 % compute with the memory of the smallest card in service ({@code
   * cardMemoryMb}); a replica asking for none gets the smallest slice.
   */
  static PoolApi.SubmitTask task(ReplicaLaunch l, String tenant, long cardMemoryMb) {
    int cards = (int) l.resources().accelerators();
    boolean whole = cards > 0;
    return new PoolApi.SubmitTask(
        tenant,
        l.taskName(),
        whole ? 100 : CPU_ONLY_PERCENT,
        whole ? cardMemoryMb : CPU_ONLY_MEMORY_MB,
        whole ? cards : 1,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of("sh", "-c", l.command()),
        l.env(),
        null,
        null,
        l.key().asString(),
        null,
        null);
  }

  /** A task view from the controller's answer. */
  static PoolApi.TaskView task(JsonNode view) {
    return JSON.treeToValue(view, PoolApi.TaskView.class);
  }

  /** The task views of a task list. */
  static List<PoolApi.TaskView> tasks(JsonNode list) {
    List<PoolApi.TaskView> out = new ArrayList<>();
    for (JsonNode t : list) out.add(task(t));
    return out;
  }

  /** The lines of a task's log. */
  static List<PoolApi.LogLine> logLines(JsonNode list) {
    List<PoolApi.LogLine> out = new ArrayList<>();
    for (JsonNode l : list) out.add(JSON.treeToValue(l, PoolApi.LogLine.class));
    return out;
  }

  /** The node views of a node list. */
  static List<PoolApi.NodeView> nodes(JsonNode list) {
    List<PoolApi.NodeView> out = new ArrayList<>();
    for (JsonNode n : list) out.add(JSON.treeToValue(n, PoolApi.NodeView.class));
    return out;
  }

  /** The replica's state from a pool task view. */
  static ReplicaState state(ReplicaKey key, PoolApi.TaskView task) {
    String wire = task.state() != null ? task.state() : "QUEUED";
    JobStatus status = status(wire);
    String reason = task.reason();
    if ((reason == null || reason.isBlank()) && status == JobStatus.FAILED) {
      reason = task.exitCode() != null ? "exit code " + task.exitCode() : "pool task " + wire;
    }
    if (reason == null || reason.isBlank()) reason = "pool task " + wire;
    return new ReplicaState(key, task.id(), status, reason, task.startedAt(), task.endedAt());
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
      String centerId,
      String name,
      List<PoolApi.NodeView> nodes,
      int running,
      int waiting,
      int grade) {
    long[] total = new long[3];
    long[] used = new long[3];
    long memTotal = 0;
    long memUsed = 0;
    for (PoolApi.NodeView n : nodes) {
      if (!n.online() || !n.enabled()) continue;
      for (PoolApi.DeviceView d : devices(n)) {
        if (!d.enabled() || "removing".equals(d.status())) continue;
        int kind = kind(d.vendor() != null ? d.vendor() : "");
        total[kind]++;
        boolean holding = d.tasks() != null && !d.tasks().isEmpty();
        if (holding || d.usedPercent() > 0) used[kind]++;
        memTotal += d.memoryMb();
        memUsed += Math.min(d.memoryMb(), d.usedMemoryMb());
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
  static long smallestCardMb(List<PoolApi.NodeView> nodes) {
    long min = Long.MAX_VALUE;
    for (PoolApi.NodeView n : nodes) {
      if (!n.online() || !n.enabled()) continue;
      for (PoolApi.DeviceView d : devices(n)) {
        if (d.enabled()) min = Math.min(min, d.memoryMb());
      }
    }
    return min == Long.MAX_VALUE ? 0 : min;
  }

  private static List<PoolApi.DeviceView> devices(PoolApi.NodeView n) {
    return n.devices() != null ? n.devices() : List.of();
  }
}
