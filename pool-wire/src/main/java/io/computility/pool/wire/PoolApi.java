package io.computility.pool.wire;

import static io.computility.pool.wire.WireLimits.HOST;
import static io.computility.pool.wire.WireLimits.MAX_ARG;
import static io.computility.pool.wire.WireLimits.MAX_ARGS;
import static io.computility.pool.wire.WireLimits.MAX_COUNT;
import static io.computility.pool.wire.WireLimits.NAME;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Shapes of the pool's REST API ({@code /api/v1/pool}), spoken by the console, the CLI and {@code
 * adapters/pool}; kept apart from the controller's domain.
 */
public final class PoolApi {
  private PoolApi() {}

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

  /**
   * A pool task; {@code state} is one of the controller's task states (QUEUED ... IDLE_RELEASED).
   * {@code reasonCode} (e.g. {@code pool.reason.NO_FIT}) and {@code reasonParams} say the {@code
   * reason} as a display code the console translates (docs/api.md); both are null when the reason
   * is free text or absent.
   */
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
      RemoteView remote,
      String reasonCode,
      Map<String, Object> reasonParams) {}

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
      AgentProtocol.AgentUpgrade upgrade,
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

  /** Upgrade the agents of {@code nodes} (every node when absent) (POOL-T12.22). */
  public record UpgradePush(List<String> nodes, String version, String distribution) {}

  /** Move a running task to {@code targetNode}, or to a node the scheduler picks (POOL-T12.23). */
  public record Migrate(String targetNode) {}
}
