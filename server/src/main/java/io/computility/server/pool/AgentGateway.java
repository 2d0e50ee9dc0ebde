package io.computility.server.pool;

import io.computility.core.monitoring.MetricSample;
import io.computility.core.vgpu.CardMode;
import io.computility.core.vgpu.Slot;
import io.computility.pool.wire.AgentProtocol;
import io.computility.pool.wire.NodeConfig;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The controller's side of the agent protocol (pull: agents call, the controller answers with
 * commands). Level-triggered: each heartbeat carries everything the agent runs, and the reply says
 * what to start, stop, resize or forget, so either side may restart in any order and the next
 * heartbeat puts them back in step (POOL-8.1).
 */
@Service
public class AgentGateway {
  private final PoolState poolState;
  private final long heartbeatMs;
  private final PoolMonitor monitor;
  private final RemoteCalls remote;
  private final Checkpointers checkpointers;
  private final MigrationProtocol migrations;

  public AgentGateway(
      PoolState state,
      ComputilityProperties props,
      PoolMonitor monitor,
      RemoteCalls remote,
      Checkpointers checkpointers,
      MigrationProtocol migrations) {
    this.poolState = state;
    this.monitor = monitor;
    this.remote = remote;
    this.checkpointers = checkpointers;
    this.migrations = migrations;
    this.heartbeatMs = props.pool().heartbeat().toMillis();
  }

  public AgentProtocol.HeartbeatReply register(AgentProtocol.Register r) {
    if (r == null || r.node() == null || r.node().isBlank()) {
      throw new InvalidInputException("node", "is required");
    }
    if (r.agentId() == null || r.agentId().isBlank()) {
      throw new InvalidInputException("agentId", "is required");
    }
    AgentProtocol.HeartbeatReply reply =
        poolState.locked(
            () -> {
              NodeRecord known = poolState.nodes.get(r.node());
              if (known != null && !r.agentId().equals(known.agentId())) {
                failLostTasks(r.node(), r.adopted() == null ? List.of() : r.adopted());
              }
              NodeRecord n =
                  new NodeRecord(
                      r.node(),
                      r.agentId(),
                      r.version(),
                      r.backend(),
                      poolState.now(),
                      known == null || known.enabled(),
                      known != null && known.removing(),
                      known == null ? null : known.config(),
                      null,
                      known == null ? null : known.upgrade());
              poolState.nodes.put(n.name(), n);
              remote.heard(n.name(), r.remoteEndpoint());
              poolState.pool.addNode(n.name());
              poolState.pool.setNodeEnabled(n.name(), n.enabled() && !n.removing());
              poolState.store.saveNode(n);
              syncDevices(n.name(), r.devices() == null ? List.of() : r.devices());
              poolState.schedule();
              return new AgentProtocol.HeartbeatReply(heartbeatMs, false, false, List.of());
            });
    monitor.heard(r.node(), r.devices(), List.of());
    return reply;
  }

  /**
   * Tasks that ran under the previous agent instance died with it, unless the new one adopted them.
   */
  private void failLostTasks(String node, List<String> adopted) {
    for (PoolTask t : List.copyOf(poolState.tasks.values())) {
      if (t.state().holding() && "running".equals(t.parts.get(node)) && !adopted.contains(t.id)) {
        poolState.end(t, TaskState.FAILED, "the agent on node " + node + " restarted; task lost");
      }
    }
  }

  private void syncDevices(String node, List<AgentProtocol.AgentDevice> reported) {
    Set<String> seen = new HashSet<>();
    for (AgentProtocol.AgentDevice d : reported) {
      seen.add(d.uuid());
      DeviceRecord known = poolState.devices.get(d.uuid());
      if (known == null) {
        known =
            new DeviceRecord(
                d.uuid(),
                node,
                d.index(),
                d.vendor(),
                d.model(),
                d.memoryMb(),
                CardMode.VIRTUAL,
                true,
                1.0,
                false);
      } else if (known.removing()) {
        known = known.with(known.mode(), known.enabled(), known.overSubscription(), false);
      } else {
        continue;
      }
      poolState.putCard(known);
      poolState.store.saveDevice(known);
    }
    for (DeviceRecord d : List.copyOf(poolState.devices.values())) {
      if (d.node().equals(node) && !seen.contains(d.uuid()) && !d.removing()) {
        DeviceRecord gone = d.with(d.mode(), d.enabled(), d.overSubscription(), true);
        poolState.putCard(gone);
        poolState.store.saveDevice(gone);
      }
    }
    poolState.drain();
  }

