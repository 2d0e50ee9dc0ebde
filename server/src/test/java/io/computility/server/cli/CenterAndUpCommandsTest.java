package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("CLI center and up commands (fake HTTP server)")
class CenterAndUpCommandsTest {

  @TempDir Path dir;

  @Test
  @DisplayName("CLI-7 center list prints centers with status and free resources (fake HTTP server)")
  void centers() throws Exception {
    try (FakeServer server = new FakeServer()) {
      server.ok(
          "GET /api/v1/centers",
          "[{\"ai_center_id\":\"c1\",\"name\":\"Shanghai AI\",\"region\":\"cn-east\",\"status\":1,"
              + "\"monitoring\":{\"running_task_num\":3,\"waiting_task_num\":1,\"cpu_free\":54,"
              + "\"gpu_free\":6,\"npu_free\":0,\"mlu_free\":0}},"
              + "{\"ai_center_id\":\"c2\",\"name\":\"Beijing\",\"region\":\"cn-north\","
              + "\"status\":0,\"monitoring\":null}]");
      CliRun r = CliRun.of("center", "list", "--server", server.url());
      assertThat(r.code()).isZero();
      assertThat(r.out())
          .contains("ID  NAME         REGION    STATUS       RUNNING  WAITING  CPU FREE")
          .contains("c1  Shanghai AI  cn-east   available    3        1        54        6")
          .contains("c2  Beijing      cn-north  unavailable  -        -        -");
    }
  }

  @Test
  @DisplayName(
      "CLI-8 up passes --server.port and an absolute --computility.data-dir to the server (fake HTTP server)")
  void up() throws Exception {
    List<String> seen = new ArrayList<>();
    Path config = Files.writeString(dir.resolve("c.yaml"), "computility: {}\n");
    CliRun r =
        CliRun.of(
            args -> {
              seen.addAll(List.of(args));
              return 0;
            },
            "up",
            "--port",
            "9090",
            "--data",
            dir.resolve("d").toString(),
            "--config",
            config.toString());
    assertThat(r.code()).isZero();
    assertThat(seen)
        .containsExactly(
            "--server.port=9090",
            "--computility.data-dir=" + dir.resolve("d").toAbsolutePath(),
            "--spring.config.additional-location=file:" + config.toAbsolutePath());
  }

  @Test
  @DisplayName("CLI-8 up defaults to port 8080 and ./.computility (fake HTTP server)")
  void upDefaults() {
    List<String> seen = new ArrayList<>();
    CliRun r =
        CliRun.of(
            args -> {
              seen.addAll(List.of(args));
              return 0;
            },
            "up");
    assertThat(r.code()).isZero();
    assertThat(seen)
        .containsExactly(
            "--server.port=8080",
            "--computility.data-dir=" + Path.of(".computility").toAbsolutePath().normalize());
  }

  @Test
  @DisplayName(
      "CLI-8 NET-8.2 up --no-local-agent turns the local node agent off for the server (fake HTTP"
          + " server)")
  void upWithoutLocalAgent() {
    List<String> seen = new ArrayList<>();
    CliRun r =
        CliRun.of(
            args -> {
              seen.addAll(List.of(args));
              return 0;
            },
            "up",
            "--no-local-agent");
    assertThat(r.code()).isZero();
    assertThat(seen).contains("--computility.quickstart.local-agent=false");
  }

  @Test
  @DisplayName("CLI-8 up with port 0 or a missing config file exits 2 (fake HTTP server)")
  void upUsage() {
    assertThat(CliRun.of("up", "--port", "0").code()).isEqualTo(2);
    assertThat(CliRun.of("up", "--config", dir.resolve("none.yaml").toString()).code())
        .isEqualTo(2);
  }
}
