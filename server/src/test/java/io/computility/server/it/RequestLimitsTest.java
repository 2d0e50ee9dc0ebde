package io.computility.server.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String token)
      throws Exception {
    return send(path, body, token);
  }

  /** A new tenant's admin, logged in. */
  private String tenantAdmin() throws Exception {
    String body =
        "{\"name\":\"rate-tenant\",\"quota\":{\"cpu\":10,\"memory_mb\":1000,\"disk_gb\":10,"
            + "\"instances\":10,\"gpu\":1},\"admin_username\":\"rate-admin\","
            + "\"admin_password\":\"Tenant-Pw-123\"}";
    Http.Answer a = new Http(port).post("/api/v1/tenants", body);
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return TestAuth.login(port, "rate-admin", "Tenant-Pw-123");
  }

  private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body, String token)
      throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestAuth.bearer(token))
            .POST(body)
            .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends the head of a POST declaring {@code length} bytes and reads the answer: it must come
   * before any byte of the body was sent (the JDK client's Expect: 100-continue is racy here).
   */
  private String declaredPost(String path, long length) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Authorization: "
              + TestAuth.bearer(adminToken())
              + "\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return answer(socket.getInputStream());
    }
  }

  /**
   * Posts {@code bytes} of a JSON string chunked, without Content-Length and without ending the
   * body, then reads the answer: the server must cut the body off at its limit by counting.
   */
  private String chunkedPost(String path, int bytes) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Authorization: "
              + TestAuth.bearer(adminToken())
              + "\r\nTransfer-Encoding: chunked\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] first = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
      writeChunk(out, first);
      byte[] xs = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
      for (int sent = first.length; sent < bytes; sent += xs.length) writeChunk(out, xs);
      out.flush();
      return answer(socket.getInputStream());
    }
  }

  /** One HTTP answer, head and body, read by its Content-Length (the connection may stay open). */
  private static String answer(InputStream in) throws Exception {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) break;
      head.write(b);
    }
    String h = head.toString(StandardCharsets.US_ASCII);
    Matcher m = Pattern.compile("(?i)content-length: *(\\d+)").matcher(h);
    if (m.find()) return h + new String(in.readNBytes(Integer.parseInt(m.group(1))), UTF_8);
    StringBuilder body = new StringBuilder(); // chunked: sizes in hex, each on its own line
    for (int size; (size = Integer.parseInt(line(in), 16)) > 0; line(in)) {
      body.append(new String(in.readNBytes(size), UTF_8));
    }
    return h + body;
  }

  private static String line(InputStream in) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int b; (b = in.read()) >= 0 && b != '\n'; ) if (b != '\r') sb.append((char) b);
    return sb.toString();
  }

  private static void writeChunk(OutputStream out, byte[] data) throws Exception {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Test
  @DisplayName(
      "ISSUE-13 the 190,000-task (21 MB) job answers 413 naming the body limit, unread: no job"
          + " stored; a chunked body without Content-Length is cut off at the limit (413)")
  void hugeJobRefusedUnread() throws Exception {
    Http http = new Http(port);
    long jobsBefore = http.get("/api/v1/jobs?size=1").data().path("total").asLong();
    String huge = job("huge", 190_000, 1, 20);
    assertThat(huge.length()).isGreaterThan(20_000_000);
    String r = declaredPost("/openapi/v1/trainjob", huge.getBytes(StandardCharsets.UTF_8).length);
    assertThat(r).startsWith("HTTP/1.1 413");
    JsonNode body = Http.JSON.readTree(r.substring(r.indexOf("\r\n\r\n") + 4));
    assertThat(body.path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(body.path("errorMsg").asString()).startsWith("body").contains("max-body-size");
    // Refused unread: the answer came before a single byte of the body was sent, so the server
    // cannot have buffered or parsed any of it (an in-process heap reading is too noisy for that).
    String chunked = chunkedPost("/openapi/v1/trainjob", (1 << 20) + 100);
    assertThat(chunked).startsWith("HTTP/1.1 413").contains("max-body-size");
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

    // A fresh tenant's bucket (capacity 130): every POST counts, valid or not.
    String tenantToken = tenantAdmin();
    int status = 0;
    HttpResponse<String> last = null;
    for (int i = 0; i < 140 && status != 429; i++) {
      last = post("/openapi/v1/trainjob", HttpRequest.BodyPublishers.ofString("{}"), tenantToken);
      status = last.statusCode();
    }
    assertThat(status).as(last.body()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    JsonNode refused = Http.JSON.readTree(last.body());
    assertThat(refused.path("code").asString()).isEqualTo("RATE_LIMITED");
    assertThat(refused.path("errorMsg").asString()).contains("rate limit");
  }
}
