package io.computility.server.pool;

import static io.computility.core.job.JobStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.adapter.contract.AbstractCenterAdapterContractTest;
import io.computility.adapter.contract.ContractFixture;
import io.computility.adapter.contract.TcpRelay;
import io.computility.adapter.pool.PoolCenterAdapter;
import io.computility.adapter.pool.PoolConfig;
import io.computility.core.adapter.Backoff;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.adapter.ReplicaLaunch;
import io.computility.core.adapter.ReplicaState;
import io.computility.core.catalog.Image;
import io.computility.core.center.CenterProfile;
import io.computility.core.center.CenterStatus;
import io.computility.core.center.GeoPoint;
import io.computility.core.resource.Resources;
import io.computility.server.testsupport.TestAuth;
import io.computility.server.testsupport.TestPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract against a real pool: the whole server as its own process on a fresh
 * PostgreSQL database, and a real agent process with four fake NVIDIA cards whose tasks are real
 * shell processes. The adapter reaches the controller through a TCP relay, so the center
 * "disappears" for the adapter while the agent keeps its own connection.
 */
@DisplayName("JC-6.4 NET-6.2 POOL-7.1a pool adapter contract against a real controller and agent")
class PoolCenterContractTest extends AbstractCenterAdapterContractTest {
  static final String IMAGE = "pool-shell";
  private static ControllerProcess controller;
  private static Path dir;
  private static String db;
  private static AgentProcess agent;
  private static TcpRelay relay;
  private static String token;

  @BeforeAll
  static void startPool() throws Exception {
    dir = Files.createTempDirectory("pool-contract");
    db = TestPostgres.newDatabase();
    controller = ControllerProcess.start(ControllerProcess.freePort(), db, dir);
    String url = "http://127.0.0.1:" + controller.port;
    agent =
        AgentProcess.start(url, "pc-node", AgentProcess.cards("NVIDIA", "A100", 16384, 4, "pc"));
    token = TestAuth.adminToken(controller.port);
    relay = new TcpRelay("127.0.0.1", controller.port);
    try (PoolCenterAdapter probe = new PoolCenterAdapter(config())) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> probe.describe().center().status() == CenterStatus.AVAILABLE);
    }
  }

  @AfterAll
  static void stopPool() throws Exception {
    if (relay != null) relay.close();
    if (agent != null) agent.stop();
    if (controller != null) controller.stop();
  }

  static PoolConfig config() {
    Image image =
        new Image(
            IMAGE,
            IMAGE,
            "pool-a",
            Map.of(),
            List.of("shell"),
            List.of(),
            Instant.EPOCH,
            Instant.EPOCH);
    return new PoolConfig(
        "pool-a",
        "Pool A",
        "north",
        new GeoPoint(116.4, 39.9),
        new CenterProfile("pool-a", Map.of(), 0, 0, 1.0, 1, "A100", List.of()),
        URI.create("http://127.0.0.1:" + relay.port()),
        token,
        "federation",
        List.of(image),
        Duration.ofSeconds(5),
        Duration.ofMillis(200),
        new Backoff(2, Duration.ofMillis(50), Duration.ofMillis(200)));
  }

  @Override
  protected CenterAdapter createAdapter() {
    return new PoolCenterAdapter(config());
  }

  @Override
  protected ContractFixture fixture() {
    return ContractFixture.of(IMAGE, "gpu-1x", new Resources(0, 1, 0, 0, 0, 0, 0));
  }

  @Override
  protected void takeBackendDown() throws Exception {
    relay.down();
  }

  @Override
  protected void bringBackendUp() throws Exception {
    relay.up();
  }

  @Override
  protected Duration timeout() {
    return Duration.ofSeconds(90);
  }

  @Test
  @DisplayName(
      "JC-6.4 NET-6.2 the controller is killed and restarted: a replica is found again by its key"
          + " and a resubmit starts nothing")
  void controllerRestartKeepsReplicaKeys() throws Exception {
    ReplicaLaunch l = launch("restart", fixture().longCommand());
    ReplicaState first = submit(l);
    controller.kill9();
    controller = ControllerProcess.start(controller.port, db, dir);
    token = TestAuth.adminToken(controller.port);
    try (PoolCenterAdapter fresh = new PoolCenterAdapter(config())) {
      eventually()
          .untilAsserted(
              () ->
                  assertThat(fresh.status(l.key()))
                      .get()
                      .extracting(ReplicaState::externalId)
                      .isEqualTo(first.externalId()));
      assertThat(fresh.submit(l).externalId()).isEqualTo(first.externalId());
      fresh.stop(l.key());
      eventually()
          .untilAsserted(
              () -> assertThat(fresh.status(l.key()).orElseThrow().status()).isEqualTo(STOPPED));
    }
  }
}
