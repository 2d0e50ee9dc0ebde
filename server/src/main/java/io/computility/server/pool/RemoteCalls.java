package io.computility.server.pool;

import io.computility.pool.wire.AgentProtocol;
import io.computility.server.shared.web.InvalidInputException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remote tasks (POOL-T12.3): the process runs on a node without cards and computes on a slice of a
 * card on another node, whose agent serves it over Computility's own remoting protocol. The card's
 * node is told to {@code serve} the slice with a per-task token; once it reports serving, the
 * task's node is told to {@code start} the process with the endpoint, slice and token in its
 * environment. Not CUDA API remoting: only clients of that protocol can use the slice.
 */
@Component
public class RemoteCalls {
  static final String ENDPOINT = "COMPUTILITY_REMOTE_ENDPOINT";
  static final String SLICE = "COMPUTILITY_REMOTE_SLICE";
  static final String TOKEN = "COMPUTILITY_REMOTE_TOKEN";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Per node, where its agent serves slices (from its register and heartbeats). */
  private final Map<String, String> endpoints = new ConcurrentHashMap<>();

  void heard(String node, String endpoint) {
    if (endpoint == null || endpoint.isBlank()) endpoints.remove(node);
    else endpoints.put(node, endpoint);
  }

  /** Checks a remote submission against the pool and gives it its token. */
  static void check(PoolState poolState, PoolTask t) {
    if (t.runOn == null) return;
    if (!poolState.nodes.containsKey(t.runOn)) {
      throw new InvalidInputException("runOn", "no node " + t.runOn + " in the pool");
    }
    boolean hasCards =
        poolState.devices.values().stream()
            .anyMatch(d -> d.node().equals(t.runOn) && !d.removing());
    if (hasCards) {
      throw new InvalidInputException(
          "runOn", "node " + t.runOn + " has cards; a remote task runs on a node without cards");
    }
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    t.remoteToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /**
   * The command that starts a remote task's part on {@code node}: serve on the card's node; start
   * on the task's node once the slice is served there. Null: not yet.
   */
  AgentProtocol.Command start(
      PoolState poolState, PoolTask t, String node, AgentProtocol.Grant grant) {
    if (!node.equals(t.runOn)) {
      return new AgentProtocol.Command(
          "serve", t.id, List.of(), Map.of(TOKEN, t.remoteToken), grant);
    }
    String cardNode = t.slots.get(0).node();
    String endpoint = endpoints.get(cardNode);
    if (endpoint == null || !"running".equals(t.parts.get(cardNode))) return null;
    if (!endpoint.equals(t.remoteEndpoint)) {
      t.remoteEndpoint = endpoint;
      poolState.save(t);
    }
    Map<String, String> env = new LinkedHashMap<>(t.env);
    env.put(ENDPOINT, endpoint);
    env.put(SLICE, t.id);
    env.put(TOKEN, t.remoteToken);
    return new AgentProtocol.Command("start", t.id, t.command, env, grant);
  }
}
