package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.core.monitoring.MetricSample;
import io.computility.core.monitoring.SourceType;
import io.computility.server.monitoring.alerts.AlertEngine;
import io.computility.server.monitoring.alerts.AlertRecord;
import io.computility.server.monitoring.alerts.AlertRuleStore;
import io.computility.server.monitoring.alerts.AlertStore;
import io.computility.server.monitoring.alerts.ForwardingStore;
import io.computility.server.monitoring.alerts.SilenceStore;
import io.computility.server.testsupport.MonitoringTestBase;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Alert rules, lifecycle, silences, forwarding, inbox and e-mail on a real server and SMTP. */
class MonitoringAlertsTest extends MonitoringTestBase {
  private static final Duration WAIT = Duration.ofSeconds(20);
  @LocalServerPort int port;

  private Http http() {
    return new Http(port);
  }

  private static String rule(String id, String sourceId, double threshold, String holdFor) {
    return """
        {"id":"%s","name":"GPU hot %s","severity":"CRITICAL","sourceType":"DEVICE",
         "sourceId":"%s","kind":"THRESHOLD","metric":"gpu.temperature","comparison":">=",
         "threshold":%s,"holdFor":"%s","notifyInApp":true,"emailTo":["ops@%s.example"]}
        """
        .formatted(id, id, sourceId, threshold, holdFor, id);
  }

  private void push(String sourceId, double value, Instant at) throws Exception {
    Http.Answer a =
        http()
            .post(
                "/api/v1/monitoring/samples",
                """
                {"samples":[{"sourceType":"DEVICE","sourceId":"%s","metric":"gpu.temperature",
                 "value":%s,"time":"%s","labels":{"vendor":"nvidia"}}]}
                """
                    .formatted(sourceId, value, at));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
  }

  private JsonNode alerts(String query) throws Exception {
    Http.Answer a = http().get("/api/v1/monitoring/alerts?" + query);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.data();
  }

