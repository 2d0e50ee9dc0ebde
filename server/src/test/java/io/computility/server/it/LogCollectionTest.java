package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.monitoring.RetentionSweeper;
import io.computility.server.testsupport.MonitoringTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Log collection (POOL-T12.18) on a real server: push, search, page, export, own logs. */
class LogCollectionTest extends MonitoringTestBase {
  @LocalServerPort int port;
  @Autowired RetentionSweeper retention;

  /** Recent enough that the retention test never deletes these lines. */
  private static final Instant T =
      Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

  private static String line(String node, String level, Instant at, String message) {
    return "{\"sourceType\":\"NODE\",\"sourceId\":\"%s\",\"level\":\"%s\",\"time\":\"%s\",\"logger\":\"agent\",\"message\":\"%s\"}"
        .formatted(node, level, at, message);
  }

  @Test
  @DisplayName(
      "POOL-T12.18 pushed logs are filtered by level, time range, source and text with server-side paging, and the filtered set exports as CSV and text")
  void searchAndExport() throws Exception {
    Http http = new Http(port);
    String body =
        "{\"lines\":["
            + String.join(
                ",",
                line("lc-n1", "INFO", T, "task started"),
                line("lc-n1", "WARN", T.plusSeconds(60), "gpu0 hot, throttling"),
                line("lc-n1", "ERROR", T.plusSeconds(120), "task t-7 failed: OOM, \\\"retry\\\""),
                line("lc-n2", "ERROR", T.plusSeconds(180), "disk full"),
                line("lc-n1", "DEBUG", T.plusSeconds(240), "heartbeat"),
                line("lc-n1", "ERROR", T.plusSeconds(3600), "late error"))
            + "]}";
    Http.Answer pushed = http.post("/api/v1/monitoring/logs", body);
    assertThat(pushed.status()).as(pushed.text()).isEqualTo(201);
    assertThat(pushed.data().path("accepted").asInt()).isEqualTo(6);

    String window = "&from=" + T + "&to=" + T.plusSeconds(600);
    JsonNode warnPlus =
        http.get("/api/v1/monitoring/logs?sourceId=lc-n1&level=WARN" + window).data();
    assertThat(warnPlus.path("total").asLong()).isEqualTo(2);
    assertThat(messages(warnPlus))
        .containsExactly("task t-7 failed: OOM, \"retry\"", "gpu0 hot, throttling");
    JsonNode errors =
        http.get("/api/v1/monitoring/logs?sourceType=NODE&level=error" + window).data();
    assertThat(messages(errors)).containsExactly("disk full", "task t-7 failed: OOM, \"retry\"");
    JsonNode text = http.get("/api/v1/monitoring/logs?text=GPU0" + window).data();
    assertThat(messages(text)).containsExactly("gpu0 hot, throttling");
    JsonNode page1 =
        http.get("/api/v1/monitoring/logs?sourceId=lc-n1&size=2&page=1" + window).data();
    assertThat(page1.path("total").asLong()).isEqualTo(4);
    assertThat(messages(page1)).containsExactly("gpu0 hot, throttling", "task started");

    Http.Answer csv =
        http.get("/api/v1/monitoring/logs/export?format=csv&sourceId=lc-n1&level=WARN" + window);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text().split("\r\n"))
        .containsExactly(
            "time,level,sourceType,sourceId,logger,message",
            T.plusSeconds(60) + ",WARN,NODE,lc-n1,agent,\"gpu0 hot, throttling\"",
            T.plusSeconds(120) + ",ERROR,NODE,lc-n1,agent,\"task t-7 failed: OOM, \"\"retry\"\"\"");
    Http.Answer txt =
        http.get("/api/v1/monitoring/logs/export?format=text&sourceId=lc-n2" + window);
    assertThat(txt.text())
        .isEqualTo(T.plusSeconds(180) + " ERROR [NODE/lc-n2] agent - disk full\n");
  }

  @Test
  @DisplayName(
      "POOL-T12.18 bad log input or filters get a 400 naming the field, and a bad batch stores nothing")
  void badInput() throws Exception {
    Http http = new Http(port);
    String body =
        "{\"lines\":["
            + line("lc-bad", "INFO", T, "fine")
            + ","
            + line("lc-bad", "LOUD", T, "not fine")
            + "]}";
    Http.Answer a = http.post("/api/v1/monitoring/logs", body);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("errorMsg").asText()).startsWith("lines[1].level");
    assertThat(http.get("/api/v1/monitoring/logs?sourceId=lc-bad").data().path("total").asLong())
        .isZero();
    assertThat(
            http.post("/api/v1/monitoring/logs", "{\"lines\":[]}").body().path("errorMsg").asText())
        .startsWith("lines");
    assertThat(http.get("/api/v1/monitoring/logs?level=LOUD").body().path("errorMsg").asText())
        .startsWith("level");
    assertThat(http.get("/api/v1/monitoring/logs?from=yesterday").body().path("errorMsg").asText())
        .startsWith("from");
    assertThat(http.get("/api/v1/monitoring/logs?size=100000").body().path("errorMsg").asText())
        .startsWith("size");
    assertThat(http.get("/api/v1/monitoring/logs/export?format=pdf").status()).isEqualTo(400);
    Http.Answer badSample =
        http.post(
            "/api/v1/monitoring/samples",
            "{\"samples\":[{\"sourceType\":\"NODE\",\"sourceId\":\"n\",\"metric\":\"m\"}]}");
    assertThat(badSample.body().path("errorMsg").asText()).startsWith("samples[0].value");
  }

  @Test
  @DisplayName("POOL-T12.18 POOL-6 the platform's own WARN and ERROR lines are collected as logs")
  void platformLogsAreCollected() throws Exception {
    String marker = "platform-log-" + System.nanoTime();
    LoggerFactory.getLogger("io.computility.test.Probe").warn("{} disk almost full", marker);
    LoggerFactory.getLogger("io.computility.test.Probe").info("{} only info", marker);
    Http http = new Http(port);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                http.get("/api/v1/monitoring/logs?sourceType=PLATFORM&text=" + marker)
                        .data()
                        .path("total")
                        .asLong()
                    == 1);
    JsonNode l =
        http.get("/api/v1/monitoring/logs?sourceType=PLATFORM&text=" + marker)
            .data()
            .path("items")
            .get(0);
    assertThat(l.path("level").asText()).isEqualTo("WARN");
    assertThat(l.path("logger").asText()).isEqualTo("io.computility.test.Probe");
    assertThat(l.path("sourceId").asText()).isEqualTo("server");
  }

  @Test
  @DisplayName("POOL-T12.18 lines older than the retention are deleted, newer ones kept")
  void retention() throws Exception {
    Http http = new Http(port);
    Instant now = Instant.now();
    String body =
        "{\"lines\":["
            + line("lc-ret", "INFO", now.minus(Duration.ofDays(15)), "old")
            + ","
            + line("lc-ret", "INFO", now.minus(Duration.ofDays(13)), "recent")
            + "]}";
    assertThat(http.post("/api/v1/monitoring/logs", body).status()).isEqualTo(201);
    assertThat(retention.sweep()).isPositive();
    assertThat(messages(http.get("/api/v1/monitoring/logs?sourceId=lc-ret").data()))
        .containsExactly("recent");
  }

  private static List<String> messages(JsonNode page) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode n : page.path("items")) out.add(n.path("message").asText());
    return out;
  }
}
