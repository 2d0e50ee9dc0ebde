package io.computility.adapter.kubernetes;

import io.computility.adapter.contract.AbstractCenterAdapterContractTest;
import io.computility.adapter.contract.ContractFixture;
import io.computility.adapter.contract.TcpRelay;
import io.computility.core.adapter.CenterAdapter;
import io.computility.core.resource.Resources;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The adapter contract against fabric8's mock API server (no kube-apiserver can run here): the mock
 * stores objects, {@link FakeKubelet} runs the pods' commands as local processes, and a TCP relay
 * lets the API server disappear and come back.
 */
@DisplayName("JC-6.4 NET-6.2 Kubernetes adapter contract against the fabric8 mock API server")
class KubernetesMockContractTest extends AbstractCenterAdapterContractTest {
  private static KubernetesMockServer server;
  private static KubernetesClient admin;
  private static FakeKubelet kubelet;
  private static TcpRelay relay;
  private KubernetesClient client;

  @BeforeAll
  static void startMock() throws Exception {
    server = MockCluster.start();
    admin = server.createClient();
    MockCluster.addNodes(admin);
    kubelet = new FakeKubelet(server, admin, MockCluster.NAMESPACE);
    relay = new TcpRelay("127.0.0.1", server.getPort());
  }

  @AfterAll
  static void stopMock() throws Exception {
    if (kubelet != null) kubelet.close();
    if (relay != null) relay.close();
    if (admin != null) admin.close();
    if (server != null) server.destroy();
  }

  @AfterEach
  void closeClient() {
    if (client != null) client.close();
  }

  @Override
  protected CenterAdapter createAdapter() {
    client = MockCluster.client("http://127.0.0.1:" + relay.port());
    return new KubernetesCenter(client, MockCluster.config("k8s-contract", "auto"));
  }

  @Override
  protected ContractFixture fixture() {
    return ContractFixture.of(MockCluster.IMAGE, "gpu-1", new Resources(2, 1, 0, 0, 1024, 0, 0));
  }

  @Override
  protected void takeBackendDown() throws Exception {
    relay.down();
  }

  @Override
  protected void bringBackendUp() throws Exception {
    relay.up();
  }
}
