package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.console.Browser;
import io.computility.server.testsupport.TestAuth;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tools.jackson.databind.JsonNode;

/**
 * Node removal on the nodes page and the alert forwarding page, in a real headless Chromium against
 * the whole server and two real agent processes, each step checked against the REST API.
 */
class PoolRemovalForwardingBrowserTest extends PoolE2eBase {
  Browser browser;
  AgentProcess busy;

  @BeforeAll
  void startAgentsAndBrowser() throws Exception {
    busy = startAgent("rm-a", AgentProcess.cards("nvidia", "T4", 16384, 1, "rm-a-gpu"));
    startAgent("rm-b", AgentProcess.cards("nvidia", "T4", 16384, 1, "rm-b-gpu"));
    browser = new Browser(port);
    browser.open("/login");
    browser.type("login-username", TestAuth.ADMIN);
    browser.type("login-password", TestAuth.ADMIN_PASSWORD);
    browser.find("login-submit").click();
    browser.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  @BeforeEach
  void english() {
    browser.open("/");
    browser.find("lang-en").click();
    browser.untilText("page-title", "Overview");
  }

  @AfterEach
  void screenshot(TestInfo test) throws Exception {
    browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
  }

  @AfterAll
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  @DisplayName(
      "POOL-T12.25 console: Remove on a busy node asks first, then the node shows draining with"
          + " its running task left while the task keeps running; once the task ends the node"
          + " leaves the list and the API, and its agent stops. A removal the server refuses (the"
          + " node already gone) shows the server's error in the dialog")
  void removeNodeDrainsThenGoes() throws Exception {
    String id =
        submit(
                Map.of(
                    "name",
                    "rm-task",
                    "computePercent",
                    10,
                    "memoryMb",
                    100,
                    "node",
                    "rm-a",
                    "command",
                    List.of("sleep", "120")))
            .path("id")
            .asText();
    awaitState(id, "RUNNING");
    browser.open("/pool/nodes");
    browser.until(d -> "online".equals(status("rm-a")));
    browser.find("node-remove-rm-a").click();
    browser.untilText("remove-dialog", "rm-a");
    assertThat(browser.find("remove-dialog").getText()).contains("1 running task");
    // Cancel removes nothing.
    browser.find("remove-cancel").click();
    assertThat(ok("GET", "/api/v1/pool/nodes/rm-a", null).path("removing").asBoolean()).isFalse();

    browser.find("node-remove-rm-a").click();
    browser.untilText("remove-dialog", "rm-a");
    browser.screenshot("pool-node-remove-confirm");
    browser.find("remove-confirm").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> ok("GET", "/api/v1/pool/nodes/rm-a", null).path("removing").asBoolean());
    browser.until(d -> "removing".equals(status("rm-a")));
    browser.until(
        d ->
            "1".equals(browser.find("node-draining-rm-a").getAttribute("data-left")) ? true : null);
    assertThat(browser.find("node-draining-rm-a").getText()).contains("1 task(s) left");
    assertThat(task(id).path("state").asText()).isEqualTo("RUNNING");
    browser.screenshot("pool-node-draining");

    ok("POST", "/api/v1/pool/tasks/" + id + "/stop", null);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> call("GET", "/api/v1/pool/nodes/rm-a", null).status() == 404);
    browser.untilText("nodes-removed", "rm-a");
    assertThat(browser.all("[data-test='node-rm-a']")).isEmpty();
    busy.process.waitFor(20, TimeUnit.SECONDS);
    assertThat(busy.process.isAlive()).as("a removed node's agent stops").isFalse();
    browser.screenshot("pool-node-removed");

    // The dialog is open on rm-b when it goes (idle: removed at once through the API).
    browser.find("node-remove-rm-b").click();
    browser.untilText("remove-dialog", "rm-b");
    ok("DELETE", "/api/v1/pool/nodes/rm-b", null);
    browser.find("remove-confirm").click();
    Answer refused = call("DELETE", "/api/v1/pool/nodes/rm-b", null);
    assertThat(refused.status()).isEqualTo(404);
    browser.untilText("remove-dialog", refused.body().path("errorMsg").asText());
    browser.screenshot("pool-node-remove-refused");
  }

  @Test
  @DisplayName(
      "CMP-observe POOL-T12.19 console: an alert forwarding policy created on its page (a bad"
          + " e-mail address first: the server's error under the field, nothing stored), edited,"
          + " disabled and enabled, then deleted; the API follows each step (PUT on it then 404)")
  void forwardingPolicies() throws Exception {
    browser.open("/monitoring/forwarding");
    browser.find("forwarding");
    browser.type("fwd-name", "ui-oncall");
    browser.type("fwd-emails", "ops@example.org, not-an-address");
    browser.find("fwd-save").click();
    assertThat(browser.fieldErrorOf("fwd-emails")).isNotBlank();
    assertThat(named("ui-oncall")).isNull();
    browser.screenshot("forwarding-field-error");

    browser.type("fwd-emails", "ops@example.org, lead@example.org");
    browser.find("fwd-save").click();
    browser.untilText("fwd-table", "lead@example.org");
    JsonNode p = named("ui-oncall");
    long id = p.path("id").asLong();
    assertThat(p.path("name").asText()).isEqualTo("ui-oncall");
    assertThat(p.path("minSeverity").asText()).isEqualTo("WARNING");
    assertThat(p.path("enabled").asBoolean()).isTrue();
    assertThat(p.path("emailTo").toString()).contains("ops@example.org", "lead@example.org");

    browser.find("fwd-edit-" + id).click();
    browser.pick("fwd-severity", "Critical");
    browser.type("fwd-emails", "ops@example.org");
    browser.find("fwd-save").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> policy(id).path("minSeverity").asText().equals("CRITICAL"));
    assertThat(policy(id).path("emailTo").size()).isEqualTo(1);
    browser.until(d -> !browser.find("fwd-table").getText().contains("lead@example.org"));

    browser.find("fwd-enabled-" + id).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> !policy(id).path("enabled").asBoolean());
    browser.until(
        d -> !browser.find("fwd-enabled-" + id).getAttribute("class").contains("is-checked"));
    browser.screenshot("forwarding");
    browser.find("fwd-enabled-" + id).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> policy(id).path("enabled").asBoolean());

    browser.find("fwd-delete-" + id).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> named("ui-oncall") == null);
    browser.until(d -> !browser.find("fwd-table").getText().contains("ui-oncall"));
    Answer gone =
        call(
            "PUT",
            "/api/v1/monitoring/forwarding/" + id,
            Map.of("name", "x", "minSeverity", "INFO", "emailTo", List.of("a@example.org")));
    assertThat(gone.status()).isEqualTo(404);
  }

  // --- helpers -------------------------------------------------------------------------------

  String status(String node) {
    List<org.openqa.selenium.WebElement> tags =
        browser.all("[data-test='node-status-" + node + "']");
    return tags.isEmpty() ? null : tags.get(0).getAttribute("data-status");
  }

  JsonNode named(String name) throws Exception {
    for (JsonNode p : ok("GET", "/api/v1/monitoring/forwarding", null)) {
      if (p.path("name").asText().equals(name)) return p;
    }
    return null;
  }

  JsonNode policy(long id) throws Exception {
    for (JsonNode p : ok("GET", "/api/v1/monitoring/forwarding", null)) {
      if (p.path("id").asLong() == id) return p;
    }
    throw new AssertionError("no forwarding policy " + id);
  }
}