  public AgentProtocol.HeartbeatReply heartbeat(String node, AgentProtocol.Heartbeat hb) {
    List<MetricSample> samples = new ArrayList<>();
    AgentProtocol.HeartbeatReply reply =
        poolState.locked(
            () -> {
              NodeRecord n = poolState.nodes.get(node);
              if (n == null && hb != null && poolState.removedAgents.contains(hb.agentId())) {
                return new AgentProtocol.HeartbeatReply(heartbeatMs, false, true, List.of());
              }
              if (n == null || hb == null || !n.agentId().equals(hb.agentId())) {
                return new AgentProtocol.HeartbeatReply(heartbeatMs, true, false, List.of());
              }
              n = n.seen(poolState.now());
              remote.heard(node, hb.remoteEndpoint());
              checkpointers.heard(node, hb.checkpointer());
              if (hb.config() != null) n = n.withApplied(hb.config());
              poolState.nodes.put(node, n);
              poolState.store.saveNode(n);
              if (hb.devices() != null) syncDevices(node, hb.devices());
              List<AgentProtocol.Command> commands = new ArrayList<>();
              Map<String, AgentProtocol.TaskReport> reported = new HashMap<>();
              for (AgentProtocol.TaskReport r :
                  hb.tasks() == null ? List.<AgentProtocol.TaskReport>of() : hb.tasks()) {
                reported.put(r.taskId(), r);
                commands.addAll(onReport(node, r));
              }
              for (PoolTask t : poolState.tasks.values()) {
                if (t.state() == TaskState.MIGRATING) {
                  if (!reported.containsKey(t.id)) commands.addAll(migrations.unreported(t, node));
                  continue;
                }
                if (t.state().holding()
                    && t.nodes().contains(node)
                    && !reported.containsKey(t.id)
                    && !isDone(t.parts.get(node))) {
                  AgentProtocol.Command start = start(t, node);
                  if (start != null) commands.add(start);
                }
              }
              poolState.schedule();
              if (monitor.samplesDue(node))
                samples.addAll(
                    PoolSamples.of(poolState, node, hb.tasks() == null ? List.of() : hb.tasks()));
              NodeConfig push =
                  n.applied().generation() < n.config().generation() ? n.config() : null;
              return new AgentProtocol.HeartbeatReply(
                  heartbeatMs,
                  false,
                  false,
                  commands,
                  push,
                  n.upgradePending() ? n.upgrade() : null);
            });
    if (!reply.reregister() && !reply.removed()) monitor.heard(node, hb.devices(), samples);
    return reply;
  }

  private static boolean isDone(String part) {
    return "succeeded".equals(part) || "failed".equals(part);
  }

  private List<AgentProtocol.Command> onReport(String node, AgentProtocol.TaskReport r) {
    PoolTask t = poolState.tasks.get(r.taskId());
    boolean exited = "exited".equals(r.state());
    if (t != null && t.state() == TaskState.MIGRATING) return migrations.onReport(t, node, r);
    if (t == null || !t.state().holding() || !t.nodes().contains(node)) {
      return List.of(command(exited ? "forget" : "stop", r.taskId()));
    }
    if (exited) {
      int code = r.exitCode() == null ? -1 : r.exitCode();
      t.parts.put(node, code == 0 ? "succeeded" : "failed");
      if (code != 0) {
        t.exited(code);
        poolState.end(
            t,
            TaskState.FAILED,
            "exited with code " + code + " on node " + node + "; resources released");
      } else if (t.executingNodes().stream().allMatch(x -> "succeeded".equals(t.parts.get(x)))) {
        t.exited(0);
        poolState.end(t, TaskState.SUCCEEDED, "completed; resources released");
      } else {
        poolState.save(t);
      }
      return List.of(command("forget", r.taskId()));
    }
    if (!node.equals(t.runOn)) {
      // A remote task's usage is what the card's node meters, not its CPU node (POOL-T12.3).
      t.memoryUsedMb = r.memoryUsedMb();
      t.computeUsedPercent = r.computeUsedPercent();
    }
    if (r.computeUsedPercent() > 0 || t.lastBusyAt == null) t.lastBusyAt = poolState.now();
    if (!"running".equals(t.parts.put(node, "running"))) poolState.save(t);
    if (t.state() == TaskState.SCHEDULED
        && t.nodes().stream().allMatch(x -> "running".equals(t.parts.get(x)))) {
      t.run(poolState.now());
      poolState.save(t);
    }
    Slot mine = t.slotsFor(node).get(0);
    if (mine.computePercent() != r.grantPercent() || mine.memoryMb() != r.grantMemoryMb()) {
      return List.of(new AgentProtocol.Command("resize", t.id, null, null, grant(t, node)));
    }
    return List.of();
  }

  /** The command that starts a task's part on a node; null when it must wait. */
  private AgentProtocol.Command start(PoolTask t, String node) {
    if (t.runOn != null) return remote.start(poolState, t, node, grant(t, node));
    return new AgentProtocol.Command("start", t.id, t.command, t.env, grant(t, node));
  }

  private static AgentProtocol.Grant grant(PoolTask t, String node) {
    List<Slot> mine = t.slotsFor(node);
    return new AgentProtocol.Grant(
        mine.get(0).computePercent(),
        mine.get(0).memoryMb(),
        mine.stream()
            .map(x -> new AgentProtocol.GrantDevice(x.cardIndex(), x.cardUuid()))
            .toList());
  }

  private static AgentProtocol.Command command(String type, String taskId) {
    return new AgentProtocol.Command(type, taskId, null, null, null);
  }

  public void logs(String node, AgentProtocol.LogBatch batch) {
    if (batch == null || batch.lines() == null) return;
    for (AgentProtocol.AgentLog l : batch.lines()) {
      if (l.taskId() == null || l.line() == null) continue;
      poolState.store.appendLog(
          l.taskId(), node, l.at() == null ? poolState.now() : l.at(), l.line());
    }
  }
}
