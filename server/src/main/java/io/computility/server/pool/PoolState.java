package io.computility.server.pool;

import io.computility.core.vgpu.PlacementDecision;
import io.computility.core.vgpu.PlacementPolicy;
import io.computility.core.vgpu.VCard;
import io.computility.core.vgpu.VgpuPool;
import io.computility.pool.wire.PoolApi;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The controller's whole pool state: the core allocator, nodes, cards and tasks, rebuilt from
 * PostgreSQL at start so a restart loses nothing (POOL-8.1). Every change happens under one lock
 * and is written to the store before the lock is released.
 */
@Component
public class PoolState {
  static final String POLICY_KEY = "global-policy";
  private final ReentrantLock lock = new ReentrantLock();
  final PoolStore store;
  final Clock clock;
  final VgpuPool pool = new VgpuPool();
  final Map<String, PoolTask> tasks = new LinkedHashMap<>();
  final Map<String, NodeRecord> nodes = new LinkedHashMap<>();
  final Map<String, DeviceRecord> devices = new LinkedHashMap<>();

  /** Agent instances whose node was removed: told to stop instead of registering again. */
  final ResourceGroups groups = new ResourceGroups();

  final java.util.Set<String> removedAgents = new java.util.HashSet<>();

  public PoolState(PoolStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    restore();
  }

  private void restore() {
    store.groups().forEach(groups::put);
    store.setting(POLICY_KEY).map(PlacementPolicy::parse).ifPresent(pool::setGlobalPolicy);
    for (NodeRecord n : store.nodes()) {
      nodes.put(n.name(), n);
      pool.addNode(n.name());
      pool.setNodeEnabled(n.name(), n.enabled() && !n.removing());
    }
    for (DeviceRecord d : store.devices()) putCard(d);
    for (PoolTask t : store.tasks()) {
      tasks.put(t.id, t);
      if (t.state().holding()) pool.commit(t.request, t.slots);
      if (t.migrationSlots != null) pool.commit(MigrationProtocol.sourceHold(t), t.migrationSlots);
    }
  }

  /** Runs {@code body} under the pool lock. */
  <T> T locked(Supplier<T> body) {
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  Instant now() {
    return clock.instant();
  }

  /** Every task the pool knows, oldest first. */
  Collection<PoolTask> allTasks() {
    return tasks.values();
  }

  /** The task with this id, or null. */
  PoolTask task(String id) {
    return tasks.get(id);
  }

  /** Takes in a newly submitted task (its caller saves it). */
  void add(PoolTask t) {
    tasks.put(t.id, t);
  }

  boolean hasCard(String uuid) {
    return devices.containsKey(uuid);
  }

  /** The logical resource groups (POOL-T12.9). */
  ResourceGroups groups() {
    return groups;
  }

  /** Stores a resource group and applies it. */
  void putGroup(String name, PoolApi.Group group) {
    store.putGroup(name, group);
    groups.put(name, group);
  }

  void deleteGroup(String name) {
    store.deleteGroup(name);
    groups.remove(name);
  }

  PlacementPolicy policy() {
    return pool.globalPolicy();
  }

  /** Stores the pool-wide placement policy and applies it. */
  void setPolicy(PlacementPolicy policy) {
    store.putSetting(POLICY_KEY, policy.wireName());
    pool.setGlobalPolicy(policy);
  }

  /**
   * Resizes a holding task's slice in the allocator; on success the task takes the new slots and
   * request (the caller saves it).
   */
  PlacementDecision resize(PoolTask t, int computePercent, long memoryMb) {
    PlacementDecision d = pool.resize(t.id, computePercent, memoryMb);
    if (d instanceof PlacementDecision.Place p) {
      t.slots = new ArrayList<>(p.slots());
      t.request = pool.holding(t.id).orElseThrow().request();
    }
    return d;
  }

  /** Appends a line the controller writes to a task's log. */
  void log(PoolTask t, String line) {
    store.appendLog(t.id, "controller", now(), line);
  }

  void putCard(DeviceRecord d) {
    devices.put(d.uuid(), d);
    pool.addCard(d.node(), d.uuid(), d.index(), d.vendor(), d.model(), d.memoryMb());
    VCard c = pool.card(d.uuid()).orElseThrow();
    if (c.idle() || c.mode() == d.mode()) pool.setCardMode(d.uuid(), d.mode());
    pool.setCardEnabled(d.uuid(), d.enabled() && !d.removing());
    pool.setOverSubscription(d.uuid(), d.overSubscription());
  }

  void save(PoolTask t) {
    store.saveTask(t);
  }

  /**
   * Ends a task: frees its slots and records why; agents are told to stop it at their next call.
   */
  void end(PoolTask t, TaskState state, String reason) {
    if (!t.state().active()) return;
    pool.release(t.id);
    if (t.migrationFrom != null) MigrationProtocol.finish(this, t);
    t.end(state, reason, now());
    save(t);
    if (reason != null) store.appendLog(t.id, "controller", now(), reason);
  }

  /**
   * Places queued tasks, highest priority first, then oldest (POOL-T12.10). A task the pool can no
   * longer ever hold (its pinned card went away) is failed.
   */
  void schedule() {
    List<PoolTask> queued = new ArrayList<>();
    for (PoolTask t : tasks.values()) if (t.state() == TaskState.QUEUED) queued.add(t);
    queued.sort(Comparator.comparingInt((PoolTask t) -> -t.priority));
    for (PoolTask t : queued) {
      PlacementDecision d = decide(t);
      if (d instanceof PlacementDecision.Place p) {
        pool.commit(t.request, p.slots());
        t.schedule(p.slots());
        save(t);
      } else if (d instanceof PlacementDecision.Reject r) {
        end(t, TaskState.FAILED, r.reason());
      } else if (d instanceof PlacementDecision.Queue q && !q.reason().equals(t.reason())) {
        t.waitFor(q.reason());
        save(t);
      }
    }
  }

  /** Where a task could go now, within the cards its tenant and group may use. */
  PlacementDecision decide(PoolTask t) {
    long started = System.nanoTime();
    var access = groups.access(t.tenant, t.group);
    PlacementDecision d = access == null ? pool.decide(t.request) : pool.decide(t.request, access);
    io.computility.server.shared.metrics.LatencyTimers.since(
        io.computility.server.shared.metrics.LatencyTimers.PLACEMENT, started);
    return d;
  }

  /** Drops removed cards and nodes whose last task has ended (POOL-T12.25). */
  void drain() {
    for (DeviceRecord d : List.copyOf(devices.values())) {
      if (d.removing() && pool.removeCard(d.uuid())) {
        devices.remove(d.uuid());
        store.deleteDevice(d.uuid());
      }
    }
    for (NodeRecord n : List.copyOf(nodes.values())) {
      if (n.removing() && pool.removeNode(n.name())) {
        devices.values().removeIf(d -> d.node().equals(n.name()));
        store.devices().stream()
            .filter(d -> d.node().equals(n.name()))
            .forEach(d -> store.deleteDevice(d.uuid()));
        nodes.remove(n.name());
        store.deleteNode(n.name());
        if (n.agentId() != null) removedAgents.add(n.agentId());
      }
    }
  }
}
