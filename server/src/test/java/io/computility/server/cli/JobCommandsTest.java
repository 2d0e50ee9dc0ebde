package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@DisplayName("CLI job commands (fake HTTP server)")
class JobCommandsTest {

  static final String JOB =
      """
      {"jobId":"j-1","name":"mnist","status":"running","phase":null,"reason":null,
       "submittedAt":"2025-03-01T08:00:00Z","finishedAt":null,
       "taskInfos":[{"name":"train","command":"python train.py","imageId":"img-1",
         "resourceSpecId":"gpu-1","replicaNumber":2,"centerIDs":["c1","c2"],
         "replicaStatus":["running","pending"]}]}
      """;

  FakeServer server;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server = new FakeServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @DisplayName(
      "CLI-1 job submit FILE.yaml posts the JC-A.1 body as JSON and prints the job id (fake HTTP server)")
  void submitYaml() throws Exception {
    server.answer(
        "POST /openapi/v1/trainjob",
        201,
        "{\"status\":201,\"code\":\"OK\",\"errorMsg\":\"\",\"data\":{\"jobId\":\"j-1\","
            + "\"taskInfos\":[{\"name\":\"train\",\"centerIDs\":[]}]}}");
    Path file =
        Files.writeString(
            dir.resolve("job.yaml"),
            """
        name: mnist
        allOrNothing: true
        tasks:
          - name: train
            command: python train.py
            imageId: img-1
            resourceSpecId: gpu-1
            replicaNumber: 2
        """);
    CliRun r = CliRun.of("job", "submit", file.toString(), "--server", server.url());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Submitted job j-1").contains("TASK").contains("train");
    JsonNode sent = ApiClient.JSON.readTree(server.requests.get(0).body());
    assertThat(sent.path("name").asString()).isEqualTo("mnist");
    assertThat(sent.path("allOrNothing").asBoolean()).isTrue();
    assertThat(sent.path("tasks").get(0).path("replicaNumber").asInt()).isEqualTo(2);
  }

  @Test
  @DisplayName("CLI-1 job submit FILE.json reads JSON too (fake HTTP server)")
  void submitJson() throws Exception {
    server.answer(
        "POST /openapi/v1/trainjob",
        201,
        "{\"status\":201,\"code\":\"OK\",\"errorMsg\":\"\",\"data\":{\"jobId\":\"j-2\","
            + "\"taskInfos\":[]}}");
    Path file = Files.writeString(dir.resolve("job.json"), "{\"name\":\"x\",\"tasks\":[]}");
    CliRun r = CliRun.of("job", "submit", file.toString(), "--server", server.url());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Submitted job j-2");
  }

  @Test
  @DisplayName("CLI-1 job submit prints the server's errorMsg and exits 1 (fake HTTP server)")
  void submitRejected() throws Exception {
    server.error(
        "POST /openapi/v1/trainjob",
        400,
        "INVALID_ARGUMENT",
        "tasks[0].replicaNumber must be > 0, was 0");
    Path file = Files.writeString(dir.resolve("job.yaml"), "name: x\ntasks: []\n");
    CliRun r = CliRun.of("job", "submit", file.toString(), "--server", server.url());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("INVALID_ARGUMENT: tasks[0].replicaNumber must be > 0, was 0");
  }

