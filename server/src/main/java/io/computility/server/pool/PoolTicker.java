package io.computility.server.pool;

import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Releases tasks past their run timeout (POOL-T12.12) or idle past their idle timeout (T12.11),
 * drains removed nodes and cards, retries the queue, and reports silent agents (NODE_LOST).
 */
@Component
public class PoolTicker extends Periodic {
  private final PoolState poolState;
  private final PoolMonitor monitor;
  private final Duration lostAfter;

  public PoolTicker(PoolState state, ComputilityProperties props, PoolMonitor monitor) {
    super("pool-tick", props.pool().tick());
    this.poolState = state;
    this.monitor = monitor;
    this.lostAfter = props.pool().agentLostAfter();
  }

  @Override
  protected void runOnce() {
    Map<String, Instant> silent = new HashMap<>();
    Set<String> known = new HashSet<>();
    poolState.locked(
        () -> {
          Instant now = poolState.now();
          for (PoolTask t : List.copyOf(poolState.tasks.values())) {
            if (t.state() != TaskState.RUNNING || t.startedAt() == null) continue;
            if (t.runTimeoutMs > 0 && t.startedAt().plusMillis(t.runTimeoutMs).isBefore(now)) {
              poolState.end(
                  t,
                  TaskState.TIMED_OUT,
                  "run timeout of "
                      + t.runTimeoutMs
                      + " ms reached; task stopped and resources released");
            } else if (t.idleTimeoutMs > 0
                && t.lastBusyAt != null
                && t.lastBusyAt.plusMillis(t.idleTimeoutMs).isBefore(now)) {
              poolState.end(
                  t,
                  TaskState.IDLE_RELEASED,
                  "idle for " + t.idleTimeoutMs + " ms; virtual resources released");
            }
          }
          poolState.drain();
          poolState.schedule();
          for (NodeRecord n : poolState.nodes.values()) {
            known.add(n.name());
            if (!n.removing()
                && n.lastSeen() != null
                && n.lastSeen().plus(lostAfter).isBefore(now)) {
              silent.put(n.name(), n.lastSeen());
            }
          }
          return null;
        });
    monitor.retain(known);
    silent.forEach(monitor::silent);
  }
}
