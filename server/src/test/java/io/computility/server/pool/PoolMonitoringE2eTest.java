package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Seed §12.19 and §12.21 on one controller and one compute node (a real agent process with two fake
 * NVIDIA cards): the pool's faults and utilisation reach monitoring, alert rules notify in the
 * inbox and by e-mail through a real SMTP server (GreenMail in the test JVM), and reports show
 * resources, scheduling and operations.
 */
class PoolMonitoringE2eTest extends PoolE2eBase {
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static final Duration WAIT = Duration.ofSeconds(30);
  private AgentProcess agent;

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void monitoringProperties(DynamicPropertyRegistry r) {
    r.add("spring.mail.host", () -> "127.0.0.1");
    r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    r.add("computility.monitoring.evaluate-every", () -> "200ms");
    r.add("computility.pool.samples-every", () -> "300ms");
  }

  @AfterAll
  void stopSmtp() {
    SMTP.stop();
  }

  @BeforeAll
  void agents() throws Exception {
    agent = startAgent("mon-a", cards(true));
  }

  /** Cards mon-gpu-a-0 (index 0) and mon-gpu-b-0 (index 1, healthy or faulty). */
  private static String cards(boolean secondHealthy) {
    return "cards:\n"
        + AgentProcess.card("nvidia", "A100", 40960, 1, "mon-gpu-a")
        + AgentProcess.card("nvidia", "A100", 40960, 1, "mon-gpu-b")
        + "    healthy: "
        + secondHealthy
        + "\n";
  }