  @Test
  @DisplayName(
      "CLI-1 job submit of a missing or unparsable file exits 2 without a request (fake HTTP server)")
  void submitBadFile() throws Exception {
    CliRun missing =
        CliRun.of("job", "submit", dir.resolve("none.yaml").toString(), "--server", server.url());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: [unclosed\n");
    assertThat(CliRun.of("job", "submit", bad.toString(), "--server", server.url()).code())
        .isEqualTo(2);
    assertThat(server.requests).isEmpty();
  }

  @Test
  @DisplayName(
      "CLI-2 job list --status running queries the filter and prints a table (fake HTTP server)")
  void list() {
    server.ok(
        "GET /api/v1/jobs",
        "{\"items\":[{\"jobId\":\"j-1\",\"name\":\"mnist\",\"status\":\"running\",\"phase\":null,"
            + "\"userName\":\"alice\",\"replicaCount\":3,\"submittedAt\":\"2025-03-01T08:00:00Z\"}],"
            + "\"total\":1,\"page\":0,\"size\":20}");
    CliRun r = CliRun.of("job", "list", "--status", "running", "--server", server.url());
    assertThat(r.code()).isZero();
    assertThat(server.requests.get(0).pathAndQuery()).contains("status=running");
    assertThat(r.out())
        .contains("JOB ID  NAME   STATUS   PHASE  USER   REPLICAS  SUBMITTED")
        .contains("j-1     mnist  running  -      alice  3         2025-03-01T08:00:00Z")
        .contains("1 of 1 jobs (page 0)");
  }

  @Test
  @DisplayName("CLI-3 job get prints status, replica states and centers (fake HTTP server)")
  void get() {
    server.ok("GET /openapi/v1/trainjob/j-1", JOB);
    CliRun r = CliRun.of("job", "get", "j-1", "--server", server.url());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Job:       j-1  mnist")
        .contains("Status:    running")
        .contains("train  2         running,pending  c1,c2    img-1  gpu-1");
  }

  @Test
  @DisplayName("CLI-3 job get --json prints the raw envelope (fake HTTP server)")
  void getJson() {
    server.ok("GET /openapi/v1/trainjob/j-1", JOB);
    CliRun r = CliRun.of("job", "get", "j-1", "--json", "--server", server.url());
    assertThat(r.code()).isZero();
    JsonNode printed = ApiClient.JSON.readTree(r.out());
    assertThat(printed.path("code").asString()).isEqualTo("OK");
    assertThat(printed.path("data").path("taskInfos").get(0).path("centerIDs").size()).isEqualTo(2);
  }

  @Test
  @DisplayName("CLI-3 job get of an unknown job prints NOT_FOUND and exits 1 (fake HTTP server)")
  void getUnknown() {
    server.error(
        "GET /openapi/v1/trainjob/j-9", 404, "NOT_FOUND", "jobId job 'j-9' does not exist");
    CliRun r = CliRun.of("job", "get", "j-9", "--server", server.url());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("NOT_FOUND: jobId job 'j-9' does not exist");
  }

  @Test
  @DisplayName("CLI-4 job logs follows logUrl and prints the text (fake HTTP server)")
  void logs() {
    String log = "/openapi/v1/trainjob/j-1/task/0/replica/1/log";
    server.ok("GET " + log, "{\"logUrl\":\"" + server.url() + log + "/content\"}");
    server.text("GET " + log + "/content", "epoch 1 loss 0.3\nepoch 2 loss 0.2\n");
    CliRun r =
        CliRun.of("job", "logs", "j-1", "--task", "0", "--replica", "1", "--server", server.url());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("epoch 1 loss 0.3\nepoch 2 loss 0.2\n");
  }

  @Test
  @DisplayName("CLI-5 job stop posts to /stop and confirms (fake HTTP server)")
  void stopJob() {
    server.ok("POST /openapi/v1/trainjob/j-1/stop", "null");
    CliRun r = CliRun.of("job", "stop", "j-1", "--server", server.url());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Stopped job j-1");
    assertThat(server.requests.get(0).method()).isEqualTo("POST");
  }

  @Test
  @DisplayName("CLI-6 a missing argument or unknown command exits 2 (fake HTTP server)")
  void usage() {
    assertThat(CliRun.of("job", "get", "--server", server.url()).code()).isEqualTo(2);
    assertThat(CliRun.of("job", "explode").code()).isEqualTo(2);
    assertThat(CliRun.of("job").code()).isEqualTo(2);
    assertThat(CliRun.of().code()).isEqualTo(2);
    assertThat(CliRun.of("job", "list", "--page", "first").code()).isEqualTo(2);
    assertThat(server.requests).isEmpty();
  }

  @Test
  @DisplayName("CLI-6 an unreachable server exits 1 with a message (fake HTTP server)")
  void unreachable() {
    String url = server.url();
    server.close();
    CliRun r = CliRun.of("job", "list", "--server", url);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot reach " + url);
  }
}
