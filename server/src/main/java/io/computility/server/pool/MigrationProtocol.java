package io.computility.server.pool;

import io.computility.core.vgpu.SliceRequest;
import io.computility.pool.wire.AgentProtocol;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The agents' side of a hot migration (POOL-T12.23), driven by heartbeats like everything else: the
 * source is told to {@code checkpoint} until it uploads the archive, then the target is told to
 * {@code restore} until it reports the task running. The source's slots stay reserved (under {@link
 * #sourceHold}) until then, so a failed checkpoint can go back to them.
 */
@Component
public class MigrationProtocol {
  private final PoolState poolState;
  private final CheckpointImages images;

  public MigrationProtocol(PoolState state, CheckpointImages images) {
    this.poolState = state;
    this.images = images;
  }

  /** The reservation that keeps a migrating task's source slots. */
  static SliceRequest sourceHold(PoolTask t) {
    SliceRequest r = t.request;
    return new SliceRequest(
        t.id + "~migration-source",
        r.computePercent(),
        r.memoryMb(),
        r.count(),
        r.physical(),
        null,
        null,
        null,
        null,
        null,
        r.gang(),
        null);
  }

  /** Ends the migration's bookkeeping: the source's slots are freed. */
  static void finish(PoolState poolState, PoolTask t) {
    poolState.pool.release(sourceHold(t).taskId());
    t.migrationFrom = null;
    t.migrationSlots = null;
    t.migrationPhase = null;
  }

  /** What a node's report of a migrating task asks for (called under the pool lock). */
  List<AgentProtocol.Command> onReport(PoolTask t, String node, AgentProtocol.TaskReport r) {
    boolean exited = "exited".equals(r.state());
    if (node.equals(t.migrationFrom)) {
      if (!exited) {
        return "checkpoint".equals(t.migrationPhase)
            ? List.of(command("checkpoint", t, null))
            : List.of();
      }
      int code = r.exitCode() == null ? -1 : r.exitCode();
      t.exited(code);
      String from = t.migrationFrom;
      poolState.end(
          t,
          code == 0 ? TaskState.SUCCEEDED : TaskState.FAILED,
          "ended (code " + code + ") on node " + from + " before it could be migrated");
      images.delete(t.id);
      return List.of(command("forget", t, null));
    }
    if (!t.nodes().contains(node)) return List.of(command(exited ? "forget" : "stop", t, null));
    String from = t.migrationFrom;
    if (exited) {
      t.exited(r.exitCode());
      poolState.end(
          t, TaskState.FAILED, "could not be restored on node " + node + " (from " + from + ")");
      images.delete(t.id);
      return List.of(command("forget", t, null));
    }
    finish(poolState, t);
    images.delete(t.id);
    t.resumeOn(node, "migrated from node " + from + " to node " + node);
    poolState.save(t);
    poolState.store.appendLog(
        t.id, "controller", poolState.now(), t.reason() + "; resumed where it was paused");
    return List.of();
  }

  /** What to ask of a node that did not report a migrating task. */
  List<AgentProtocol.Command> unreported(PoolTask t, String node) {
    if ("restore".equals(t.migrationPhase) && t.nodes().contains(node)) {
      return List.of(command("restore", t, node));
    }
    return List.of();
  }

  /** The source agent's archive: the task can now be restored on the target. */
  void received(String node, String taskId, InputStream body) throws IOException {
    poolState.locked(() -> expect(node, taskId, "checkpoint", true));
    long bytes = images.store(taskId, body);
    poolState.locked(
        () -> {
          PoolTask t = expect(node, taskId, "checkpoint", true);
          t.migrationPhase = "restore";
          poolState.save(t);
          poolState.store.appendLog(
              t.id,
              "controller",
              poolState.now(),
              "paused and checkpointed on node "
                  + node
                  + " ("
                  + (bytes >> 20)
                  + " MB); restoring on node "
                  + t.nodes().get(0));
          return null;
        });
  }

  /** The archive for the target agent. */
  Path archive(String node, String taskId) {
    poolState.locked(() -> expect(node, taskId, "restore", false));
    if (!images.exists(taskId)) throw new NotFoundException("taskId", "no checkpoint of " + taskId);
    return images.file(taskId);
  }

  /** The source could not checkpoint: the task runs on there, on the slots it kept. */
  void failed(String node, String taskId, String message) {
    poolState.locked(
        () -> {
          PoolTask t = expect(node, taskId, "checkpoint", true);
          String target = t.nodes().get(0);
          poolState.pool.release(t.id);
          List<io.computility.core.vgpu.Slot> back = new ArrayList<>(t.migrationSlots);
          finish(poolState, t);
          poolState.pool.commit(t.request, back);
          t.slots = back;
          t.resumeOn(
              node, "migration to node " + target + " failed: " + message + "; still on " + node);
          poolState.save(t);
          poolState.store.appendLog(t.id, "controller", poolState.now(), t.reason());
          images.delete(t.id);
          return null;
        });
  }

  private PoolTask expect(String node, String taskId, String phase, boolean source) {
    PoolTask t = poolState.tasks.get(taskId);
    if (t == null) throw new NotFoundException("taskId", "no pool task " + taskId);
    boolean mine = source ? node.equals(t.migrationFrom) : t.nodes().contains(node);
    if (t.state() != TaskState.MIGRATING || !phase.equals(t.migrationPhase) || !mine) {
      throw new ConflictException(
          "taskId", "task " + taskId + " is not waiting for a " + phase + " by node " + node);
    }
    return t;
  }

  private static AgentProtocol.Command command(String type, PoolTask t, String node) {
    AgentProtocol.Grant grant = null;
    if (node != null) {
      var mine = t.slotsOn(node);
      grant =
          new AgentProtocol.Grant(
              mine.get(0).computePercent(),
              mine.get(0).memoryMb(),
              mine.stream()
                  .map(x -> new AgentProtocol.GrantDevice(x.cardIndex(), x.cardUuid()))
                  .toList());
    }
    return new AgentProtocol.Command(type, t.id, null, null, grant);
  }
}
