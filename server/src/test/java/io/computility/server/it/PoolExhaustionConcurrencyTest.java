package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Six times as many concurrent clients as the server has database connections, mixing the calls a
 * busy console and a JC client make. A store that asks for a second connection while it holds one
 * (a query inside a row mapper) wedges this server: every connection held by a thread that waits
 * for another.
 */
class PoolExhaustionConcurrencyTest extends FederationTestBase {
  private static final int POOL = 4;
  private static final int CLIENTS = 6 * POOL;
  private static final int ROUNDS = 6;
  private static final Duration EACH = Duration.ofSeconds(20);

  private static final String JOB =
      """
      {"name":"load","tasks":[{"name":"w","command":"sleep 1","imageId":"pytorch-2.3",\
      "resourceSpecId":"gpu-1x","replicaNumber":1}]}""";

  @DynamicPropertySource
  static void smallPool(DynamicPropertyRegistry r) {
    r.add("spring.datasource.hikari.maximum-pool-size", () -> Integer.toString(POOL));
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @DisplayName(
      "ISSUE-12 24 concurrent clients on a 4-connection pool: job submit, job list, login, pool"
          + " devices and alerts all answer their expected status; nothing hangs or fails")
  void manyClientsOnASmallPool() throws Exception {
    String token = adminToken();
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int me = c;
        done.add(threads.submit(() -> rounds(me, token, wrong)));
      }
      for (Future<?> f : done) f.get(5, TimeUnit.MINUTES);
    } finally {
      threads.shutdownNow();
    }
    assertThat(wrong).as("requests without their expected status").isEmpty();
  }

  private void rounds(int me, String token, ConcurrentLinkedQueue<String> wrong) {
    for (int i = 0; i < ROUNDS; i++) {
      expect(201, post("/openapi/v1/trainjob", JOB, token), "submit", wrong);
      expect(200, get("/api/v1/jobs?size=20", token), "job list", wrong);
      expect(200, get("/api/v1/pool/devices", token), "pool devices", wrong);
      expect(200, get("/api/v1/monitoring/alerts", token), "alerts", wrong);
      if ((i + me) % 3 == 0) {
        String login =
            "{\"username\":\"%s\",\"password\":\"%s\"}"
                .formatted(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
        expect(200, post("/api/v1/auth/login", login, null), "login", wrong);
      }
    }
  }

  private void expect(
      int status, HttpRequest request, String what, ConcurrentLinkedQueue<String> wrong) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != status) {
        wrong.add(what + ": " + r.statusCode() + " " + cut(r.body()));
      }
    } catch (java.net.http.HttpTimeoutException e) {
      wrong.add(what + ": no answer within " + EACH);
    } catch (Exception e) {
      wrong.add(what + ": " + e);
    }
  }

  private HttpRequest get(String path, String token) {
    return builder(path, token).GET().build();
  }

  private HttpRequest post(String path, String json, String token) {
    return builder(path, token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(EACH);
    if (token != null) b.header("Authorization", TestAuth.bearer(token));
    return b;
  }

  private static String cut(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 200);
  }
}
