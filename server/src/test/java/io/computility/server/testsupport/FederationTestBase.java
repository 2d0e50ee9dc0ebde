package io.computility.server.testsupport;

import io.computility.adapter.sim.SimCenter;
import io.computility.server.federation.center.CenterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole server (scheduling loop, dispatcher, monitor, sim centers from the test topology) on a
 * fresh PostgreSQL database, with short cycles so that lifecycles complete in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FederationTestBase {

  @Autowired protected CenterRegistry registry;
  @LocalServerPort protected int port;

  /** A bearer token of the bootstrap platform admin. */
  protected String adminToken() {
    return TestAuth.adminToken(port);
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) throws Exception {
    Path data = Files.createTempDirectory("cty-test");
    Path topology =
        Paths.get(FederationTestBase.class.getResource("/topology/test-topology.yaml").toURI());
    Path copy = data.resolve("topology.yaml");
    Files.copy(topology, copy);
    String url = TestPostgres.newDatabase();
    r.add("spring.datasource.url", () -> url);
    r.add("spring.datasource.username", () -> "postgres");
    r.add("spring.datasource.password", () -> "");
    // Cached test contexts each keep a pool: keep idle connections few so that the whole suite
    // stays under PostgreSQL's max_connections (100 by default).
    r.add("spring.datasource.hikari.minimum-idle", () -> "1");
    r.add("spring.datasource.hikari.idle-timeout", () -> "15000");
    r.add("computility.data-dir", data::toString);
    r.add("computility.topology", copy::toString);
    r.add("computility.scheduler.cycle", () -> "100ms");
    r.add("computility.monitor.interval", () -> "200ms");
    r.add("computility.monitor.reconcile-every", () -> "500ms");
    r.add("computility.monitor.center-lost-after", () -> "1s");
    r.add("computility.monitor.topology-check", () -> "300ms");
    TestAuth.adminPassword(r);
  }

  protected SimCenter sim(String centerId) {
    return (SimCenter) registry.adapter(centerId).orElseThrow();
  }
}
