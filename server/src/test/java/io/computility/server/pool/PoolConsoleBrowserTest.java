package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.console.Browser;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The pool and monitoring pages of the console in a real headless Chromium, against the whole
 * server and one real agent process with two fake cards, shared by the tests of this class: what a
 * user does in the GUI (the seed's "view in the GUI" steps), checked against the REST API.
 */
class PoolConsoleBrowserTest extends PoolBrowserTestBase {
  static final String NODE = "ui-a";
  static final String CARD0 = "ui-gpu-0";
  static final String CARD1 = "ui-gpu-1";

  @BeforeAll
  void startAgentAndBrowser() throws Exception {
    startAgent(NODE, AgentProcess.cards("nvidia", "A800", 81920, 2, "ui-gpu"));
    openBrowserAsAdmin();
  }

  @Test
  @DisplayName(
      "POOL-T12.17 console: the nodes page shows the agent's node online with its agent version"
          + " and cards; disabling and enabling it there changes the node in the API")
  void nodesPage() throws Exception {
    JsonNode node = ok("GET", "/api/v1/pool/nodes/" + NODE, null);
    browser.open("/pool/nodes");
    browser.until(d -> "online".equals(status("node-status-" + NODE)));
    assertThat(browser.find("node-version-" + NODE).getText())
        .isEqualTo(node.path("version").asText())
        .isNotBlank();
    // Details: expanding the row lists the node's cards.
    browser
        .find("node-" + NODE)
        .findElement(By.xpath("ancestor::tr"))
        .findElement(By.cssSelector(".el-table__expand-icon"))
        .click();
    browser.untilText("node-devices-" + NODE, CARD1);
    assertThat(browser.find("node-devices-" + NODE).getText()).contains(CARD0, "A800", "80 GiB");
    browser.screenshot("pool-nodes");

    browser.find("node-enabled-" + NODE).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> !nodeEnabled());
    browser.until(d -> "disabled".equals(status("node-status-" + NODE)));
    browser.find("node-enabled-" + NODE).click();
    await().atMost(Duration.ofSeconds(10)).until(this::nodeEnabled);
    browser.until(d -> "online".equals(status("node-status-" + NODE)));
  }

  @Test
  @DisplayName(
      "POOL-T12.16 POOL-T12.15 console: on the devices page turn a card's virtualisation off and"
          + " on and disable/enable a card (the API follows); a physical and a virtual card both"
          + " show as used while tasks run on them")
  void devicesPage() throws Exception {
    browser.open("/pool/devices");
    WebElement virtual = browser.find("device-virtual-" + CARD1);
    assertThat(virtual.getAttribute("data-mode")).isEqualTo("virtual");
    virtual.click();
    await().atMost(Duration.ofSeconds(10)).until(() -> mode(CARD1).equals("physical"));
    browser.until(
        d -> "physical".equals(browser.find("device-virtual-" + CARD1).getAttribute("data-mode")));
    browser.find("device-virtual-" + CARD1).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> mode(CARD1).equals("virtual"));

    browser.find("device-enabled-" + CARD1).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> !device(CARD1).path("enabled").asBoolean());
    browser.until(d -> "disabled".equals(status("device-status-" + CARD1)));
    browser.screenshot("pool-device-disabled");
    browser.find("device-enabled-" + CARD1).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> device(CARD1).path("enabled").asBoolean());

    // Dual pools: card 1 physical (switched here), card 0 virtual; a task on each.
    browser.find("device-virtual-" + CARD1).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> mode(CARD1).equals("physical"));
    String whole =
        submit(Map.of("name", "ui-whole", "physical", true, "command", List.of("sleep", "60")))
            .path("id")
            .asText();
    String slice =
        submit(
                Map.of(
                    "name",
                    "ui-slice",
                    "computePercent",
                    20,
                    "memoryMb",
                    1024,
                    "card",
                    CARD0,
                    "command",
                    List.of("sleep", "60")))
            .path("id")
            .asText();
    assertThat(cards(awaitState(whole, "RUNNING"))).containsExactly(CARD1);
    assertThat(cards(awaitState(slice, "RUNNING"))).containsExactly(CARD0);
    browser.until(Duration.ofSeconds(15), d -> "used".equals(status("device-status-" + CARD1)));
    browser.until(Duration.ofSeconds(15), d -> "used".equals(status("device-status-" + CARD0)));
    browser.screenshot("pool-devices-dual-pool");

    ok("POST", "/api/v1/pool/tasks/" + whole + "/stop", null);
    ok("POST", "/api/v1/pool/tasks/" + slice + "/stop", null);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                call("PATCH", "/api/v1/pool/devices/" + CARD1, Map.of("mode", "virtual")).status()
                    == 200);
  }

  @Test
  @DisplayName(
      "POOL-T12.1 POOL-T12.2 console: submit a pool task through the form (a bad compute % shows"
          + " the server's error under the field, nothing stored), see it run on its card with the"
          + " slice it was given and its log, resize it, stop it")
  void submitTaskThroughTheForm() throws Exception {
    int before = ok("GET", "/api/v1/pool/tasks", null).size();
    browser.open("/pool/tasks/new");
    type("pool-name", "ui-form-task");
    type("pool-compute", "0");
    type("pool-memory", "512");
    browser.pick("pool-pin-card", CARD0);
    type("pool-command", "echo console-task-started; sleep 60");
    browser.find("pool-submit-button").click();
    assertThat(browser.fieldErrorOf("pool-compute")).isNotBlank();
    assertThat(browser.find("form-error").getText()).isNotBlank();
    assertThat(ok("GET", "/api/v1/pool/tasks", null).size()).isEqualTo(before);
    browser.screenshot("pool-submit-field-error");

    type("pool-compute", "30");
    browser.find("pool-submit-button").click();
    browser.until(d -> d.getCurrentUrl().matches(".*/pool/tasks/pt-.*"));
    String id = browser.driver.getCurrentUrl().replaceAll(".*/pool/tasks/", "");
    JsonNode running = awaitState(id, "RUNNING");
    assertThat(running.path("computePercent").asInt()).isEqualTo(30);
    assertThat(cards(running)).containsExactly(CARD0);
    browser.until(
        d -> "RUNNING".equals(browser.find("pool-task-state").getAttribute("data-state")));
    browser.find("slot-card-" + CARD0);
    assertThat(browser.find("pool-task-slots").getText()).contains("30", "512");
    browser.untilText("pool-task-log", "console-task-started");
    browser.screenshot("pool-task-running");

    type("resize-compute", "45");
    type("resize-memory", "768");
    browser.find("resize-apply").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> task(id).path("computePercent").asInt() == 45);
    browser.untilText("pool-task-slots", "45");

    browser.find("pool-stop").click();
    awaitState(id, "STOPPED");
    browser.until(
        d -> "STOPPED".equals(browser.find("pool-task-state").getAttribute("data-state")));

    // The list finds it by its state filter.
    browser.open("/pool/tasks");
    browser.until(
        d ->
            "STOPPED"
                .equals(browser.find("pool-task-state-ui-form-task").getAttribute("data-state")));
  }

  @Test
  @DisplayName(
      "POOL-T12.18 console: pool logs filtered by text and time, the export holds the filtered"
          + " lines; platform logs filtered by level")
  void logsPages() throws Exception {
    String id =
        submit(
                Map.of(
                    "name",
                    "ui-logger",
                    "computePercent",
                    10,
                    "memoryMb",
                    256,
                    "command",
                    List.of("sh", "-c", "echo ui-log-marker-one; echo other-line; sleep 30")))
            .path("id")
            .asText();
    awaitLog(id, "ui-log-marker-one");
    browser.open("/pool/logs");
    type("log-contains", "ui-log-marker");
    browser.find("log-search").click();
    // the unfiltered list may still show until the search answers: wait for the filtered one
    browser.until(
        d -> {
          String shown = browser.find("log-table").getText();
          return shown.contains("ui-log-marker-one") && !shown.contains("other-line");
        });
    assertThat(browser.find("log-table").getText()).contains(id);
    browser.screenshot("pool-logs");
    String export = browser.find("log-export").getAttribute("href");
    assertThat(export).contains("contains=ui-log-marker").contains("format=text");
    String text = get(export);
    assertThat(text).contains("ui-log-marker-one").doesNotContain("other-line");

    // A time window that ends before the task started finds none of its lines.
    String until =
        java.time.Instant.parse(task(id).path("submittedAt").asText())
            .minusSeconds(3600)
            .toString();
    assertThat(
            get(
                controller()
                    + "/api/v1/pool/logs?format=text&contains=ui-log-marker&until="
                    + until))
        .doesNotContain("ui-log-marker-one");
    WebElement range = browser.find("log-range");
    List<WebElement> inputs = range.findElements(By.cssSelector("input"));
    inputs.get(0).click();
    inputs.get(0).sendKeys("2000-01-01 00:00:00", Keys.ENTER);
    inputs.get(1).click();
    inputs.get(1).sendKeys("2000-01-02 00:00:00", Keys.ENTER);
    browser.find("log-search").click();
    browser.until(d -> !browser.find("log-table").getText().contains("ui-log-marker-one"));

    // Platform logs: lines pushed at two levels; the level filter keeps one.
    ok(
        "POST",
        "/api/v1/monitoring/logs",
        Map.of(
            "lines",
            List.of(
                Map.of(
                    "sourceType",
                    "NODE",
                    "sourceId",
                    NODE,
                    "level",
                    "ERROR",
                    "message",
                    "ui-plog-error"),
                Map.of(
                    "sourceType",
                    "NODE",
                    "sourceId",
                    NODE,
                    "level",
                    "INFO",
                    "message",
                    "ui-plog-info"))));
    browser.open("/monitoring/logs");
    type("plog-text", "ui-plog");
    browser.pick("plog-level", "ERROR");
    browser.find("plog-search").click();
    browser.until(
        d ->
            browser.bodyText().contains("ui-plog-error")
                && !browser.bodyText().contains("ui-plog-info"));
    browser.screenshot("platform-logs");
    assertThat(get(browser.find("plog-export").getAttribute("href")))
        .contains("ui-plog-error")
        .doesNotContain("ui-plog-info");
  }

  @Test
  @DisplayName(
      "POOL-T12.19 console: create an alert rule through the form (listed, in the API), disable"
          + " and enable it, edit it; its alert shows in its severity colour, is found by the level"
          + " filter, acknowledged there, and counted in the header's inbox")
  void alertRulesAndAlerts() throws Exception {
    browser.open("/monitoring/rules");
    browser.find("rule-create").click();
    type("rule-id", "ui-fault");
    type("rule-name", "Card fault (console)");
    browser.pick("rule-severity", "Critical");
    browser.driver.findElement(By.xpath("//span[normalize-space()='Event']")).click();
    // an event kind of its own: typed into the picker (allow-create), taken with Enter
    browser.find("rule-event-kind").click();
    WebElement kind = browser.driver.switchTo().activeElement();
    kind.sendKeys("UI_FAULT");
    browser.until(
        d ->
            d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .anyMatch(o -> o.isDisplayed() && o.getText().trim().equals("UI_FAULT")));
    kind.sendKeys(Keys.ENTER);
    browser.untilText("rule-event-kind", "UI_FAULT");
    browser.find("rule-save").click();
    browser.find("rule-ui-fault");
    JsonNode rule = ok("GET", "/api/v1/monitoring/rules/ui-fault", null);
    assertThat(rule.path("kind").asText()).isEqualTo("EVENT");
    assertThat(rule.path("eventKind").asText()).isEqualTo("UI_FAULT");
    assertThat(rule.path("severity").asText()).isEqualTo("CRITICAL");
    browser.screenshot("alert-rules");

    browser.find("rule-enabled-ui-fault").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !ok("GET", "/api/v1/monitoring/rules/ui-fault", null).path("enabled").asBoolean());
    browser.find("rule-enabled-ui-fault").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> ok("GET", "/api/v1/monitoring/rules/ui-fault", null).path("enabled").asBoolean());

    browser.find("rule-edit-ui-fault").click();
    type("rule-name", "Card fault (edited)");
    browser.find("rule-save").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                ok("GET", "/api/v1/monitoring/rules/ui-fault", null)
                    .path("name")
                    .asText()
                    .equals("Card fault (edited)"));

    ok(
        "POST",
        "/api/v1/monitoring/events",
        Map.of(
            "sourceType",
            "DEVICE",
            "sourceId",
            CARD0,
            "kind",
            "UI_FAULT",
            "severity",
            "CRITICAL",
            "message",
            "ui card fault"));
    JsonNode alert =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> ok("GET", "/api/v1/monitoring/alerts?ruleId=ui-fault", null).path("items"),
                a -> a.size() > 0)
            .get(0);
    long alertId = alert.path("id").asLong();
    browser.open("/monitoring/alerts");
    browser.pick("alert-severity", "Critical");
    WebElement sev = browser.find("alert-sev-" + alertId);
    assertThat(sev.getText()).isEqualTo("Critical");
    assertThat(sev.getCssValue("color")).isEqualTo(rgb(alert.path("colour").asText()));
    // The header shows the inbox's unread count (the rule notifies in-app by default).
    browser.until(
        Duration.ofSeconds(15),
        d ->
            !browser.find("inbox-unread").findElements(By.cssSelector("sup")).isEmpty()
                && browser.find("inbox-unread").findElement(By.cssSelector("sup")).isDisplayed());
    browser.screenshot("alerts");
    browser.find("alert-ack-" + alertId).click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                !ok("GET", "/api/v1/monitoring/alerts/" + alertId, null)
                    .path("acknowledgedAt")
                    .isNull());
  }

  @Test
  @DisplayName(
      "POOL-T12.21 console: the statistics report page shows each report as a chart and a table"
          + " with the API's columns, and its CSV download is the same report")
  void reportsPage() throws Exception {
    browser.open("/monitoring/reports");
    for (String report : List.of("metrics", "alerts", "tasks")) {
      browser.find("report-" + report).click();
      JsonNode table = ok("GET", "/api/v1/monitoring/reports/" + report + "?period=DAY", null);
      // one column per column of the API's report (their names are said in the UI language)
      browser.until(
          d ->
              browser.find("report-table").findElements(By.cssSelector("thead th")).size()
                  == table.path("columns").size());
      assertThat(browser.all("[data-test='report-chart'] canvas")).isNotEmpty();
      String csv = get(browser.find("report-csv").getAttribute("href"));
      List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
      assertThat(header).hasSize(table.path("columns").size());
      browser.screenshot("report-" + report);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  String status(String dataTest) {
    List<WebElement> e = browser.driver.findElements(Browser.testId(dataTest));
    return e.isEmpty() ? null : e.get(0).getAttribute("data-status");
  }

  boolean nodeEnabled() throws Exception {
    return ok("GET", "/api/v1/pool/nodes/" + NODE, null).path("enabled").asBoolean();
  }

  String mode(String uuid) throws Exception {
    return device(uuid).path("mode").asText();
  }

  String get(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", TestAuth.bearer(token()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }

  @Test
  @DisplayName(
      "POOL-T12.23 POOL-T12.3 console: Migrate on a running task opens a node chooser and shows"
          + " the server's refusal (this node has no usable checkpointer or no target) as the API"
          + " gives it, the task running on; the submit form's remote option sends runOn and shows"
          + " the server's runOn errors under the field, nothing stored")
  void migrateActionAndRemoteForm() throws Exception {
    JsonNode t =
        submit(
            Map.of(
                "name",
                "ui-migrate-task",
                "computePercent",
                20,
                "memoryMb",
                256,
                "card",
                CARD1,
                "command",
                List.of("sh", "-c", "sleep 60")));
    String id = t.path("id").asText();
    awaitState(id, "RUNNING");
    browser.open("/pool/tasks/" + id);
    browser.until(
        d -> "RUNNING".equals(browser.find("pool-task-state").getAttribute("data-state")));
    browser.find("pool-migrate").click();
    browser.find("migrate-target");
    browser.find("migrate-confirm").click();
    WebElement shown = browser.untilText("migrate-dialog", "checkpointer");
    Answer refused = call("POST", "/api/v1/pool/tasks/" + id + "/migrate", Map.of());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(shown.getText()).contains(refused.body().path("errorMsg").asText());
    browser.screenshot("pool-migrate-refused");
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    ok("POST", "/api/v1/pool/tasks/" + id + "/stop", null);

    int before = ok("GET", "/api/v1/pool/tasks", null).size();
    browser.open("/pool/tasks/new");
    type("pool-name", "ui-remote-task");
    type("pool-compute", "50");
    type("pool-memory", "24");
    type("pool-command", "sleep 5");
    browser.find("pool-remote").click();
    browser.find("pool-submit-button").click();
    String required = browser.fieldErrorOf("pool-run-on");
    // runOn offers nodes without cards; a name is typed here (allow-create) to see the refusal.
    browser.find("pool-run-on").click();
    WebElement runOn = browser.driver.switchTo().activeElement();
    runOn.sendKeys(NODE);
    browser.clickOption(NODE);
    browser.untilText("pool-run-on", NODE);
    browser.find("pool-submit-button").click();
    browser.until(d -> !browser.fieldErrorOf("pool-run-on").equals(required));
    browser.screenshot("pool-remote-field-error");
    assertThat(ok("GET", "/api/v1/pool/tasks", null).size()).isEqualTo(before);
  }

  /** Types into an Element Plus input (or the input inside a component), replacing its text. */
  void type(String dataTest, String text) {
    browser.type(dataTest, text);
  }

  /** #d93025 as the browser reports a computed colour. */
  static String rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return "rgba(" + (v >> 16) + ", " + ((v >> 8) & 255) + ", " + (v & 255) + ", 1)";
  }
}
