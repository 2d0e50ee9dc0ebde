package io.computility.adapter.slurm;

import io.computility.adapter.contract.AbstractCenterAdapterContractTest;
import io.computility.adapter.contract.ContractFixture;
import io.computility.adapter.contract.TcpRelay;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.resource.Resources;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The adapter contract against a real Slurm 22.05 (slurmctld, slurmd, slurmrestd with JWT). The
 * center disappears by cutting the network path to slurmrestd (a relay), not by stopping the
 * cluster other tests share.
 */
@DisplayName("JC-6.4 NET-6.2 Slurm adapter contract against real slurmrestd")
class SlurmContractTest extends AbstractCenterAdapterContractTest {
  private static TcpRelay relay;

  @BeforeAll
  static void reachSlurm() throws Exception {
    RealSlurm.require();
    relay = new TcpRelay(RealSlurm.URL.getHost(), RealSlurm.URL.getPort());
  }

  @AfterAll
  static void closeRelay() throws Exception {
    if (relay != null) relay.close();
  }

  @Override
  protected CenterAdapter createAdapter() {
    URI viaRelay = URI.create("http://127.0.0.1:" + relay.port());
    return new SlurmCenter(RealSlurm.config("slurm-contract", viaRelay));
  }

  @Override
  protected ContractFixture fixture() {
    return ContractFixture.of(RealSlurm.IMAGE, "cpu-1", new Resources(1, 0, 0, 0, 64, 0, 0));
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
}
