package io.computility.server.federation.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12: batch submission and concurrent single submissions through the group commit. */
class TrainJobBatchTest extends FederationTestBase {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String JOB =
      "{\"name\":\"%s\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 60\","
          + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}";

  @Test
  @DisplayName("ISSUE-12 batch submission answers a result per job; a bad job fails alone")
  void batchAnswersPerJob() throws Exception {
    String token = adminToken();
    String bad =
        "{\"name\":\"bad\",\"tasks\":[{\"name\":\"t\",\"command\":\"x\",\"replicaNumber\":1}]}";
    String body =
        "{\"jobs\":[" + JOB.formatted("b0") + "," + bad + "," + JOB.formatted("b2") + "]}";
    HttpResponse<String> r = post("/openapi/v1/trainjob/batch", body, token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = JSON.readTree(r.body()).path("data");
    assertThat(results.size()).isEqualTo(3);
    assertThat(results.get(0).path("status").asInt()).isEqualTo(201);
    assertThat(results.get(1).path("status").asInt()).isEqualTo(400);
    assertThat(results.get(1).path("errorMsg").asText()).startsWith("jobs[1].tasks[0].");
    assertThat(results.get(2).path("status").asInt()).isEqualTo(201);
    for (int i : new int[] {0, 2}) {
      String id = results.get(i).path("job").path("jobId").asText();
      assertThat(get("/openapi/v1/trainjob/" + id, token).statusCode()).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("ISSUE-12 a batch of more than 1000 jobs is refused with 400 naming jobs")
  void batchIsBounded() throws Exception {
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < 1001; i++) jobs.add(JOB.formatted("j" + i));
    HttpResponse<String> r =
        post(
            "/openapi/v1/trainjob/batch",
            "{\"jobs\":[" + String.join(",", jobs) + "]}",
            adminToken());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("errorMsg").asText()).startsWith("jobs");
  }

  @Test
  @DisplayName("ISSUE-12 concurrent submissions share commits and every 201 job exists")
  void concurrentSubmissionsAllDurable() throws Exception {
    String token = adminToken();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 96; i++) {
      String name = "c" + i;
      answers.add(pool.submit(() -> post("/openapi/v1/trainjob", JOB.formatted(name), token)));
    }
    for (Future<HttpResponse<String>> f : answers) {
      HttpResponse<String> r = f.get();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String id = JSON.readTree(r.body()).path("data").path("jobId").asText();
      assertThat(get("/openapi/v1/trainjob/" + id, token).statusCode()).isEqualTo(200);
    }
    pool.shutdown();
  }

  private HttpResponse<String> post(String path, String body, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", TestAuth.bearer(token))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", TestAuth.bearer(token))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
