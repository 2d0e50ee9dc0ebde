package io.computility.server.pool;

import io.computility.core.vgpu.Slot;
import io.computility.core.vgpu.VCard;
import io.computility.pool.wire.PoolApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Maps pool state to wire views. */
final class PoolViews {
  private PoolViews() {}

  static PoolApi.TaskView task(PoolTask t) {
    List<PoolApi.SlotView> slots =
        t.slots.stream()
            .map(
                (Slot s) ->
                    new PoolApi.SlotView(
                        s.node(), s.cardUuid(), s.cardIndex(), s.computePercent(), s.memoryMb()))
            .toList();
    var r = t.request;
    PoolReasons.Coded coded = PoolReasons.of(t.reason());
    return new PoolApi.TaskView(
        t.id,
        t.tenant,
        t.name,
        t.state().name(),
        t.reason(),
        t.priority,
        r.computePercent(),
        r.memoryMb(),
        r.count(),
        r.physical(),
        t.spec,
        r.policy() == null ? null : r.policy().wireName(),
        slots,
        Map.copyOf(t.parts),
        t.exitCode(),
        t.memoryUsedMb,
        t.computeUsedPercent,
        t.submittedAt,
        t.startedAt(),
        t.endedAt(),
        t.clientKey,
        t.runOn == null
            ? null
            : new PoolApi.RemoteView(
                t.runOn, t.slots.stream().map(Slot::node).distinct().toList(), t.remoteEndpoint),
        coded == null ? null : coded.code(),
        coded == null ? null : coded.params());
  }

  static PoolApi.DeviceView device(DeviceRecord d, VCard c) {
    String status =
        d.removing()
            ? "removing"
            : !d.enabled() ? "disabled" : c != null && !c.idle() ? "used" : "idle";
    return new PoolApi.DeviceView(
        d.uuid(),
        d.node(),
        d.index(),
        d.vendor(),
        d.model(),
        d.memoryMb(),
        d.mode().name().toLowerCase(java.util.Locale.ROOT),
        d.enabled(),
        d.overSubscription(),
        c == null ? 0 : c.usedPercent(),
        c == null ? 0 : c.usedMemoryMb(),
        c == null ? List.of() : List.copyOf(c.tasks()),
        status);
  }

  static PoolApi.NodeView node(
      NodeRecord n, List<PoolApi.DeviceView> devices, Instant now, Duration lostAfter) {
    boolean online = n.lastSeen() != null && n.lastSeen().plus(lostAfter).isAfter(now);
    return new PoolApi.NodeView(
        n.name(),
        n.enabled(),
        online,
        n.removing(),
        n.version(),
        n.backend(),
        n.lastSeen(),
        devices,
        n.config(),
        n.applied(),
        n.applied().generation() >= n.config().generation(),
        n.upgrade(),
        n.upgradePending());
  }
}
