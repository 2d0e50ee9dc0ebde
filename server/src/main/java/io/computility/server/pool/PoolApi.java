package io.computility.server.pool;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Wire shapes of the pool's REST API and agent protocol, kept apart from the domain. */
public final class PoolApi {
  private PoolApi() {}

  // Size limits of the wire shapes (docs/security.md "Limits"): names and ids are indexed, and a
  // b-tree entry cannot exceed about 2,700 bytes, so every one is far below that.
  static final int NAME = 128;
  static final int HOST = 253;
  static final int URL = 2048;
  static final int LINE = 16384;
  static final int MAX_ARGS = 256;
  static final int MAX_ARG = 65536; // a Java class path can be long
  static final int MAX_DEVICES = 256;
  static final int MAX_TASKS = 10000;
  static final long MAX_COUNT = 1024;

  /** A task submission; absent fields take defaults (count 1, priority 0, tenant "default"). */
  public record SubmitTask(
      @Size(max = NAME) String tenant,
      @Size(max = NAME) String name,
      Integer computePercent,
      Long memoryMb,
      @Max(MAX_COUNT) Integer count,
      Boolean physical,
      @Size(max = NAME) String spec,
      @Size(max = NAME) String policy,
      @Size(max = HOST) String node,
      @Size(max = NAME) String model,
      @Size(max = NAME) String card,
      @Size(max = NAME) String affinity,
      Boolean gang,
      @Size(max = HOST) String localNode,
      @Size(max = NAME) String group,
      Integer priority,
      @Size(max = MAX_ARGS) List<@Size(max = MAX_ARG) String> command,
      @Size(max = MAX_ARGS) Map<@Size(max = NAME) String, @Size(max = MAX_ARG) String> env,
      Long idleTimeoutMs,
      Long runTimeoutMs,
      @Size(max = NAME) String clientKey,
      Boolean remote,
      @Size(max = HOST) String runOn) {}

  /**
   * A remote task (POOL-T12.3): its process runs on {@code runOn}, a node without cards, and
   * computes on its slice through the agent of the card's node, reached at {@code endpoint}.
   */
  public record RemoteView(String runOn, List<String> cardNodes, String endpoint) {}

  public record SlotView(String node, String card, int index, int computePercent, long memoryMb) {}

  public record TaskView(
      String id,
      String tenant,
      String name,
      String state,
      String reason,
      int priority,
      int computePercent,
      long memoryMb,
      int count,
      boolean physical,
      String spec,
      String policy,
      List<SlotView> slots,
      Map<String, String> parts,
      Integer exitCode,
      long memoryUsedMb,
      int computeUsedPercent,
      Instant submittedAt,
      Instant startedAt,
      Instant endedAt,
      String clientKey,
      RemoteView remote) {}

  public record Resize(Integer computePercent, Long memoryMb) {}

  public record DeviceView(
      String uuid,
      String node,
      int index,
      String vendor,
      String model,
      long memoryMb,
      String mode,
      boolean enabled,
      double overSubscription,
      int usedPercent,
      long usedMemoryMb,
      List<String> tasks,
      String status) {}

  public record NodeView(
      String name,
      boolean enabled,
      boolean online,
      boolean removing,
      String version,
      String backend,
      Instant lastSeen,
      List<DeviceView> devices,
      NodeConfig config,
      NodeConfig applied,
      boolean configApplied,
      AgentUpgrade upgrade,
      boolean upgradePending) {}

  /**
   * Settings pushed to agents (POOL-T12.20): to {@code nodes}, or to every node when absent; fields
   * left out keep their value.
   */
  public record ConfigPush(
      List<String> nodes, Long heartbeatMs, String logLevel, Map<String, String> labels) {}

  public record NodePatch(Boolean enabled) {}

  public record DevicePatch(Boolean enabled, String mode, Double overSubscription) {}

  public record Quota(int computePercent, long memoryMb) {}

  public record Spec(int computePercent, long memoryMb) {}

  public record PolicyView(String policy) {}

  /** A logical resource group: its cards and the tenants authorised to use them. */
  public record Group(List<String> cards, List<String> tenants) {
    public Group {
      cards = cards == null ? List.of() : List.copyOf(cards);
      tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }
  }

  public record LogLine(String taskId, String node, Instant at, String line) {}

  // Agent protocol: the agent always calls the controller (pull), never the other way round.

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

  /** Agent version to run on a node and the distribution directory on the node that holds it. */
  public record AgentUpgrade(String version, String distribution) {}

  /** Upgrade the agents of {@code nodes} (every node when absent) (POOL-T12.22). */
  public record UpgradePush(List<String> nodes, String version, String distribution) {}

  public record TaskReport(
      @Size(max = NAME) String taskId,
      @Size(max = NAME) String state,
      Integer exitCode,
      long memoryUsedMb,
      int computeUsedPercent,
      int grantPercent,
      long grantMemoryMb) {}

  /** {@code config}: the settings the agent runs with, generation included (null: old agent). */
  /**
   * {@code remoteEndpoint}: where the agent serves slices to other nodes' tasks, or null; {@code
   * checkpointer}: e.g. {@code criu 4.1.1} when the node can migrate tasks (T12.23).
   */
  public record Heartbeat(
      @Size(max = NAME) String agentId,
      @Size(max = MAX_DEVICES) List<@Valid AgentDevice> devices,
      @Size(max = MAX_TASKS) List<@Valid TaskReport> tasks,
      NodeConfig config,
      @Size(max = URL) String remoteEndpoint,
      @Size(max = NAME) String checkpointer) {}

  /** Move a running task to {@code targetNode}, or to a node the scheduler picks (POOL-T12.23). */
  public record Migrate(String targetNode) {}

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
   * @param reregister the controller does not know this agent instance: register again
   * @param removed the node was removed from the pool: stop
   */
  /** {@code config}: settings to apply, sent while the agent reports an older generation. */
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

  public record AgentLog(
      @Size(max = NAME) String taskId, Instant at, @Size(max = LINE) String line) {}

  public record LogBatch(@Size(max = MAX_TASKS) List<@Valid AgentLog> lines) {}
}
