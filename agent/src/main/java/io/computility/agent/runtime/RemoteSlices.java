package io.computility.agent.runtime;

import io.computility.agent.remote.RemoteDeviceServer;
import io.computility.agent.remote.RemoteSlice;
import io.computility.pool.wire.AgentProtocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The slices this node serves to tasks running on other nodes (POOL-T12.3). The controller sends
 * {@code serve} with the grant and the slice's token; the slice is reported like a task part, with
 * the memory and busy share its remote client really uses, until the controller says stop.
 */
final class RemoteSlices {
  static final String TOKEN_ENV = "COMPUTILITY_REMOTE_TOKEN";

  private final RemoteDeviceServer server;
  private final String node;
  private final Queue<AgentProtocol.AgentLog> logs;
  private final Map<String, RemoteSlice> serving = new ConcurrentHashMap<>();

  /** Slices that ended, with the exit code reported for them until forgotten. */
  private final Map<String, Integer> ended = new ConcurrentHashMap<>();

  /**
   * @param server null when this agent was started without {@code --remote-listen}
   */
  RemoteSlices(RemoteDeviceServer server, String node, Queue<AgentProtocol.AgentLog> logs) {
    this.server = server;
    this.node = node;
    this.logs = logs;
  }

  /** The endpoint clients use, null when this node serves nothing. */
  String endpoint() {
    return server == null ? null : server.endpoint();
  }

  /** Handles {@code c} when it is about a served slice; answers whether it did. */
  boolean apply(AgentProtocol.Command c) {
    String id = c.taskId();
    if ("serve".equals(c.type())) {
      serve(c);
      return true;
    }
    if (!serving.containsKey(id) && !ended.containsKey(id)) return false;
    switch (c.type()) {
      case "stop" -> end(id, 0, "remote slice released");
      case "resize" -> {
        RemoteSlice s = serving.get(id);
        if (s != null) s.resize(c.grant().computePercent(), c.grant().memoryMb());
        log(
            id,
            "remote slice resized live to "
                + c.grant().computePercent()
                + "% / "
                + c.grant().memoryMb()
                + " MB");
      }
      case "forget" -> {
        end(id, 0, null);
        ended.remove(id);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void serve(AgentProtocol.Command c) {
    String id = c.taskId();
    if (serving.containsKey(id) || ended.containsKey(id)) return;
    String token = c.env() == null ? null : c.env().get(TOKEN_ENV);
    if (server == null || token == null || c.grant() == null) {
      ended.put(id, 127);
      log(
          id,
          "cannot serve a remote slice: "
              + (server == null ? "agent started without --remote-listen" : "no token or grant"));
      return;
    }
    RemoteSlice s = new RemoteSlice(id, token, c.grant().computePercent(), c.grant().memoryMb());
    serving.put(id, s);
    server.serve(s);
    log(
        id,
        "serving "
            + c.grant().computePercent()
            + "% / "
            + c.grant().memoryMb()
            + " MB of "
            + c.grant().devices().stream().map(AgentProtocol.GrantDevice::uuid).toList()
            + " remotely at "
            + server.endpoint());
  }

  private void end(String id, int code, String why) {
    if (serving.remove(id) != null) {
      server.end(id);
      ended.put(id, code);
      if (why != null) log(id, why);
    }
  }

  List<AgentProtocol.TaskReport> reports() {
    List<AgentProtocol.TaskReport> out = new ArrayList<>();
    serving.forEach(
        (id, s) ->
            out.add(
                new AgentProtocol.TaskReport(
                    id,
                    "running",
                    null,
                    s.usedMemoryMb(),
                    s.busyPercent(),
                    s.computePercent(),
                    s.memoryMb())));
    ended.forEach(
        (id, code) -> out.add(new AgentProtocol.TaskReport(id, "exited", code, 0, 0, 0, 0)));
    return out;
  }

  void stopAll() {
    List.copyOf(serving.keySet()).forEach(id -> end(id, 0, "agent stops; remote slice released"));
    if (server != null) server.close();
  }

  private void log(String id, String text) {
    logs.add(new AgentProtocol.AgentLog(id, Instant.now(), "agent " + node + ": " + text));
  }
}
