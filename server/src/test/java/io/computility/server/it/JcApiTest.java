package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The JC Appendix A API over real HTTP against a whole server on PostgreSQL. */
class JcApiTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;

  static final String TWO_TASKS =
      """
      {"name":"resnet","tasks":[
        {"name":"worker","command":"python train.py; sleep 30","imageId":"pytorch-2.3","resourceSpecId":"gpu-1x","replicaNumber":2},
        {"name":"ps","command":"sleep 30","imageId":"pytorch-2.3","resourceSpecId":"cpu-4","replicaNumber":1}]}
      """;

  @Test
  @DisplayName(
      "JC-A.1 JC-A.3 JC-A.4 a two-task job: jobId, pending, running with centerIDs, completed; logUrl serves each replica's log")
  void twoTaskJobOverHttp() throws Exception {
    Http http = new Http(port);
    // Runs 5 to 12 s at the test centers' time scale: long enough to be seen running.
    Http.Answer created =
        http.post("/openapi/v1/trainjob", TWO_TASKS.replace("sleep 30", "sleep 200"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().path("code").asText()).isEqualTo("OK");
    String id = created.data().path("jobId").asText();
    assertThat(created.data().path("taskInfos")).hasSize(2);

    JsonNode first = http.get("/openapi/v1/trainjob/" + id).data();
    assertThat(first.path("status").asText()).isIn("pending", "running");
    assertThat(first.path("name").asText()).isEqualTo("resnet");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.get("/openapi/v1/trainjob/" + id)
                    .data()
                    .path("status")
                    .asText()
                    .equals("running"));
    JsonNode running = http.get("/openapi/v1/trainjob/" + id).data();
    for (JsonNode t : running.path("taskInfos")) {
      assertThat(t.path("centerIDs").size()).isGreaterThan(0);
      assertThat(t.path("replicaStatus").size()).isEqualTo(t.path("replicaNumber").asInt());
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                http.get("/openapi/v1/trainjob/" + id)
                    .data()
                    .path("status")
                    .asText()
                    .equals("completed"));
    for (int[] tr : new int[][] {{0, 0}, {0, 1}, {1, 0}}) {
      Http.Answer log =
          http.get("/openapi/v1/trainjob/" + id + "/task/" + tr[0] + "/replica/" + tr[1] + "/log");
      assertThat(log.status()).isEqualTo(200);
      Http.Answer text = http.getUrl(log.data().path("logUrl").asText());
      assertThat(text.status()).isEqualTo(200);
      assertThat(text.text()).contains("completed").contains(id + "/" + tr[0] + "/" + tr[1]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("JC-A.1 bad input gets a 4xx envelope naming the field and stores nothing")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing name|{\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}|400|name",
        "missing tasks|{\"name\":\"j\"}|400|tasks",
        "empty tasks|{\"name\":\"j\",\"tasks\":[]}|400|tasks",
        "unknown spec|{\"name\":\"j\",\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"nope\",\"replicaNumber\":1}]}|400|tasks[0].resourceSpecId",
        "unknown image|{\"name\":\"j\",\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"nope\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}|400|tasks[0].imageId",
        "replicaNumber 0|{\"name\":\"j\",\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":0}]}|400|tasks[0].replicaNumber",
        "name over 32|{\"name\":\"abcdefghijklmnopqrstuvwxyz0123456\",\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}|400|name",
        "malformed JSON|{\"name\":\"j\",\"tasks\":[|400|body",
        "unknown dataset|{\"name\":\"j\",\"dataset\":\"nope\",\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}|400|dataset",
        "unknown policy|{\"name\":\"j\",\"policy\":\"nope\",\"tasks\":[{\"name\":\"t\",\"command\":\"c\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}|400|policy"
      })
  void badInput(String caseName, String body, int status, String field) throws Exception {
    Http http = new Http(port);
    long before = jobs();
    Http.Answer a = http.post("/openapi/v1/trainjob", body);
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.body().path("status").asInt()).isEqualTo(status);
    assertThat(a.body().path("errorMsg").asText()).startsWith(field);
    assertThat(jobs()).isEqualTo(before);
  }

  @Test
  @DisplayName("JC-A.2 JC-A.3 JC-A.4 unknown job ids get 404 naming jobId")
  void unknownJob() throws Exception {
    Http http = new Http(port);
    for (Http.Answer a :
        new Http.Answer[] {
          http.get("/openapi/v1/trainjob/job-nope"),
          http.post("/openapi/v1/trainjob/job-nope/stop", ""),
          http.get("/openapi/v1/trainjob/job-nope/task/0/replica/0/log")
        }) {
      assertThat(a.status()).isEqualTo(404);
      assertThat(a.body().path("errorMsg").asText()).startsWith("jobId");
    }
  }

  @Test
  @DisplayName(
      "JC-A.5 JC-A.6 strategy and evaluation scores: cheapest center scores 100 on lowest-price; formula 2 over given scores")
  void scores() throws Exception {
    Http http = new Http(port);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> http.get("/scheduler/algorithm/lowest-price/score/gamma").status() == 200);
    int cheap =
        http.get("/scheduler/algorithm/highest-security/score/beta").data().path("score").asInt();
    int weak =
        http.get("/scheduler/algorithm/highest-security/score/gamma").data().path("score").asInt();
    assertThat(cheap).isEqualTo(100);
    assertThat(weak).isLessThan(cheap);
    Http.Answer p =
        http.post(
            "/api/v1/policies",
            "{\"name\":\"two\",\"description\":\"d\",\"weights\":{\"least-load\":3,\"lowest-price\":1}}");
    assertThat(p.status()).isEqualTo(201);
    int s =
        http.get(
                "/scheduler/evaluate/score/alpha?algorithmIds=least-load,lowest-price&algorithmScores=80,40&policy=two")
            .data()
            .path("score")
            .asInt();
    assertThat(s).isEqualTo(70); // 0.75 * 80 + 0.25 * 40
    assertThat(http.get("/scheduler/algorithm/nope/score/alpha").status()).isEqualTo(404);
    assertThat(http.get("/scheduler/algorithm/least-load/score/nowhere").status()).isEqualTo(404);
  }

  private long jobs() {
    return jdbc.queryForObject("select count(*) from job", Long.class);
  }
}
