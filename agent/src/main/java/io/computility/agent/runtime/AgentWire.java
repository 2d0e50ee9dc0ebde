package io.computility.agent.runtime;

import java.util.List;
import java.util.Map;

/**
 * The agent protocol as the agent sees it (same JSON as the controller's PoolApi; the agent does
 * not depend on the server).
 */
final class AgentWire {
  private AgentWire() {}

  record Device(
      int index, String uuid, String vendor, String model, long memoryMb, boolean healthy) {}

  /** {@code adopted}: live tasks taken over from a previous agent instance on this node. */
  record Register(
      String node,
      String agentId,
      String version,
      String backend,
      List<Device> devices,
      List<String> adopted,
      String remoteEndpoint) {}

  /**
   * Re-execute from {@code distribution} (a directory with agent.properties) as {@code version}.
   */
  record Upgrade(String version, String distribution) {}

  record TaskReport(
      String taskId,
      String state,
      Integer exitCode,
      long memoryUsedMb,
      int computeUsedPercent,
      int grantPercent,
      long grantMemoryMb) {}

  /** Pushed settings (POOL-T12.20); null fields keep the agent's own. */
  record Config(long generation, Long heartbeatMs, String logLevel, Map<String, String> labels) {}

  /**
   * {@code remoteEndpoint}: where this node serves slices to other nodes (POOL-T12.3), or null;
   * {@code checkpointer}: e.g. {@code criu 4.1.1} when this node can migrate tasks, else null.
   */
  record Heartbeat(
      String agentId,
      List<Device> devices,
      List<TaskReport> tasks,
      Config config,
      String remoteEndpoint,
      String checkpointer) {}

  record GrantDevice(int index, String uuid) {}

  record Grant(int computePercent, long memoryMb, List<GrantDevice> devices) {}

  record Command(
      String type, String taskId, List<String> command, Map<String, String> env, Grant grant) {}

  record Reply(
      long heartbeatMs,
      boolean reregister,
      boolean removed,
      List<Command> commands,
      Config config,
      Upgrade upgrade) {}

  record LogLine(String taskId, String at, String line) {}

  record LogBatch(List<LogLine> lines) {}
}
