package io.computility.adapter.sim;

import io.computility.adapter.contract.AbstractCenterAdapterContractTest;
import io.computility.adapter.contract.ContractFixture;
import io.computility.core.adapter.CenterAdapter;
import org.junit.jupiter.api.DisplayName;

/** The sim center passes the adapter contract; going off line is its operator control. */
@DisplayName("JC-6.4 sim adapter contract")
class SimCenterContractTest extends AbstractCenterAdapterContractTest {
  private SimCenter center;

  @Override
  protected CenterAdapter createAdapter() {
    center = SimCenter.builder(Sim.config("sim-contract", 4)).timeScale(Sim.SCALE).build();
    return center;
  }

  @Override
  protected ContractFixture fixture() {
    // The long run must outlast every test: 10^6 simulated seconds are 10^4 s here.
    return ContractFixture.of(Sim.IMAGE.id(), "spec-a100", Sim.gpus(1))
        .withCommands(
            "echo " + ContractFixture.MARKER + "; sleep 2",
            "echo " + ContractFixture.MARKER + "; sleep 1000000",
            "echo " + ContractFixture.MARKER + "; exit 3");
  }

  @Override
  protected void takeBackendDown() {
    center.goOffline();
  }

  @Override
  protected void bringBackendUp() {
    center.goOnline();
  }
}
