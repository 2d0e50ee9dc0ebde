package io.computility.server.pool;

import io.computility.pool.wire.AgentProtocol;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agent protocol endpoints; bodies are bare (no envelope) to keep agents simple. */
@RestController
@RequestMapping("/api/v1/pool/agents")
public class AgentRestController {
  private final AgentGateway gateway;

  public AgentRestController(AgentGateway gateway) {
    this.gateway = gateway;
  }

  @PostMapping
  public AgentProtocol.HeartbeatReply register(@Valid @RequestBody AgentProtocol.Register r) {
    return gateway.register(r);
  }

  @PostMapping("/{node}/heartbeat")
  public AgentProtocol.HeartbeatReply heartbeat(
      @PathVariable String node, @Valid @RequestBody AgentProtocol.Heartbeat hb) {
    return gateway.heartbeat(node, hb);
  }

  @PostMapping("/{node}/logs")
  public void logs(@PathVariable String node, @Valid @RequestBody AgentProtocol.LogBatch batch) {
    gateway.logs(node, batch);
  }
}
