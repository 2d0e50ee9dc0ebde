package io.computility.server.pool;

import io.computility.pool.wire.PoolApi;
import io.computility.server.shared.web.Envelope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pool component management (POOL-T12.20): agent versions and pushed settings. */
@RestController
@RequestMapping("/api/v1/pool/components")
public class ComponentRestController {
  private final AgentComponents components;

  public ComponentRestController(AgentComponents components) {
    this.components = components;
  }

  @GetMapping
  public Envelope<List<PoolApi.NodeView>> list() {
    return Envelope.ok(components.components());
  }

  /** Settings for one node ({@code nodes: [name]}), a batch, or every node (no {@code nodes}). */
  @PutMapping("/config")
  public Envelope<List<PoolApi.NodeView>> push(@RequestBody PoolApi.ConfigPush push) {
    return Envelope.ok(components.push(push));
  }

  /** Gray upgrade: one node ({@code nodes: [name]}), a batch, or every node. */
  @PutMapping("/upgrade")
  public Envelope<List<PoolApi.NodeView>> upgrade(@RequestBody PoolApi.UpgradePush push) {
    return Envelope.ok(components.upgrade(push));
  }
}
