package io.computility.server.federation.center;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mock HTTP backend speaking just enough of a tier's API (summary, JC-A.1/A.3/A.2, job search) to
 * host running replicas, and able to fail on demand: answer 5xx or 401 for the next N calls, or
 * answer too late. Only for tests of failure handling, where a real server cannot be made to fail
 * in these precise ways.
 */
final class MockTierBackend implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  final AtomicInteger calls = new AtomicInteger();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  final AtomicInteger jobsCreated = new AtomicInteger();
  private volatile int failStatus;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile long delayMillis;

  MockTierBackend() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next {@code n} calls answer {@code status} (n < 0: every call until told otherwise). */
  void failNext(int n, int status) {
    failStatus = status;
    failuresLeft.set(n);
  }

  void healthy() {
    failuresLeft.set(0);
    delayMillis = 0;
  }

  void delay(long millis) {
    delayMillis = millis;
  }

  private void handle(HttpExchange x) throws IOException {
    calls.incrementAndGet();
    String auth = x.getRequestHeaders().getFirst("Authorization");
    authorizations.add(auth == null ? "" : auth);
    try {
      if (delayMillis > 0) Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int left = failuresLeft.get();
    if (left != 0) {
      if (left > 0) failuresLeft.decrementAndGet();
      answer(
          x,
          failStatus,
          "{\"status\":" + failStatus + ",\"code\":\"X\",\"errorMsg\":\"injected\"}");
      return;
    }
    String path = x.getRequestURI().getPath();
    String method = x.getRequestMethod();
    if (path.equals("/api/v1/tier/summary")) {
      answer(x, 200, ok(SUMMARY));
    } else if (path.equals("/api/v1/jobs")) {
      answer(x, 200, ok("{\"items\":[],\"total\":0,\"page\":0,\"size\":5}"));
    } else if (path.equals("/openapi/v1/trainjob") && method.equals("POST")) {
      answer(x, 201, ok("{\"jobId\":\"m-" + jobsCreated.incrementAndGet() + "\"}"));
    } else if (path.endsWith("/stop")) {
      answer(x, 200, ok("null"));
    } else if (path.startsWith("/openapi/v1/trainjob/")) {
      answer(
          x,
          200,
          ok(
              "{\"jobId\":\"m\",\"status\":\"running\",\"taskInfos\":[{\"replicas\":"
                  + "[{\"status\":\"running\",\"startedAt\":\"2026-01-01T00:00:00Z\"}]}]}"));
    } else {
      answer(x, 404, "{\"status\":404,\"code\":\"NOT_FOUND\",\"errorMsg\":\"" + path + "\"}");
    }
  }

  private static final String SUMMARY =
      "{\"name\":\"mock\",\"region\":\"north\",\"status\":1,\"centers\":1,\"monitoring\":{"
          + "\"running_task_num\":0,\"waiting_task_num\":0,\"cpu_used\":0,\"cpu_free\":128,"
          + "\"gpu_used\":0,\"gpu_free\":8,\"memory_used\":0,\"memory_free\":1048576,"
          + "\"storage_used\":0,\"storage_free\":10240,\"security_grade\":3},"
          + "\"images\":[{\"image_id\":\"pytorch-2.3\",\"name\":\"pytorch-2.3\"}]}";

  private static String ok(String data) {
    return "{\"status\":200,\"code\":\"OK\",\"errorMsg\":\"\",\"data\":" + data + "}";
  }

  private static void answer(HttpExchange x, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
