package io.computility.server.federation.center;

import io.computility.adapter.contract.AbstractCenterAdapterContractTest;
import io.computility.adapter.contract.ContractFixture;
import io.computility.adapter.peer.PeerCenterAdapter;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.resource.Resources;
import io.computility.server.crash.ServerProcess;
import io.computility.server.testsupport.PeerConfigBuilder;
import io.computility.server.testsupport.TestAuth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The peer adapter passes the contract against a real lower-tier server process on loopback; the
 * center "disappears" by kill -9 of that process and comes back by restarting it on the same data
 * folder and port.
 */
@DisplayName("NET-5 JC-6.4 peer adapter contract against a real lower-tier server")
class PeerCenterContractTest extends AbstractCenterAdapterContractTest {
  private static Path data;
  private static int port;
  private static ServerProcess lower;

  @BeforeAll
  static void startLowerTier() throws Exception {
    data = Tiers.dataDir("peer-contract", "lower-tier.yaml", "");
    port = ServerProcess.freePort();
    lower = Tiers.start(data, port, List.of("--computility.tier.name=city"));
  }

  @AfterAll
  static void stopLowerTier() {
    Tiers.stopQuietly(lower);
  }

  @Override
  protected CenterAdapter createAdapter() {
    return new PeerCenterAdapter(
        PeerConfigBuilder.peer("city", "http://127.0.0.1:" + port)
            .securityGrade(2)
            .token(TestAuth.AGENT_TOKEN)
            .build());
  }

  @Override
  protected ContractFixture fixture() {
    // gpu-1x of the lower tier's topology; its time scale makes "sleep 2" last 0.1 s.
    return ContractFixture.of("pytorch-2.3", "gpu-1x", new Resources(4, 1, 0, 0, 32768, 0, 0))
        .withCommands(
            "echo " + ContractFixture.MARKER + "; sleep 2",
            "echo " + ContractFixture.MARKER + "; sleep 1000000",
            "echo " + ContractFixture.MARKER + "; exit 3");
  }

  @Override
  protected void takeBackendDown() throws Exception {
    lower.kill9();
  }

  @Override
  protected void bringBackendUp() throws Exception {
    lower = Tiers.start(data, port, List.of("--computility.tier.name=city"));
  }

  @Override
  protected Duration timeout() {
    return Duration.ofSeconds(120);
  }
}
