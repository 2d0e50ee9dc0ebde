package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The quick start's real center: the server as {@code computility up} runs it with its local node
 * agent on (the setting forced on, since tests use their own PostgreSQL rather than the embedded
 * one), the agent's fake cards in this server's pool, the pool joined as the center {@code local}.
 * Jobs pinned there run their commands as real processes and their logs come back through the JC
 * API.
 */
@TestPropertySource(properties = "computility.quickstart.local-agent=true")
@DisplayName("NET-8.2 JC-6.4 quick start: the local pool center runs real work")
class LocalPoolCenterTest extends FederationTestBase {

  @Test
  @DisplayName(
      "NET-8.2 JC-A.4 a job pinned to center local runs its command as a real process: completed,"
          + " and its log holds what the command printed")
  void realCommandPrintsToTheJobLog() throws Exception {
    Http http = new Http(port);
    awaitLocalOnline(http);
    String token = UUID.randomUUID().toString();
    String id = submit(http, "echo-token", "echo quickstart-$((6*7))-" + token);
    JsonNode done = awaitEnd(http, id);
    assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
    assertThat(done.path("taskInfos").path(0).path("centerIDs").toString()).contains("local");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(log(http, id)).contains("quickstart-42-" + token));
  }

  @Test
  @DisplayName("NET-8.2 a command that exits 3 on center local ends failed with exit code 3")
  void failingCommandFailsWithItsExitCode() throws Exception {
    Http http = new Http(port);
    awaitLocalOnline(http);
    String id = submit(http, "exit-three", "echo about to fail; exit 3");
    JsonNode done = awaitEnd(http, id);
    assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("failed");
    JsonNode replica = done.path("taskInfos").path(0).path("replicas").path(0);
    assertThat(replica.path("centerId").asString()).isEqualTo("local");
    assertThat(replica.path("message").asString())
        .as(done.toString())
        .contains("exited with code 3");
  }

  private static void awaitLocalOnline(Http http) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get("/api/v1/centers/local").data().path("status").asInt() == 1);
  }

  private static String submit(Http http, String name, String command) throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"pinnedCenters\":[\"local\"],\"maxRetries\":0,\"tasks\":[{\"name\":\"t\","
            + "\"command\":"
            + Http.JSON.writeValueAsString(command)
            + ",\"imageId\":\"shell\",\"resourceSpecId\":\"local-gpu-1x\",\"replicaNumber\":1}]}";
    Http.Answer created = http.post("/openapi/v1/trainjob", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.data().path("jobId").asString();
  }

  private static JsonNode awaitEnd(Http http, String id) {
    JsonNode[] job = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              job[0] = http.get("/openapi/v1/trainjob/" + id).data();
              return job[0].path("status").asString().matches("completed|failed|stopped");
            });
    return job[0];
  }

  private static String log(Http http, String id) throws Exception {
    Http.Answer url = http.get("/openapi/v1/trainjob/" + id + "/task/0/replica/0/log");
    return http.getUrl(url.data().path("logUrl").asString()).text();
  }
}
