package io.computility.pool.wire;

import static io.computility.pool.wire.WireLimits.HOST;
import static io.computility.pool.wire.WireLimits.LINE;
import static io.computility.pool.wire.WireLimits.MAX_DEVICES;
import static io.computility.pool.wire.WireLimits.MAX_TASKS;
import static io.computility.pool.wire.WireLimits.NAME;
import static io.computility.pool.wire.WireLimits.URL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The agent protocol ({@code /api/v1/pool/agents}): the agent always calls the controller (pull),
 * never the other way round. It registers, then heartbeats with its cards and task reports; each
 * reply carries the commands, settings and upgrade the controller has for it.
 */
public final class AgentProtocol {
  private AgentProtocol() {}

  /** A card as the agent discovered it. */
  public record AgentDevice(
      int index,
      @Size(max = NAME) String uuid,
      @Size(max = NAME) String vendor,
      @Size(max = NAME) String model,
      long memoryMb,
      boolean healthy) {}

  /** {@code adopted}: live tasks a restarted (upgraded) agent took over from its predecessor. */
  public record Register(
      @Size(max = HOST) String node,
      @Size(max = NAME) String agentId,
      @Size(max = NAME) String version,
      @Size(max = NAME) String backend,
      @Size(max = MAX_DEVICES) List<@Valid AgentDevice> devices,
      @Size(max = MAX_TASKS) List<@Size(max = NAME) String> adopted,
      @Size(max = URL) String remoteEndpoint) {}

  /**
   * Agent version to run on a node and the distribution directory on the node that holds it (a
   * directory with agent.properties the agent re-executes from, POOL-T12.22).
   */
  public record AgentUpgrade(String version, String distribution) {}

  /**
   * A task part as the agent runs it; {@code state} is the agent's word for its process ({@code
   * running}, {@code exited}, ...), not the controller's task state.
   */
  public record TaskReport(
      @Size(max = NAME) String taskId,
      @Size(max = NAME) String state,
      Integer exitCode,
      long memoryUsedMb,
      int computeUsedPercent,
      int grantPercent,
      long grantMemoryMb) {}

  /**
   * {@code config}: the settings the agent runs with, generation included (null: old agent); {@code
   * remoteEndpoint}: where the agent serves slices to other nodes' tasks (POOL-T12.3), or null;
   * {@code checkpointer}: e.g. {@code criu 4.1.1} when the node can migrate tasks (POOL-T12.23).
   */
  public record Heartbeat(
      @Size(max = NAME) String agentId,
      @Size(max = MAX_DEVICES) List<@Valid AgentDevice> devices,
      @Size(max = MAX_TASKS) List<@Valid TaskReport> tasks,
      NodeConfig config,
      @Size(max = URL) String remoteEndpoint,
      @Size(max = NAME) String checkpointer) {}

  /** An agent's report that it could not checkpoint a task. */
  public record CheckpointFailure(String message) {}

  public record GrantDevice(int index, String uuid) {}

  public record Grant(int computePercent, long memoryMb, List<GrantDevice> devices) {}

  /**
   * start, stop, resize, forget (an ended task the controller has recorded), checkpoint or restore
   * (a migration, POOL-T12.23); serve: offer the slice to a remote task's process over the network
   * (POOL-T12.3).
   */
  public record Command(
      String type, String taskId, List<String> command, Map<String, String> env, Grant grant) {}

  /**
   * The controller's answer to a registration or heartbeat.
   *
   * @param reregister the controller does not know this agent instance: register again
   * @param removed the node was removed from the pool: stop
   * @param config settings to apply, sent while the agent reports an older generation
   * @param upgrade the version to re-execute as, or null
   */
  public record HeartbeatReply(
      long heartbeatMs,
      boolean reregister,
      boolean removed,
      List<Command> commands,
      NodeConfig config,
      AgentUpgrade upgrade) {
    public HeartbeatReply(
        long heartbeatMs, boolean reregister, boolean removed, List<Command> commands) {
      this(heartbeatMs, reregister, removed, commands, null, null);
    }
  }

  /** A line a task printed, as the agent tailed it. */
  public record AgentLog(
      @Size(max = NAME) String taskId, Instant at, @Size(max = LINE) String line) {}

  public record LogBatch(@Size(max = MAX_TASKS) List<@Valid AgentLog> lines) {}
}
