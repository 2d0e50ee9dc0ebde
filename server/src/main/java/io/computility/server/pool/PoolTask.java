package io.computility.server.pool;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.computility.core.vgpu.SliceRequest;
import io.computility.core.vgpu.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pool task as the controller keeps and stores it (a JSON document in pool_task, its fields
 * named as they are here). Mutable, guarded by {@link PoolState}'s lock; its life ({@link
 * #state()}, why, when it started and ended, how it exited) changes only through the methods below.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PoolTask {
  public String id;
  public String tenant;
  public String name;
  private TaskState state;
  private String reason;
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

  private Integer exitCode;
  public long memoryUsedMb;
  public int computeUsedPercent;
  public Instant submittedAt;
  private Instant startedAt;
  private Instant endedAt;
  public Instant lastBusyAt;

  /**
   * A remote task's node (POOL-T12.3): its process runs there and computes on its slice, which the
   * card's node serves over the network; null for a task that runs where its cards are.
   */
  public String runOn;

  /** The remote task's slice token, given to the serving agent and to the task only. */
  public String remoteToken;

  /** Where the card's node serves the slice, as the task was told. */
  public String remoteEndpoint;

  /** While MIGRATING: the node it leaves and the slots it keeps there until it runs again. */
  public String migrationFrom;

  public List<Slot> migrationSlots;

  /**
   * While MIGRATING: {@code checkpoint} (asked of the source) or {@code restore} (of the target).
   */
  public String migrationPhase;

  public TaskState state() {
    return state;
  }

  /** Why it is where it is: the queue's reason, how it ended, where it migrated; or null. */
  public String reason() {
    return reason;
  }

  public Integer exitCode() {
    return exitCode;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  /** Accepted: waits in the queue for room (POOL-T12.10). */
  void queue() {
    state = TaskState.QUEUED;
  }

  /** Still queued, now for this reason. */
  void waitFor(String why) {
    reason = why;
  }

  /** Slots reserved on {@code placed}; agents are told to start it (POOL-7.6c). */
  void schedule(List<Slot> placed) {
    slots = new ArrayList<>(placed);
    parts.clear();
    state = TaskState.SCHEDULED;
    reason = null;
  }

  /** Every part runs. */
  void run(Instant at) {
    state = TaskState.RUNNING;
    startedAt = at;
    lastBusyAt = at;
  }

  /** Runs again on {@code node} alone (after a migration, done or failed), for this reason. */
  void resumeOn(String node, String why) {
    state = TaskState.RUNNING;
    parts.clear();
    parts.put(node, "running");
    reason = why;
  }

  /** Being moved (POOL-T12.23) to {@code target} slots, keeping {@code kept} on {@code source}. */
  void migrate(String source, List<Slot> kept, List<Slot> target, String why) {
    migrationFrom = source;
    migrationSlots = kept;
    migrationPhase = "checkpoint";
    slots = new ArrayList<>(target);
    parts.clear();
    state = TaskState.MIGRATING;
    reason = why;
  }

  /** A part's process exited with this code (null: unknown). */
  void exited(Integer code) {
    exitCode = code;
  }

  /** Ended in {@code end} at {@code at}, for this reason. */
  void end(TaskState end, String why, Instant at) {
    state = end;
    reason = why;
    endedAt = at;
  }

  /** Nodes holding a part of this task: its cards' nodes and, when remote, the node it runs on. */
  public List<String> nodes() {
    List<String> out = new ArrayList<>(slots.stream().map(Slot::node).distinct().toList());
    if (runOn != null && !out.contains(runOn)) out.add(runOn);
    return out;
  }

  /** Nodes whose processes must succeed for the task to succeed. */
  public List<String> executingNodes() {
    return runOn == null ? nodes() : List.of(runOn);
  }

  /** The slots on one node. */
  public List<Slot> slotsOn(String node) {
    return slots.stream().filter(s -> s.node().equals(node)).toList();
  }

  /** The slots whose limits a node's part runs with: a remote task's own node runs with all. */
  public List<Slot> slotsFor(String node) {
    return node.equals(runOn) ? slots : slotsOn(node);
  }
}
