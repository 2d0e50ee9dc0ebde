package io.computility.server.pool;

import io.computility.server.config.ComputilityProperties;
import io.computility.server.support.Periodic;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Releases tasks past their run timeout (POOL-T12.12) or idle past their idle timeout (T12.11),
 * drains removed nodes and cards, and retries the queue.
 */
@Component
public class PoolTicker extends Periodic {
  private final PoolState s;

  public PoolTicker(PoolState state, ComputilityProperties props) {
    super("pool-tick", props.pool().tick());
    this.s = state;
  }

  @Override
  protected void runOnce() {
    s.locked(
        () -> {
          Instant now = s.now();
          for (PoolTask t : List.copyOf(s.tasks.values())) {
            if (t.state != TaskState.RUNNING || t.startedAt == null) continue;
            if (t.runTimeoutMs > 0 && t.startedAt.plusMillis(t.runTimeoutMs).isBefore(now)) {
              s.end(
                  t,
                  TaskState.TIMED_OUT,
                  "run timeout of "
                      + t.runTimeoutMs
                      + " ms reached; task stopped and resources released");
            } else if (t.idleTimeoutMs > 0
                && t.lastBusyAt != null
                && t.lastBusyAt.plusMillis(t.idleTimeoutMs).isBefore(now)) {
              s.end(
                  t,
                  TaskState.IDLE_RELEASED,
                  "idle for " + t.idleTimeoutMs + " ms; virtual resources released");
            }
          }
          s.drain();
          s.schedule();
          return null;
        });
  }
}
