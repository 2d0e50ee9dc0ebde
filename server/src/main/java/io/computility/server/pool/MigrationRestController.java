package io.computility.server.pool;

import io.computility.pool.wire.AgentProtocol;
import io.computility.pool.wire.PoolApi;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Envelope;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hot migration (POOL-T12.23): the operator's {@code POST /tasks/{id}/migrate} and the agents'
 * checkpoint hand-over ({@code /agents/{node}/checkpoints/{taskId}}: upload, download, failure).
 * The hand-over needs {@code pool:agent} (the machine role) and answers only the node the migration
 * names, in its phase; migrating needs {@code pool:write} and the task in the caller's data scope.
 */
@RestController
public class MigrationRestController {
  private final PoolMigrations migrations;
  private final MigrationProtocol protocol;
  private final PoolTaskScopes scopes;

  public MigrationRestController(
      PoolMigrations migrations, MigrationProtocol protocol, PoolTaskScopes scopes) {
    this.migrations = migrations;
    this.protocol = protocol;
    this.scopes = scopes;
  }

  @PostMapping("/api/v1/pool/tasks/{id}/migrate")
  public Envelope<PoolApi.TaskView> migrate(
      @PathVariable String id, @RequestBody(required = false) PoolApi.Migrate in) {
    scopes.require(CurrentUser.get(), id); // an operator role's data scope: 404 outside it
    return Envelope.ok(migrations.migrate(id, in));
  }

  @PutMapping("/api/v1/pool/agents/{node}/checkpoints/{taskId}")
  public void upload(
      @PathVariable String node, @PathVariable String taskId, HttpServletRequest request)
      throws IOException {
    protocol.received(node, taskId, request.getInputStream());
  }

  @GetMapping("/api/v1/pool/agents/{node}/checkpoints/{taskId}")
  public ResponseEntity<Resource> download(@PathVariable String node, @PathVariable String taskId) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(new FileSystemResource(protocol.archive(node, taskId)));
  }

  @PostMapping("/api/v1/pool/agents/{node}/checkpoints/{taskId}/failure")
  public void failure(
      @PathVariable String node,
      @PathVariable String taskId,
      @RequestBody AgentProtocol.CheckpointFailure in) {
    protocol.failed(node, taskId, in == null || in.message() == null ? "unknown" : in.message());
  }
}
