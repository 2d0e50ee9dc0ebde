package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.MonitoringTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Statistics reports (POOL-T12.21) over pushed samples and recorded alerts, JSON and CSV. */
class StatisticsReportTest extends MonitoringTestBase {
  @LocalServerPort int port;

  private static String sample(String node, double value, String at) {
    return "{\"sourceType\":\"NODE\",\"sourceId\":\"%s\",\"metric\":\"rpt.gpu.utilisation\",\"value\":%s,\"time\":\"%s\"}"
        .formatted(node, value, at);
  }

  @Test
  @DisplayName(
      "POOL-T12.21 utilisation is reported per day, week and month with source count, average, minimum and peak, and exports as CSV")
  void utilisationByPeriod() throws Exception {
    Http http = new Http(port);
    // Monday 5 and Tuesday 6 January 2026 (one ISO week), and Sunday 1 February.
    String body =
        "{\"samples\":["
            + String.join(
                ",",
                sample("rpt-n1", 0.2, "2026-01-05T01:00:00Z"),
                sample("rpt-n2", 0.4, "2026-01-05T23:59:59Z"),
                sample("rpt-n1", 0.9, "2026-01-06T00:00:00Z"),
                sample("rpt-n1", 0.5, "2026-02-01T12:00:00Z"))
            + "]}";
    assertThat(http.post("/api/v1/monitoring/samples", body).status()).isEqualTo(201);
    String filter = "&sourceType=NODE&metric=rpt.gpu.utilisation";

    JsonNode day = http.get("/api/v1/monitoring/reports/metrics?period=day" + filter).data();
    assertThat(day.path("columns").toString())
        .isEqualTo(
            "[\"period\",\"sourceType\",\"metric\",\"sources\",\"samples\",\"avg\",\"min\",\"max\"]");
    assertThat(day.path("rows").size()).isEqualTo(3);
    assertThat(row(day, 0)).isEqualTo("2026-01-05 NODE rpt.gpu.utilisation 2 2 0.3 0.2 0.4");
    assertThat(row(day, 1)).isEqualTo("2026-01-06 NODE rpt.gpu.utilisation 1 1 0.9 0.9 0.9");

    JsonNode week = http.get("/api/v1/monitoring/reports/metrics?period=week" + filter).data();
    assertThat(row(week, 0)).isEqualTo("2026-01-05 NODE rpt.gpu.utilisation 2 3 0.5 0.2 0.9");
    assertThat(row(week, 1)).startsWith("2026-01-26 ");

    JsonNode month =
        http.get(
                "/api/v1/monitoring/reports/metrics?period=month&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z"
                    + filter)
            .data();
    assertThat(month.path("rows").size()).isEqualTo(1);
    assertThat(row(month, 0)).isEqualTo("2026-01-01 NODE rpt.gpu.utilisation 2 3 0.5 0.2 0.9");

    Http.Answer csv =
        http.get("/api/v1/monitoring/reports/metrics?period=month&format=csv" + filter);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text().split("\r\n"))
        .containsExactly(
            "period,sourceType,metric,sources,samples,avg,min,max",
            "2026-01-01,NODE,rpt.gpu.utilisation,2,3,0.5,0.2,0.9",
            "2026-02-01,NODE,rpt.gpu.utilisation,1,1,0.5,0.5,0.5");
  }

  @Test
  @DisplayName(
      "POOL-T12.21 the alert report counts alerts by severity and lifecycle; the task report counts submitted jobs by status with their wait and columns coded for display (CMP-observe); bad parameters get a 400 naming the field")
  void alertAndTaskReports() throws Exception {
    Http http = new Http(port);
    String rule =
        """
        {"id":"rpt-fault","name":"node lost","severity":"WARNING","sourceType":"NODE",
         "sourceId":"rpt-n9","kind":"EVENT","eventKind":"NODE_LOST","resolveKind":"NODE_RECOVERED"}
        """;
    assertThat(http.post("/api/v1/monitoring/rules", rule).status()).isEqualTo(201);
    String event =
        "{\"sourceType\":\"NODE\",\"sourceId\":\"rpt-n9\",\"kind\":\"%s\",\"severity\":\"WARNING\",\"time\":\"%s\"}";
    http.post("/api/v1/monitoring/events", event.formatted("NODE_LOST", "2025-06-10T08:00:00Z"));
    http.post(
        "/api/v1/monitoring/events", event.formatted("NODE_RECOVERED", "2025-06-10T09:00:00Z"));
    http.post("/api/v1/monitoring/events", event.formatted("NODE_LOST", "2025-06-11T08:00:00Z"));
    JsonNode alerts =
        http.get(
                "/api/v1/monitoring/reports/alerts?period=month&sourceType=NODE&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z")
            .data();
    // The built-in node-lost rule (CRITICAL) judges the same events as rpt-fault (WARNING).
    assertThat(alerts.path("rows").size()).isEqualTo(2);
    assertThat(row(alerts, 0)).isEqualTo("2025-06-01 CRITICAL 2 1 0 0");
    assertThat(row(alerts, 1)).isEqualTo("2025-06-01 WARNING 2 1 0 0");

    java.time.Instant since = java.time.Instant.now().minusSeconds(1);
    for (int i = 0; i < 2; i++) {
      Http.Answer job =
          http.post(
              "/openapi/v1/trainjob",
              "{\"name\":\"rpt\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 1\","
                  + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"gpu-1x\",\"replicaNumber\":1}]}");
      assertThat(job.status()).as(job.text()).isEqualTo(201);
    }
    String tasksUrl =
        "/api/v1/monitoring/reports/tasks?period=week&from="
            + since
            + "&to="
            + since.plusSeconds(3600);
    await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () -> {
              JsonNode t = http.get(tasksUrl).data();
              long jobs = 0;
              boolean waited = false;
              for (JsonNode r : t.path("rows")) {
                jobs += r.get(2).asLong();
                waited |= r.get(3).isNumber() && r.get(3).asDouble() >= 0;
              }
              return jobs == 2 && waited;
            });
    JsonNode tasks = http.get(tasksUrl).data();
    assertThat(tasks.path("columns").toString())
        .isEqualTo("[\"period\",\"status\",\"jobs\",\"avgWaitSeconds\"]");
    // Issue 15: each header also comes as a display code the console translates.
    assertThat(tasks.path("columnCodes").toString())
        .isEqualTo(
            "[\"report.column.period\",\"report.column.status\",\"report.column.jobs\","
                + "\"report.column.avgWaitSeconds\"]");

    assertThat(
            http.get("/api/v1/monitoring/reports/metrics?period=year")
                .body()
                .path("errorMsg")
                .asText())
        .startsWith("period");
    assertThat(http.get("/api/v1/monitoring/reports/cost").body().path("errorMsg").asText())
        .startsWith("report");
    assertThat(
            http.get(
                    "/api/v1/monitoring/reports/alerts?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .body()
                .path("errorMsg")
                .asText())
        .startsWith("to");
  }

  private static String row(JsonNode table, int i) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode c : table.path("rows").get(i)) {
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(c.isNumber() ? trim(c.asDouble()) : c.asText());
    }
    return sb.toString();
  }

  private static String trim(double d) {
    double r = Math.round(d * 1e9) / 1e9;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }
}
