package io.computility.agent.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A real remote-device server on an ephemeral port and the real client, in one JVM. */
class RemoteDeviceServerTest {
  private RemoteDeviceServer server;

  @BeforeEach
  void start() throws Exception {
    server = RemoteDeviceServer.start("127.0.0.1", 0, "127.0.0.1");
    server.serve(new RemoteSlice("t1", "right-token", 100, 8));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RemoteDevice client(String token) {
    return new RemoteDevice(server.endpoint(), "t1", token);
  }

  @Test
  @DisplayName(
      "POOL-T12.3 a wrong or missing slice token is refused with 401; an unknown slice 404")
  void badToken() throws Exception {
    assertThatThrownBy(() -> client("wrong-token").allocate(10))
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThatThrownBy(() -> client("").info())
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThatThrownBy(() -> new RemoteDevice(server.endpoint(), "t2", "right-token").info())
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(client("right-token").info().path("usedMemoryMb").asLong()).isZero();
  }

  @Test
  @DisplayName(
      "POOL-T12.3 an allocation beyond the slice's memory is refused (507) and the slice keeps working")
  void memoryLimit() throws Exception {
    RemoteDevice d = client("right-token");
    int ballast = d.allocate(6 * 262_144L);
    assertThatThrownBy(() -> d.allocate(3 * 262_144L))
        .isInstanceOfSatisfying(
            RemoteCallException.class,
            e -> {
              assertThat(e.outOfMemory()).isTrue();
              assertThat(e.getMessage()).contains("3 MiB asked").contains("6 MiB of the slice's 8");
            });
    assertThat(d.info().path("usedMemoryMb").asLong()).isEqualTo(6);
    int x = d.allocate(4);
    d.write(x, new float[] {1, 2, 3, 4});
    assertThat(d.sum(x)).isEqualTo(10.0);
    d.free(ballast);
    d.allocate(3 * 262_144L);
    assertThat(d.info().path("usedMemoryMb").asLong()).isEqualTo(4);
  }

  @Test
  @DisplayName("POOL-T12.3 matmul, axpy and sum run on the serving side and read back right")
  void kernels() throws Exception {
    RemoteDevice d = client("right-token");
    float[] a = {1, 2, 3, 4, 5, 6}; // 2 x 3
    float[] b = {7, 8, 9, 10, 11, 12}; // 3 x 2
    int ha = d.allocate(6);
    int hb = d.allocate(6);
    int hc = d.allocate(4);
    d.write(ha, a);
    d.write(hb, b);
    d.matmul(ha, hb, hc, 2, 3, 2);
    assertThat(d.read(hc)).containsExactly(58, 64, 139, 154);
    d.axpy(2, hc, hc);
    assertThat(d.read(hc)).containsExactly(174, 192, 417, 462);
    assertThat(d.sum(hc)).isEqualTo(1245.0);
    assertThatThrownBy(() -> d.matmul(ha, hb, hc, 3, 3, 3))
        .isInstanceOfSatisfying(
            RemoteCallException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(d.info().path("busyNs").asLong()).isPositive();
  }
}