  @Test
  @DisplayName(
      "POOL-T12.19 CMP-observe a threshold held for its duration fires, is e-mailed through a real SMTP server and lands in the in-app inbox with its display code; going back resolves it")
  void thresholdFiresMailsAndResolves() throws Exception {
    assertThat(http().post("/api/v1/monitoring/rules", rule("t1", "n1/gpu0", 90, "60s")).status())
        .isEqualTo(201);
    Instant now = Instant.now();
    // The first breach is 50s old, so the evaluation loop cannot fire it within the next 10s;
    // the sample (stamped 10s ahead) that completes the 60s does.
    push("n1/gpu0", 95, now.minusSeconds(50));
    push("n1/gpu0", 96, now.plusSeconds(10));
    assertThat(alerts("ruleId=t1").path("total").asLong())
        .as("breached for 60s, hold 60s")
        .isEqualTo(1);
    JsonNode alert = alerts("ruleId=t1&state=FIRING").path("items").get(0);
    assertThat(alert.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(alert.path("colour").asText()).isEqualTo("#d93025");
    assertThat(alert.path("value").asDouble()).isEqualTo(96);
    assertThat(alert.path("message").asText()).contains("gpu.temperature 96 >= 90 for 60s");
    long id = alert.path("id").asLong();
    assertThat(http().get("/api/v1/monitoring/alerts/" + id).data().path("sourceId").asText())
        .isEqualTo("n1/gpu0");

    await().atMost(WAIT).until(() -> mailTo("t1.example").size() == 1);
    MimeMessage mail = mailTo("t1.example").get(0);
    assertThat(mail.getSubject()).isEqualTo("[CRITICAL] FIRING GPU hot t1 on device n1/gpu0");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ops@t1.example");
    await().atMost(WAIT).until(() -> inboxFor(id).size() == 1);
    JsonNode note = inboxFor(id).get(0);
    assertThat(note.path("read").asBoolean()).isFalse();
    assertThat(note.path("code").asText()).isEqualTo("notification.alert.firing");
    assertThat(note.path("params").path("ruleId").asText()).isEqualTo("t1");
    assertThat(note.path("params").path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(note.path("params").path("sourceId").asText()).isEqualTo("n1/gpu0");
    assertThat(note.path("params").path("alertId").asLong()).isEqualTo(id);
    assertThat(
            http()
                .get("/api/v1/monitoring/notifications/unread-count")
                .data()
                .path("count")
                .asLong())
        .isPositive();
    assertThat(
            http()
                .post("/api/v1/monitoring/notifications/" + note.path("id").asLong() + "/read", "")
                .status())
        .isEqualTo(200);
    assertThat(inboxFor(id).get(0).path("read").asBoolean()).isTrue();

    push("n1/gpu0", 97, now.plusSeconds(20));
    assertThat(alerts("ruleId=t1").path("total").asLong()).as("still the same alert").isEqualTo(1);
    push("n1/gpu0", 40, now.plusSeconds(30));
    JsonNode resolved = http().get("/api/v1/monitoring/alerts/" + id).data();
    assertThat(resolved.path("state").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.path("resolveMessage").asText()).contains("no longer >= 90");
    await().atMost(WAIT).until(() -> mailTo("t1.example").size() == 2);
    assertThat(mailTo("t1.example").get(1).getSubject()).startsWith("[CRITICAL] RESOLVED");
    await().atMost(WAIT).until(() -> inboxFor(id).size() == 2);
    assertThat(inboxFor(id).get(0).path("code").asText()).isEqualTo("notification.alert.resolved");

    Http.Answer ack = http().post("/api/v1/monitoring/alerts/" + id + "/ack", "{\"by\":\"alice\"}");
    assertThat(ack.data().path("acknowledgedBy").asText()).isEqualTo("alice");
    assertThat(alerts("ruleId=t1&acknowledged=false").path("total").asLong()).isZero();
    assertThat(alerts("ruleId=t1&state=RESOLVED&severity=WARNING").path("total").asLong())
        .isEqualTo(1);
    assertThat(alerts("ruleId=t1&from=" + now.plusSeconds(120)).path("total").asLong()).isZero();
  }

  private List<JsonNode> inboxFor(long alertId) throws Exception {
    JsonNode items = http().get("/api/v1/monitoring/notifications?size=500").data().path("items");
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode n : items) if (n.path("alertId").asLong() == alertId) out.add(n);
    return out;
  }

  @Test
  @DisplayName(
      "POOL-T12.19 a breach shorter than its duration does not fire; the evaluation loop fires it once the duration passes without new samples")
  void evaluationLoopFiresAfterHold() throws Exception {
    assertThat(http().post("/api/v1/monitoring/rules", rule("t2", "n2/gpu0", 80, "3s")).status())
        .isEqualTo(201);
    Instant start = Instant.now();
    push("n2/gpu0", 85, start);
    if (Duration.between(start, Instant.now()).toMillis() < 2500) {
      assertThat(alerts("ruleId=t2").path("total").asLong()).isZero();
    }
    await().atMost(WAIT).until(() -> alerts("ruleId=t2&state=FIRING").path("total").asLong() == 1);
    assertThat(Duration.between(start, Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
  }

  @Test
  @DisplayName(
      "CMP-observe POOL-T12.19 an alert in a silence window is recorded but notifies nobody; deleting the silence notifies again")
  void silencedRuleDoesNotNotify() throws Exception {
    assertThat(http().post("/api/v1/monitoring/rules", rule("t3", "n3/gpu0", 70, "0s")).status())
        .isEqualTo(201);
    assertThat(http().post("/api/v1/monitoring/rules", rule("t3b", "n3/gpu1", 70, "0s")).status())
        .isEqualTo(201);
    Http.Answer silence =
        http()
            .post(
                "/api/v1/monitoring/silences",
                "{\"ruleId\":\"t3\",\"endsAt\":\"%s\",\"reason\":\"maintenance\""
                        .formatted(Instant.now().plusSeconds(3600))
                    + "}");
    assertThat(silence.status()).as(silence.text()).isEqualTo(201);
    push("n3/gpu0", 99, Instant.now());
    JsonNode alert = alerts("ruleId=t3").path("items").get(0);
    assertThat(alert.path("silenced").asBoolean()).isTrue();
    // Notices go out in order on one thread: once a later alert's mail arrives, the silenced
    // one would have arrived before it.
    push("n3/gpu1", 99, Instant.now());
    await().atMost(WAIT).until(() -> mailTo("t3b.example").size() == 1);
    assertThat(mailTo("t3.example")).isEmpty();
    assertThat(inboxFor(alert.path("id").asLong())).isEmpty();

    long silenceId = silence.data().path("id").asLong();
    assertThat(http().get("/api/v1/monitoring/silences").data().toString()).contains("maintenance");
    assertThat(http().delete("/api/v1/monitoring/silences/" + silenceId).status()).isEqualTo(200);
    push("n3/gpu0", 10, Instant.now());
    push("n3/gpu0", 99, Instant.now());
    await().atMost(WAIT).until(() -> mailTo("t3.example").size() == 1);
  }

  @Test
  @DisplayName(
      "POOL-T12.19 rules are enabled, disabled and edited; bad rules get a 400 naming the field and store nothing")
  void ruleEditing() throws Exception {
    Http.Answer bad =
        http()
            .post("/api/v1/monitoring/rules", rule("t4", "n4/gpu0", 90, "60s").replace(">=", "~"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().path("errorMsg").asText()).startsWith("comparison");
    bad =
        http()
            .post(
                "/api/v1/monitoring/rules",
                rule("t4", "n4/gpu0", 90, "60s").replace("ops@t4.example", "not an address"));
    assertThat(bad.body().path("errorMsg").asText()).startsWith("emailTo[0]");
    bad = http().post("/api/v1/monitoring/rules", rule("t4", "n4/gpu0", 90, "soon"));
    assertThat(bad.body().path("errorMsg").asText()).startsWith("holdFor");
    bad =
        http()
            .post(
                "/api/v1/monitoring/rules",
                rule("t4", "n4/gpu0", 90, "1s").replace("DEVICE", "TOASTER"));
    assertThat(bad.body().path("errorMsg").asText()).startsWith("sourceType");
    bad =
        http()
            .post(
                "/api/v1/monitoring/rules",
                rule("t4", "n4/gpu0", 90, "1s").replace("\"t4\"", "\"t/4\""));
    assertThat(bad.body().path("errorMsg").asText()).startsWith("id");
    assertThat(http().get("/api/v1/monitoring/rules/t4").status()).isEqualTo(404);

    assertThat(http().post("/api/v1/monitoring/rules", rule("t4", "n4/gpu0", 90, "0s")).status())
        .isEqualTo(201);
    assertThat(http().post("/api/v1/monitoring/rules", rule("t4", "n4/gpu0", 90, "0s")).status())
        .isEqualTo(409);
    assertThat(
            http()
                .post("/api/v1/monitoring/rules/t4/disable", "")
                .data()
                .path("enabled")
                .asBoolean())
        .isFalse();
    push("n4/gpu0", 95, Instant.now());
    assertThat(alerts("ruleId=t4").path("total").asLong()).as("disabled").isZero();
    assertThat(http().post("/api/v1/monitoring/rules/t4/enable", "").status()).isEqualTo(200);
    push("n4/gpu0", 95, Instant.now());
    assertThat(alerts("ruleId=t4&state=FIRING").path("total").asLong()).isEqualTo(1);

    Http.Answer edited = http().put("/api/v1/monitoring/rules/t4", rule("t4", "n4/gpu0", 99, "0s"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.data().path("threshold").asDouble()).isEqualTo(99);
    assertThat(alerts("ruleId=t4&state=FIRING").path("total").asLong())
        .as("an edit closes the old rule's alerts")
        .isZero();
    push("n4/gpu0", 95, Instant.now());
    assertThat(alerts("ruleId=t4&state=FIRING").path("total").asLong()).isZero();
    push("n4/gpu0", 99.5, Instant.now());
    assertThat(alerts("ruleId=t4&state=FIRING").path("total").asLong()).isEqualTo(1);
    assertThat(http().delete("/api/v1/monitoring/rules/t4").status()).isEqualTo(200);
    assertThat(http().get("/api/v1/monitoring/rules/t4").status()).isEqualTo(404);
  }

  @Test
  @DisplayName(
      "POOL-11 CMP-observe a pushed device fault fires a critical alert, forwarded by policy; the recovery event resolves it")
  void deviceFaultEventAndForwarding() throws Exception {
    String rule =
        """
        {"id":"t5","name":"device fault","severity":"CRITICAL","sourceType":"DEVICE",
         "kind":"EVENT","eventKind":"DEVICE_FAULT","resolveKind":"DEVICE_RECOVERED",
         "labels":{"pool":"p5"},"notifyInApp":false}
        """;
    assertThat(http().post("/api/v1/monitoring/rules", rule).status()).isEqualTo(201);
    Http.Answer fwd =
        http()
            .post(
                "/api/v1/monitoring/forwarding",
                "{\"name\":\"on-call\",\"minSeverity\":\"CRITICAL\",\"sourceType\":\"DEVICE\",\"emailTo\":[\"pager@t5.example\"]}");
    assertThat(fwd.status()).as(fwd.text()).isEqualTo(201);
    Http.Answer badEvent =
        http()
            .post(
                "/api/v1/monitoring/events",
                "{\"sourceType\":\"DEVICE\",\"sourceId\":\"x\",\"kind\":\"DEVICE_FAULT\",\"severity\":\"DOOM\"}");
    assertThat(badEvent.status()).isEqualTo(400);
    assertThat(badEvent.body().path("errorMsg").asText()).startsWith("severity");

    String fault =
        "{\"sourceType\":\"DEVICE\",\"sourceId\":\"n5/gpu3\",\"kind\":\"%s\",\"severity\":\"CRITICAL\",\"message\":\"XID 79\",\"labels\":{\"pool\":\"p5\"}}";
    try {
      assertThat(http().post("/api/v1/monitoring/events", fault.formatted("DEVICE_FAULT")).status())
          .isEqualTo(201);
      JsonNode alert = alerts("ruleId=t5&state=FIRING").path("items").get(0);
      assertThat(alert.path("message").asText()).isEqualTo("DEVICE_FAULT: XID 79");
      // Forwarded twice: for t5 and for the built-in device-fault rule, both CRITICAL.
      await().atMost(WAIT).until(() -> mailTo("t5.example").size() == 2);
      assertThat(mailTo("t5.example").stream().map(MonitoringAlertsTest::subject))
          .containsExactlyInAnyOrder(
              "[CRITICAL] FIRING device fault on device n5/gpu3",
              "[CRITICAL] FIRING Device fault on device n5/gpu3");
      assertThat(
              http()
                  .post("/api/v1/monitoring/events", fault.formatted("DEVICE_RECOVERED"))
                  .status())
          .isEqualTo(201);
      assertThat(alerts("ruleId=t5&state=RESOLVED").path("total").asLong()).isEqualTo(1);
      assertThat(
              alerts("ruleId=device-fault&sourceId=n5/gpu3&state=RESOLVED").path("total").asLong())
          .isEqualTo(1);
      assertThat(inboxFor(alert.path("id").asLong())).as("notifyInApp false").isEmpty();
    } finally {
      http().delete("/api/v1/monitoring/forwarding/" + fwd.data().path("id").asLong());
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "POOL-11 CMP-observe built-in rules: a center going offline or a pushed node loss raises a critical alert in the unified inbox with no configuration; recovery resolves it")
  void builtInRules() throws Exception {
    sim("gamma").goOffline();
    long id;
    try {
      await()
          .atMost(WAIT)
          .until(
              () ->
                  alerts("ruleId=center-lost&sourceId=gamma&state=FIRING").path("total").asLong()
                      == 1);
      id =
          alerts("ruleId=center-lost&sourceId=gamma&state=FIRING")
              .path("items")
              .get(0)
              .path("id")
              .asLong();
      await().atMost(WAIT).until(() -> inboxFor(id).size() == 1);
      assertThat(inboxFor(id).get(0).path("title").asText())
          .isEqualTo("[CRITICAL] FIRING Center unreachable on center gamma");
    } finally {
      sim("gamma").goOnline();
    }
    await()
        .atMost(WAIT)
        .until(
            () ->
                http()
                    .get("/api/v1/monitoring/alerts/" + id)
                    .data()
                    .path("state")
                    .asText()
                    .equals("RESOLVED"));

    String lost =
        "{\"sourceType\":\"NODE\",\"sourceId\":\"n8\",\"kind\":\"%s\",\"severity\":\"CRITICAL\"}";
    http().post("/api/v1/monitoring/events", lost.formatted("NODE_LOST"));
    assertThat(alerts("ruleId=node-lost&sourceId=n8&state=FIRING").path("total").asLong())
        .isEqualTo(1);
    http().post("/api/v1/monitoring/events", lost.formatted("NODE_RECOVERED"));
    assertThat(alerts("ruleId=node-lost&sourceId=n8&state=RESOLVED").path("total").asLong())
        .isEqualTo(1);
  }

  @Autowired AlertRuleStore ruleStore;
  @Autowired AlertStore alertStore;
  @Autowired SilenceStore silenceStore;
  @Autowired ForwardingStore forwardingStore;

  @Test
  @DisplayName(
      "POOL-T12.19 POOL-11 an alert opened before a restart is resolved by the restarted server's engine")
  void openAlertsSurviveRestart() throws Exception {
    assertThat(http().post("/api/v1/monitoring/rules", rule("t7", "n7/gpu0", 90, "0s")).status())
        .isEqualTo(201);
    push("n7/gpu0", 95, Instant.now());
    long id = alerts("ruleId=t7&state=FIRING").path("items").get(0).path("id").asLong();
    AlertEngine restarted =
        new AlertEngine(
            ruleStore, alertStore, silenceStore, forwardingStore, List.of(), Clock.systemUTC());
    assertThat(alertStore.find(id).orElseThrow().state()).isEqualTo(AlertRecord.State.FIRING);
    // The first sample the new engine sees is already below: only the open alert read back
    // from the database tells it that there is something to resolve.
    restarted.onSample(
        new MetricSample(
            SourceType.DEVICE, "n7/gpu0", "gpu.temperature", 20, Instant.now(), Map.of()));
    assertThat(alertStore.find(id).orElseThrow().state()).isEqualTo(AlertRecord.State.RESOLVED);
    assertThat(alerts("ruleId=t7").path("total").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "CMP-observe POOL-11 the federation's center monitor is a live source: center utilisation samples reach rules and reports")
  void centerMonitorIsASource() throws Exception {
    String rule =
        """
        {"id":"t6","name":"center busy","severity":"WARNING","sourceType":"CENTER",
         "kind":"THRESHOLD","metric":"center.utilisation","comparison":"GE","threshold":0,
         "holdFor":"0s"}
        """;
    assertThat(http().post("/api/v1/monitoring/rules", rule).status()).isEqualTo(201);
    await()
        .atMost(WAIT)
        .until(() -> alerts("ruleId=t6&sourceType=CENTER").path("total").asLong() >= 2);
    JsonNode report =
        http()
            .get("/api/v1/monitoring/reports/metrics?sourceType=CENTER&metric=center.cpu.total")
            .data();
    assertThat(report.path("rows").size()).isPositive();
    assertThat(report.path("rows").get(0).get(3).asLong()).as("sources").isGreaterThanOrEqualTo(2);
    assertThat(http().delete("/api/v1/monitoring/rules/t6").status()).isEqualTo(200);
  }
}
