package io.computility.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.agent.remote.RemoteDevice;
import io.computility.agent.remote.RemoteDeviceServer;
import io.computility.pool.wire.AgentProtocol;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The agent's side of remote slices: the controller's commands and the heartbeat reports. */
class RemoteSlicesTest {
  private final ConcurrentLinkedQueue<AgentProtocol.AgentLog> logs = new ConcurrentLinkedQueue<>();

  private static AgentProtocol.Command serve(String id, String token) {
    return new AgentProtocol.Command(
        "serve",
        id,
        List.of(),
        Map.of(RemoteSlices.TOKEN_ENV, token),
        new AgentProtocol.Grant(40, 4, List.of(new AgentProtocol.GrantDevice(0, "card-0"))));
  }

  private static AgentProtocol.Command command(String type, String id) {
    return new AgentProtocol.Command(type, id, null, null, null);
  }

  @Test
  @DisplayName(
      "POOL-T12.3 a served slice is reported running with the memory its remote client holds, then released on stop and forgotten")
  void serveReportStop() throws Exception {
    try (RemoteDeviceServer server = RemoteDeviceServer.start("127.0.0.1", 0, "127.0.0.1")) {
      RemoteSlices slices = new RemoteSlices(server, "n1", logs);
      assertThat(slices.apply(serve("t1", "tok"))).isTrue();
      new RemoteDevice(server.endpoint(), "t1", "tok").allocate(3 * 262_144L);
      AgentProtocol.TaskReport r = slices.reports().get(0);
      assertThat(r.state()).isEqualTo("running");
      assertThat(r.memoryUsedMb()).isEqualTo(3);
      assertThat(r.grantPercent()).isEqualTo(40);
      assertThat(r.grantMemoryMb()).isEqualTo(4);
      assertThat(slices.apply(command("stop", "t1"))).isTrue();
      assertThat(slices.reports())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.state()).isEqualTo("exited");
                assertThat(e.exitCode()).isZero();
              });
      assertThatThrownBy(() -> new RemoteDevice(server.endpoint(), "t1", "tok").info())
          .hasMessageContaining("no slice t1");
      assertThat(slices.apply(command("forget", "t1"))).isTrue();
      assertThat(slices.reports()).isEmpty();
      assertThat(slices.apply(command("stop", "other-task"))).isFalse();
      assertThat(logs).anyMatch(l -> l.line().contains("serving 40% / 4 MB of [card-0]"));
    }
  }

  @Test
  @DisplayName(
      "POOL-T12.3 an agent started without --remote-listen reports a served slice as exit 127")
  void notServing() {
    RemoteSlices slices = new RemoteSlices(null, "n1", logs);
    assertThat(slices.endpoint()).isNull();
    slices.apply(serve("t1", "tok"));
    assertThat(slices.reports())
        .singleElement()
        .satisfies(e -> assertThat(e.exitCode()).isEqualTo(127));
    assertThat(logs).anyMatch(l -> l.line().contains("without --remote-listen"));
  }

  @Test
  @DisplayName("POOL-T12.3 --remote-listen takes HOST:PORT")
  void options() {
    String[] base = {
      "--controller", "http://c", "--name", "n", "--devices", "nvidia", "--token", "t"
    };
    String[] with =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(base),
                java.util.stream.Stream.of("--remote-listen", "0.0.0.0:7070"))
            .toArray(String[]::new);
    assertThat(AgentOptions.parse(with, Map.of()).remoteListen()).isEqualTo("0.0.0.0:7070");
    assertThat(AgentOptions.parse(base, Map.of()).remoteListen()).isNull();
    String[] bad =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(base),
                java.util.stream.Stream.of("--remote-listen", "7070x"))
            .toArray(String[]::new);
    assertThatThrownBy(() -> AgentOptions.parse(bad, Map.of())).hasMessageContaining("HOST:PORT");
  }
}
