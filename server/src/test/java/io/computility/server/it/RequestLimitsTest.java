package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 finding 2: bounded bodies and jobs, and a per-tenant submission rate. Its own server
 * (the 100 largest jobs keep the sim centers busy), closed afterwards.
 */
@TestPropertySource(
    properties = {
      "computility.limits.submit.capacity=130",
      "computility.limits.submit.refill=1",
      "computility.limits.submit.period=1h"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RequestLimitsTest extends FederationTestBase {
  private static final int MAX_TASKS = 64;
  private static final int REPLICAS_PER_TASK = 8; // 64 x 8 = 512, the job limit
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** A job of {@code tasks} tasks of {@code replicas} replicas each, commands of {@code chars}. */
  static String job(String name, int tasks, int replicas, int chars) {
    StringBuilder sb = new StringBuilder("{\"name\":\"").append(name).append("\",\"tasks\":[");
    String command = "sleep 1 #" + "x".repeat(Math.max(0, chars - 9));
    for (int i = 0; i < tasks; i++) {
      if (i > 0) sb.append(',');
      sb.append("{\"name\":\"t")
          .append(i)
          .append("\",\"command\":\"")
          .append(command)
          .append("\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":")
          .append(replicas)
          .append('}');
    }
    return sb.append("]}").toString();
  }

  private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, boolean expect)
      throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestAuth.bearer(adminToken()))
            .expectContinue(expect)
            .POST(body)
            .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Test
  @DisplayName(
      "ISSUE-13 the 190,000-task (21 MB) job answers 413 naming the body limit, unread: no job"
          + " stored, and a chunked 2.5 MB body without Content-Length is cut off at the limit")
  void hugeJobRefusedUnread() throws Exception {
    Http http = new Http(port);
    long jobsBefore = http.get("/api/v1/jobs?size=1").data().path("total").asLong();
    long heapBefore = heapAfterGc();
    String huge = job("huge", 190_000, 1, 20);
    assertThat(huge.length()).isGreaterThan(20_000_000);
    HttpResponse<String> r = post("/openapi/v1/trainjob", HttpRequest.BodyPublishers.ofString(huge), true);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    JsonNode body = Http.JSON.readTree(r.body());
    assertThat(body.path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(body.path("errorMsg").asString()).startsWith("body").contains("max-body-size");
    huge = null;
    // Rejected before parsing: the server holds nothing of it (the test's own string is gone too).
    long grown = heapAfterGc() - heapBefore;
    assertThat(grown).as("heap growth in bytes").isLessThan(16L << 20);

    byte[] chunked = job("chunked", 25_000, 1, 20).getBytes();
    assertThat(chunked.length).isGreaterThan(2_000_000);
    HttpResponse<String> c =
        post(
            "/openapi/v1/trainjob",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked)),
            false);
    assertThat(c.statusCode()).as(c.body()).isEqualTo(413);
    assertThat(http.get("/api/v1/jobs?size=1").data().path("total").asLong()).isEqualTo(jobsBefore);
  }

  @Test
  @DisplayName(
      "ISSUE-13 job limits: one task over 64 tasks, one replica over 512 or 256 per task, or a"
          + " command over 4096 characters answers 400 naming the field and the limit")
  void jobLimits() throws Exception {
    Http http = new Http(port);
    Http.Answer tooManyTasks = http.post("/openapi/v1/trainjob", job("j", MAX_TASKS + 1, 1, 10));
    assertThat(tooManyTasks.status()).as(tooManyTasks.text()).isEqualTo(400);
    assertThat(tooManyTasks.body().path("errorMsg").asString()).startsWith("tasks ").contains("64");
    Http.Answer perTask = http.post("/openapi/v1/trainjob", job("j", 1, 257, 10));
    assertThat(perTask.body().path("errorMsg").asString()).startsWith("tasks[0].replicaNumber");
    Http.Answer total = http.post("/openapi/v1/trainjob", job("j", 3, 200, 10));
    assertThat(total.body().path("errorMsg").asString()).startsWith("tasks ").contains("512");
    Http.Answer command = http.post("/openapi/v1/trainjob", job("j", 1, 1, 4097));
    assertThat(command.body().path("errorMsg").asString()).startsWith("tasks[0].command");
  }

  @Test
  @DisplayName(
      "ISSUE-13 the largest allowed job (64 tasks, 512 replicas, 4096-character commands) is"
          + " accepted, stored and scheduled, 100 times in a row, without a heap spike; then the"
          + " tenant's submission rate limit answers 429 with Retry-After and the limit named")
  void largestJobsThenRateLimit() throws Exception {
    Http http = new Http(port);
    String body = job("largest", MAX_TASKS, REPLICAS_PER_TASK, 4096);
    assertThat(body.length()).isLessThan(1 << 20);
    long heapBefore = heapAfterGc();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Http.Answer a = http.post("/openapi/v1/trainjob", body);
      assertThat(a.status()).as(a.text()).isEqualTo(201);
      ids.add(a.data().path("jobId").asString());
    }
    long grown = heapAfterGc() - heapBefore;
    System.out.printf("ISSUE-13 100 largest jobs: heap grew %d MB%n", grown >> 20);
    assertThat(grown).as("heap growth after 100 largest jobs").isLessThan(256L << 20);
    JsonNode stored = http.get("/openapi/v1/trainjob/" + ids.get(99)).data();
    assertThat(stored.path("taskInfos")).hasSize(MAX_TASKS);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get("/api/v1/jobs/" + ids.get(0) + "/decision").status() == 200);

    // capacity 130: 100 used above and at most 10 by the other tests of this class
    int status = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < 40 && status != 429; i++) {
      last =
          post("/openapi/v1/trainjob", HttpRequest.BodyPublishers.ofString(job("r", 1, 1, 10)), false);
      status = last.statusCode();
    }
    assertThat(status).as(last.body()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    JsonNode refused = Http.JSON.readTree(last.body());
    assertThat(refused.path("code").asString()).isEqualTo("RATE_LIMITED");
    assertThat(refused.path("errorMsg").asString()).contains("rate limit");
  }
}
