package io.computility.server.pool;

import io.computility.core.monitoring.MetricSample;
import io.computility.core.monitoring.SourceType;
import io.computility.core.vgpu.Slot;
import io.computility.core.vgpu.VCard;
import io.computility.pool.wire.AgentProtocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Utilisation samples of one node and its cards from a heartbeat: what the task processes report
 * using ({@code gpu.utilisation}, {@code gpu.memory.used_mb}) and what the allocator has granted
 * ({@code pool.vgpu.allocated_percent}). Built under the pool lock, handed in after it.
 */
final class PoolSamples {
  private PoolSamples() {}

  static List<MetricSample> of(
      PoolState poolState, String node, List<AgentProtocol.TaskReport> reports) {
    Map<String, Integer> computeByCard = new HashMap<>();
    Map<String, Long> memoryByCard = new HashMap<>();
    int running = 0;
    for (AgentProtocol.TaskReport r : reports) {
      PoolTask t = poolState.tasks.get(r.taskId());
      if (t == null || !"running".equals(r.state())) continue;
      running++;
      for (Slot slot : t.slotsOn(node)) {
        computeByCard.merge(slot.cardUuid(), r.computeUsedPercent(), Integer::sum);
        memoryByCard.merge(slot.cardUuid(), r.memoryUsedMb(), Long::sum);
      }
    }
    Instant at = poolState.now();
    List<MetricSample> out = new ArrayList<>();
    double utilisationSum = 0;
    double allocatedSum = 0;
    int cards = 0;
    for (DeviceRecord d : poolState.devices.values()) {
      if (!d.node().equals(node) || d.removing()) continue;
      VCard card = poolState.pool.card(d.uuid()).orElse(null);
      if (card == null) continue;
      double utilisation = Math.min(1.0, computeByCard.getOrDefault(d.uuid(), 0) / 100.0);
      double allocated = card.usedPercent();
      Map<String, String> labels =
          Map.of(
              "node",
              node,
              "vendor",
              d.vendor(),
              "model",
              d.model(),
              "uuid",
              d.uuid(),
              "pool",
              "vgpu");
      String id = node + "/" + d.index();
      out.add(new MetricSample(SourceType.DEVICE, id, "gpu.utilisation", utilisation, at, labels));
      out.add(
          new MetricSample(
              SourceType.DEVICE,
              id,
              "gpu.memory.used_mb",
              memoryByCard.getOrDefault(d.uuid(), 0L),
              at,
              labels));
      out.add(
          new MetricSample(SourceType.DEVICE, id, "gpu.memory.total_mb", d.memoryMb(), at, labels));
      out.add(
          new MetricSample(
              SourceType.DEVICE, id, "pool.vgpu.allocated_percent", allocated, at, labels));
      utilisationSum += utilisation;
      allocatedSum += allocated;
      cards++;
    }
    Map<String, String> nodeLabels = Map.of("node", node, "pool", "vgpu");
    if (cards > 0) {
      out.add(
          new MetricSample(
              SourceType.NODE, node, "gpu.utilisation", utilisationSum / cards, at, nodeLabels));
      out.add(
          new MetricSample(
              SourceType.NODE,
              node,
              "pool.vgpu.allocated_percent",
              allocatedSum / cards,
              at,
              nodeLabels));
    }
    out.add(new MetricSample(SourceType.NODE, node, "node.running_tasks", running, at, nodeLabels));
    return out;
  }
}