  private static List<MimeMessage> mailTo(String domain) {
    List<MimeMessage> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      try {
        boolean match =
            Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().endsWith("@" + domain));
        if (match && !ids.contains(m.getMessageID())) {
          ids.add(m.getMessageID());
          out.add(m);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  private JsonNode alerts(String query) throws Exception {
    return ok("GET", "/api/v1/monitoring/alerts?" + query, null).path("items");
  }

  @Test
  @DisplayName(
      "POOL-T12.19 POOL-11 a card fault and a utilisation threshold on a real node fire alerts that are filtered, detailed, delivered to the inbox and by e-mail; rules are disabled, edited and enabled; a silent node alerts")
  void alerts() throws Exception {
    ok(
        "POST",
        "/api/v1/monitoring/rules",
        Map.of(
            "id", "pool-card-fault",
            "name", "pool card fault",
            "severity", "CRITICAL",
            "sourceType", "DEVICE",
            "labels", Map.of("node", "mon-a"),
            "kind", "EVENT",
            "eventKind", "DEVICE_FAULT",
            "resolveKind", "DEVICE_RECOVERED",
            "notifyInApp", true,
            "emailTo", List.of("ops@pool19.example")));
    ok(
        "POST",
        "/api/v1/monitoring/rules",
        JSON.readTree(
            """
            {"id":"pool-card-busy","name":"pool card busy","severity":"WARNING",
             "sourceType":"DEVICE","labels":{"node":"mon-a"},"kind":"THRESHOLD",
             "metric":"gpu.utilisation","comparison":">=","threshold":0.3,"holdFor":"500ms",
             "emailTo":["busy@pool19.example"]}
            """));

    // Threshold: a real task working 40 % of a card drives the card's reported utilisation up.
    JsonNode task =
        awaitState(
            submit(
                    Map.of(
                        "computePercent",
                        40,
                        "memoryMb",
                        64,
                        "node",
                        "mon-a",
                        "command",
                        AgentProcess.workload(16, 60)))
                .path("id")
                .asText(),
            "RUNNING");
    String busyCard = "mon-a/" + task.path("slots").get(0).path("index").asText();
    await().atMost(WAIT).until(() -> mailTo("pool19.example").size() >= 1);
    MimeMessage busy = mailTo("pool19.example").get(0);
    assertThat(busy.getSubject()).contains("FIRING").contains("pool card busy").contains(busyCard);
    JsonNode firing = alerts("ruleId=pool-card-busy&state=FIRING");
    assertThat(firing.size()).isEqualTo(1);
    assertThat(firing.get(0).path("sourceId").asText()).isEqualTo(busyCard);
    assertThat(firing.get(0).path("value").asDouble()).isGreaterThanOrEqualTo(0.3);
    ok("POST", "/api/v1/pool/tasks/" + task.path("id").asText() + "/stop", null);
    await().atMost(WAIT).until(() -> alerts("ruleId=pool-card-busy&state=RESOLVED").size() == 1);

    // Fault: the agent reports its second card unhealthy.
    agent.cards(cards(false));
    await().atMost(WAIT).until(() -> alerts("ruleId=pool-card-fault&state=FIRING").size() == 1);
    JsonNode fault = alerts("ruleId=pool-card-fault&state=FIRING&sourceType=DEVICE").get(0);
    assertThat(fault.path("severity").asText()).isEqualTo("CRITICAL");
    JsonNode detail = ok("GET", "/api/v1/monitoring/alerts/" + fault.path("id").asText(), null);
    assertThat(detail.path("message").asText()).contains("mon-gpu-b-0").contains("unhealthy");
    assertThat(
            alerts(
                    "ruleId=pool-card-fault&severity=CRITICAL&sourceId="
                        + fault.path("sourceId").asText())
                .size())
        .isEqualTo(1);
    assertThat(alerts("ruleId=pool-card-fault&state=RESOLVED").size()).isZero();
    await()
        .atMost(WAIT)
        .until(
            () ->
                mailTo("pool19.example").stream()
                    .anyMatch(
                        m ->
                            subject(m).contains("FIRING")
                                && subject(m).contains("pool card fault")));
    assertThat(
            mailTo("pool19.example").stream()
                .filter(m -> subject(m).contains("pool card fault"))
                .findFirst()
                .orElseThrow()
                .getAllRecipients()[0]
                .toString())
        .isEqualTo("ops@pool19.example");
    JsonNode inbox = ok("GET", "/api/v1/monitoring/notifications?unread=true&size=100", null);
    assertThat(inbox.toString()).contains("pool card fault");

    // Disable resolves the open alert; edit (new severity and recipient); enable again.
    ok("POST", "/api/v1/monitoring/rules/pool-card-fault/disable", null);
    await().atMost(WAIT).until(() -> alerts("ruleId=pool-card-fault&state=RESOLVED").size() == 1);
    assertThat(
            ok("GET", "/api/v1/monitoring/rules/pool-card-fault", null).path("enabled").asBoolean())
        .isFalse();
    JsonNode edited = ok("GET", "/api/v1/monitoring/rules/pool-card-fault", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = JSON.convertValue(edited, Map.class);
    body.put("severity", "WARNING");
    body.put("emailTo", List.of("oncall@pool19b.example"));
    body.put("enabled", true);
    ok("PUT", "/api/v1/monitoring/rules/pool-card-fault", body);
    assertThat(
            ok("GET", "/api/v1/monitoring/rules/pool-card-fault", null).path("severity").asText())
        .isEqualTo("WARNING");
    ok("POST", "/api/v1/monitoring/rules/pool-card-fault/enable", null);
    // The card recovers and faults again: the edited rule fires and mails its new recipient.
    agent.cards(cards(true));
    await()
        .atMost(WAIT)
        .until(
            () ->
                ok("GET", "/api/v1/monitoring/logs?text=DEVICE_RECOVERED&sourceType=DEVICE", null)
                    .toString()
                    .contains("mon-gpu-b-0"));
    agent.cards(cards(false));
    await().atMost(WAIT).until(() -> mailTo("pool19b.example").size() >= 1);
    assertThat(subject(mailTo("pool19b.example").get(0))).startsWith("[WARNING] FIRING");
    agent.cards(cards(true));
    await().atMost(WAIT).until(() -> alerts("ruleId=pool-card-fault&state=FIRING").size() == 0);

    // A node whose agent dies (SIGKILL, no goodbye) is reported lost by the built-in rule.
    AgentProcess doomed =
        startAgent("mon-b", AgentProcess.cards("nvidia", "A100", 40960, 1, "mon-b-gpu"));
    doomed.process.destroyForcibly();
    await()
        .atMost(WAIT)
        .until(() -> alerts("ruleId=node-lost&state=FIRING&sourceId=mon-b").size() == 1);
    assertThat(ok("GET", "/api/v1/monitoring/notifications?size=100", null).toString())
        .contains("mon-b");
    call("DELETE", "/api/v1/pool/nodes/mon-b", null);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "POOL-T12.21 statistics of a real node: card and node utilisation (resources), pool tasks per state with waits (scheduling), alerts per severity (operations)")
  void reports() throws Exception {
    String id =
        submit(
                Map.of(
                    "computePercent",
                    50,
                    "memoryMb",
                    64,
                    "node",
                    "mon-a",
                    "command",
                    AgentProcess.workload(16, 2)))
            .path("id")
            .asText();
    awaitState(id, "SUCCEEDED");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    await()
        .atMost(WAIT)
        .until(
            () -> {
              JsonNode r =
                  ok(
                      "GET",
                      "/api/v1/monitoring/reports/metrics?period=day&sourceType=DEVICE&metric=pool.vgpu.allocated_percent",
                      null);
              return r.path("rows").size() == 1 && r.path("rows").get(0).get(7).asDouble() >= 50;
            });
    JsonNode util =
        ok(
            "GET",
            "/api/v1/monitoring/reports/metrics?period=day&sourceType=DEVICE&metric=gpu.utilisation",
            null);
    JsonNode row = util.path("rows").get(0);
    assertThat(row.get(0).asText()).isEqualTo(today);
    assertThat(row.get(3).asInt()).as("cards reporting").isGreaterThanOrEqualTo(2);
    assertThat(row.get(7).asDouble()).as("peak utilisation").isGreaterThan(0);
    JsonNode node =
        ok(
            "GET",
            "/api/v1/monitoring/reports/metrics?period=week&sourceType=NODE&metric=node.running_tasks",
            null);
    assertThat(node.path("rows").get(0).get(7).asDouble()).isGreaterThanOrEqualTo(1);

    JsonNode tasks = ok("GET", "/api/v1/monitoring/reports/pool-tasks?period=day", null);
    assertThat(tasks.path("columns").toString())
        .isEqualTo("[\"period\",\"state\",\"tasks\",\"avgWaitSeconds\"]");
    JsonNode succeeded = null;
    for (JsonNode r : tasks.path("rows")) {
      if (r.get(1).asText().equals("SUCCEEDED")) succeeded = r;
    }
    assertThat(succeeded).isNotNull();
    assertThat(succeeded.get(2).asInt()).isGreaterThanOrEqualTo(1);
    assertThat(succeeded.get(3).asDouble()).isGreaterThanOrEqualTo(0).isLessThan(60);

    // Operations: a card fault fires the built-in device-fault rule; the alerts report counts it.
    agent.cards(cards(false));
    await()
        .atMost(WAIT)
        .until(
            () -> {
              for (JsonNode r :
                  ok("GET", "/api/v1/monitoring/reports/alerts?period=month", null).path("rows")) {
                if (r.get(1).asText().equals("CRITICAL") && r.get(2).asInt() >= 1) return true;
              }
              return false;
            });
    agent.cards(cards(true));
  }
}
