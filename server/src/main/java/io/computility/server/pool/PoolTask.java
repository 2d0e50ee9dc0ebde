package io.computility.server.pool;

import io.computility.core.vgpu.SliceRequest;
import io.computility.core.vgpu.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pool task as the controller keeps and stores it (a JSON document in pool_task). Mutable,
 * guarded by {@link PoolState}'s lock.
 */
public final class PoolTask {
  public String id;
  public String tenant;
  public String name;
  public TaskState state;
  public String reason;
  public int priority;
  public String spec;
  public String group;

  /** The submitter's idempotency key: a repeated submit with it answers this task. */
  public String clientKey;

  public SliceRequest request;
  public List<String> command = new ArrayList<>();
  public Map<String, String> env = new LinkedHashMap<>();
  public long idleTimeoutMs;
  public long runTimeoutMs;
  public List<Slot> slots = new ArrayList<>();

  /** Per node: running, succeeded, failed (what its agent last said). */
  public Map<String, String> parts = new LinkedHashMap<>();

  public Integer exitCode;
  public long memoryUsedMb;
  public int computeUsedPercent;
  public Instant submittedAt;
  public Instant startedAt;
  public Instant endedAt;
  public Instant lastBusyAt;

  /** Nodes holding a part of this task. */
  public List<String> nodes() {
    return slots.stream().map(Slot::node).distinct().toList();
  }

  /** The slots on one node. */
  public List<Slot> slotsOn(String node) {
    return slots.stream().filter(s -> s.node().equals(node)).toList();
  }
}
