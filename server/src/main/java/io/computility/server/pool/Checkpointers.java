package io.computility.server.pool;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which nodes can checkpoint and restore tasks (POOL-T12.23), as their agents say in every
 * heartbeat; kept in memory because the next heartbeat after a controller restart says it again.
 */
@Component
public class Checkpointers {
  private final Map<String, String> byNode = new ConcurrentHashMap<>();

  void heard(String node, String checkpointer) {
    if (checkpointer == null || checkpointer.isBlank()) byNode.remove(node);
    else byNode.put(node, checkpointer);
  }

  /** E.g. {@code criu 4.1.1}; empty when the node's agent has no working checkpointer. */
  public Optional<String> of(String node) {
    return Optional.ofNullable(byNode.get(node));
  }
}
