package io.computility.server.pool;

import io.computility.core.vgpu.PlacementDecision;
import io.computility.core.vgpu.Slot;
import io.computility.core.vgpu.VCard;
import io.computility.pool.wire.PoolApi;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Hot migration of a running task to another node (POOL-T12.23): the target must run the same agent
 * version, be online, enabled, not upgrading, able to checkpoint, and have healthy cards of the
 * task's model with room for its slice. The task then holds its slots there and is MIGRATING until
 * {@link MigrationProtocol} has moved the process.
 */
@Service
public class PoolMigrations {
  private final PoolState poolState;
  private final Checkpointers checkpointers;
  private final Duration lostAfter;

  public PoolMigrations(PoolState state, Checkpointers checkpointers, ComputilityProperties props) {
    this.poolState = state;
    this.checkpointers = checkpointers;
    this.lostAfter = props.pool().agentLostAfter();
  }

  public PoolApi.TaskView migrate(String id, PoolApi.Migrate in) {
    String wanted = in == null || in.targetNode() == null ? null : in.targetNode().strip();
    if (wanted != null && wanted.isEmpty())
      throw new InvalidInputException("targetNode", "is blank");
    return poolState.locked(
        () -> {
          PoolTask t = poolState.tasks.get(id);
          if (t == null) throw new NotFoundException("id", "no pool task " + id);
          if (t.state() != TaskState.RUNNING) {
            throw new ConflictException(
                "state", "task " + id + " is " + t.state() + ", not RUNNING");
          }
          if (t.nodes().size() != 1) {
            throw new ConflictException("id", "task " + id + " spans several nodes");
          }
          String source = t.nodes().get(0);
          if (checkpointers.of(source).isEmpty()) {
            throw new ConflictException(
                "checkpointer", "node " + source + " has no working checkpointer (CRIU)");
          }
          if (wanted != null) {
            if (!poolState.nodes.containsKey(wanted))
              throw new InvalidInputException("targetNode", "no node " + wanted);
            if (wanted.equals(source))
              throw new InvalidInputException("targetNode", "task " + id + " already runs there");
            String why = unfit(wanted, poolState.nodes.get(source));
            if (why != null)
              throw new ConflictException(
                  why.startsWith("has no") ? "checkpointer" : "targetNode",
                  "node " + wanted + " " + why);
          }
          Set<String> targets =
              poolState.nodes.values().stream()
                  .filter(n -> !n.name().equals(source))
                  .filter(n -> wanted == null || n.name().equals(wanted))
                  .filter(n -> unfit(n.name(), poolState.nodes.get(source)) == null)
                  .map(NodeRecord::name)
                  .collect(Collectors.toSet());
          if (targets.isEmpty()) {
            throw new ConflictException(
                "targetNode", "no online node of the same version with a checkpointer");
          }
          String model = poolState.devices.get(t.slots.get(0).cardUuid()).model();
          Predicate<VCard> allowed = c -> targets.contains(c.node()) && c.model().equals(model);
          var access = poolState.groups.access(t.tenant, t.group);
          if (access != null) allowed = allowed.and(access);
          // Pins to the source node or card were met by the first placement; the move lifts them.
          var r = t.request;
          var moved =
              new io.computility.core.vgpu.SliceRequest(
                  r.taskId(),
                  r.computePercent(),
                  r.memoryMb(),
                  r.count(),
                  r.physical(),
                  r.policy(),
                  null,
                  r.pinModel(),
                  null,
                  r.affinity(),
                  r.gang(),
                  null);
          PlacementDecision d = poolState.pool.decide(moved, allowed);
          if (!(d instanceof PlacementDecision.Place p)) {
            throw new ConflictException(
                "targetNode", "no room for the task's slice on a " + model + " card there");
          }
          List<Slot> from = new ArrayList<>(t.slots);
          poolState.pool.release(t.id);
          poolState.pool.commit(moved, p.slots());
          t.request = moved;
          String target = p.slots().get(0).node();
          t.migrate(
              source, from, p.slots(), "migrating from node " + source + " to node " + target);
          poolState.pool.commit(MigrationProtocol.sourceHold(t), from);
          poolState.save(t);
          poolState.store.appendLog(
              t.id, "controller", poolState.now(), t.reason() + "; pausing it on " + source);
          return PoolViews.task(t);
        });
  }

  /** Why a node cannot take a migrated task, or null when it can. */
  private String unfit(String node, NodeRecord source) {
    NodeRecord n = poolState.nodes.get(node);
    if (checkpointers.of(node).isEmpty()) return "has no working checkpointer (CRIU)";
    if (!n.enabled() || n.removing()) return "is disabled or being removed";
    if (n.upgradePending()) return "is being upgraded";
    if (n.lastSeen() == null || !n.lastSeen().plus(lostAfter).isAfter(poolState.now()))
      return "is offline";
    if (source.version() != null && !source.version().equals(n.version())) {
      return "runs agent " + n.version() + ", not " + source.version() + " like the source";
    }
    return null;
  }
}
