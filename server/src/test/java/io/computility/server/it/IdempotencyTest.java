package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The Idempotency-Key header on job and pool task submission (docs/api.md). */
@DisplayName("ISSUE-13 idempotent submission")
class IdempotencyTest extends FederationTestBase {
  // Short and CPU-only: jobs of this class must not hold the shared test centers' GPUs when the
  // next class in the same context places GPU work (PoliciesAndCentersTest expects a free gamma).
  private static final String SHORT_CPU_JOB =
      """
      {"name":"resnet","tasks":[
        {"name":"ps","command":"sleep 1","imageId":"pytorch-2.3","resourceSpecId":"cpu-4","replicaNumber":1}]}
      """;

  @Autowired JdbcTemplate jdbc;
  @Autowired io.computility.server.shared.web.idempotency.IdempotencyStore store;
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> post(String token, String path, String key, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestAuth.bearer(token))
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) b.header("Idempotency-Key", key);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode data(HttpResponse<String> r) {
    return Http.JSON.readTree(r.body()).path("data");
  }

  @Test
  @DisplayName(
      "ISSUE-13 eight concurrent job submissions with one Idempotency-Key create one job; all answer its jobId")
  void concurrentRepeatsCreateOneJob() throws Exception {
    String token = adminToken();
    String name = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    String job = SHORT_CPU_JOB.replace("resnet", name);
    String key = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return post(token, "/openapi/v1/trainjob", key, job);
                }));
      }
      go.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        ids.add(data(r).path("jobId").asString());
      }
      assertThat(ids).doesNotContainNull().allMatch(ids.get(0)::equals);
      assertThat(ids.get(0)).isNotBlank();
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from job where name = ?", Long.class, name))
        .isEqualTo(1);
    // a later repeat gets the first answer too, marked as a replay
    HttpResponse<String> again = post(token, "/openapi/v1/trainjob", key, job);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(jdbc.queryForObject("select count(*) from job where name = ?", Long.class, name))
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "ISSUE-13 the same Idempotency-Key with another body answers 422 naming the header and creates nothing")
  void otherBodyIsRefused() throws Exception {
    String token = adminToken();
    String key = UUID.randomUUID().toString();
    String name = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    String job = SHORT_CPU_JOB.replace("resnet", name);
    assertThat(post(token, "/openapi/v1/trainjob", key, job).statusCode()).isEqualTo(201);
    HttpResponse<String> other =
        post(token, "/openapi/v1/trainjob", key, job.replace(name, name + "-b"));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("Idempotency-Key");
    assertThat(
            jdbc.queryForObject("select count(*) from job where name = ?", Long.class, name + "-b"))
        .isZero();
    // without the header every submission is new, as before
    assertThat(post(token, "/openapi/v1/trainjob", null, job).statusCode()).isEqualTo(201);
    assertThat(post(token, "/openapi/v1/trainjob", null, job).statusCode()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select count(*) from job where name = ?", Long.class, name))
        .isEqualTo(3);
  }

  @Test
  @DisplayName(
      "ISSUE-13 a refused submission frees its key; a pool task repeat returns the first task")
  void refusedFreesKeyAndPoolTasks() throws Exception {
    String token = adminToken();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> bad = post(token, "/openapi/v1/trainjob", key, "{\"name\":\"x\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    String name = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    // another body under the freed key is a new request, not a reuse
    HttpResponse<String> ok =
        post(token, "/openapi/v1/trainjob", key, SHORT_CPU_JOB.replace("resnet", name));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);

    ScopedResourcesTest.registerPoolNode(port, "idem-node-" + name, 1);
    String task = ScopedResourcesTest.poolTask(name, 10);
    String poolKey = UUID.randomUUID().toString();
    HttpResponse<String> first = post(token, "/api/v1/pool/tasks", poolKey, task);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> second = post(token, "/api/v1/pool/tasks", poolKey, task);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(data(second).path("id").asString()).isEqualTo(data(first).path("id").asString());
    assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
  }

  @Test
  @DisplayName(
      "ISSUE-13 keys are per caller, and a key past its time to live is taken over by a new request and purged")
  void perCallerAndExpiry() throws Exception {
    String key = UUID.randomUUID().toString();
    String name = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    String job = SHORT_CPU_JOB.replace("resnet", name);
    String first =
        data(post(adminToken(), "/openapi/v1/trainjob", key, job)).path("jobId").asString();
    String other =
        data(post(TestAuth.AGENT_TOKEN, "/openapi/v1/trainjob", key, job)).path("jobId").asString();
    assertThat(other).isNotBlank().isNotEqualTo(first);
    // 25 hours later (the default time to live is 24 h) the key is free again
    jdbc.update(
        "update idempotency_key set created_at = created_at - interval '25 hours'"
            + " where idem_key = ?",
        key);
    String later =
        data(post(adminToken(), "/openapi/v1/trainjob", key, job)).path("jobId").asString();
    assertThat(later).isNotBlank().isNotEqualTo(first);
    assertThat(jdbc.queryForObject("select count(*) from job where name = ?", Long.class, name))
        .isEqualTo(3);
    assertThat(store.purge(java.time.Duration.ofHours(24))).isEqualTo(1); // the agent's, expired
    assertThat(
            jdbc.queryForObject(
                "select count(*) from idempotency_key where idem_key = ?", Long.class, key))
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "ISSUE-13 a key whose first request a restart cut off answers 409 IDEMPOTENCY_KEY_INTERRUPTED and creates nothing")
  void interruptedKey() throws Exception {
    String key = UUID.randomUUID().toString();
    String name = "idem-" + UUID.randomUUID().toString().substring(0, 8);
    String job = SHORT_CPU_JOB.replace("resnet", name);
    assertThat(post(adminToken(), "/openapi/v1/trainjob", key, job).statusCode()).isEqualTo(201);
    // as a server killed between the job's commit and the answer's would have left it
    jdbc.update(
        "update idempotency_key set state = 'PENDING', status = null, body = null,"
            + " instance_id = 'a-server-before-restart' where idem_key = ?",
        key);
    HttpResponse<String> r = post(adminToken(), "/openapi/v1/trainjob", key, job);
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("IDEMPOTENCY_KEY_INTERRUPTED").contains("Idempotency-Key");
    assertThat(jdbc.queryForObject("select count(*) from job where name = ?", Long.class, name))
        .isEqualTo(1);
  }
}
