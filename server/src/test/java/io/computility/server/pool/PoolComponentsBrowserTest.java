package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The pool's components page and settings lists in a real headless Chromium, against the whole
 * server and two real agent processes: settings pushed to one node, a gray upgrade of one node and
 * then of the rest, each checked against the REST API and the agents' own reports.
 */
class PoolComponentsBrowserTest extends PoolBrowserTestBase {
  Path distribution;

  @BeforeAll
  void startAgentsAndBrowser() throws Exception {
    startAgent("cp-a", AgentProcess.cards("nvidia", "A100", 40960, 1, "cp-a-gpu"));
    startAgent("cp-b", AgentProcess.cards("nvidia", "A100", 40960, 1, "cp-b-gpu"));
    distribution = AgentDistribution.make("0.2.0");
    openBrowserAsAdmin();
  }

  @Test
  @DisplayName(
      "POOL-T12.20 console: settings pushed to one selected node (a bad heartbeat first: the"
          + " server's error under the field, nothing changed) reach that node's agent, which"
          + " reports them applied; the other node keeps its own")
  void pushSettingsToOneNode() throws Exception {
    browser.open("/pool/components");
    select("cp-a");
    browser.untilText("comp-scope", "cp-a");
    browser.find("comp-push").click();
    browser.type("push-heartbeat", "10");
    browser.find("push-send").click();
    assertThat(browser.fieldErrorOf("push-heartbeat")).isNotBlank();
    assertThat(component("cp-a").path("config").path("heartbeatMs").isNumber()).isFalse();
    browser.type("push-heartbeat", "300");
    browser.type("push-labels", "zone=ui, rack=r1");
    browser.find("push-send").click();
    browser.untilText("comp-table", "zone=ui"); // the table shows what the server stored
    browser.until(
        Duration.ofSeconds(30),
        d -> browser.find("comp-applied-cp-a").getText().equals("applied") ? true : null);
    JsonNode a = component("cp-a");
    assertThat(a.path("config").path("heartbeatMs").asLong()).isEqualTo(300);
    assertThat(a.path("config").path("labels").path("zone").asString()).isEqualTo("ui");
    assertThat(a.path("configApplied").asBoolean()).isTrue();
    assertThat(a.path("applied").path("heartbeatMs").asLong()).isEqualTo(300);
    assertThat(component("cp-b").path("config").path("labels").has("zone")).isFalse();
    browser.screenshot("pool-components-pushed");
  }

  @Test
  @DisplayName(
      "POOL-T12.22 POOL-T12.20 console: gray upgrade from the components page, one node first"
          + " (the other keeps its version), then the rest; the progress reaches all nodes and"
          + " the agents report the new version")
  void grayUpgradeFromThePage() throws Exception {
    String before = component("cp-b").path("version").asString();
    assertThat(before).isNotEqualTo("0.2.0");
    browser.open("/pool/components");
    select("cp-a");
    browser.untilText("comp-scope", "cp-a");
    Thread.sleep(2500); // the table refreshes every 2 s: the selection must survive it
    assertThat(browser.find("comp-scope").getText()).isEqualTo("cp-a");
    browser.find("comp-upgrade").click();
    browser.type("upgrade-version", "0.2.0");
    browser.find("upgrade-send").click();
    assertThat(browser.fieldErrorOf("upgrade-distribution")).isNotBlank();
    browser.type("upgrade-distribution", distribution.toString());
    browser.find("upgrade-send").click();
    browser.untilText("comp-progress", "of 1 nodes");
    browser.until(
        Duration.ofSeconds(60),
        d -> browser.find("comp-progress").getText().contains("1 of 1 nodes done") ? true : null);
    assertThat(component("cp-a").path("version").asString()).isEqualTo("0.2.0");
    assertThat(component("cp-b").path("version").asString()).isEqualTo(before);
    assertThat(browser.find("comp-version-cp-b").getText()).isEqualTo(before);
    browser.screenshot("pool-upgrade-one-node");

    select("cp-a"); // unselect: no selection is every node
    browser.untilText("comp-scope", "all nodes");
    browser.find("comp-upgrade").click();
    browser.type("upgrade-version", "0.2.0");
    browser.type("upgrade-distribution", distribution.toString());
    browser.find("upgrade-send").click();
    browser.untilText("comp-progress", "of 2 nodes");
    browser.until(
        Duration.ofSeconds(60),
        d -> browser.find("comp-progress").getText().contains("2 of 2 nodes done") ? true : null);
    assertThat(component("cp-b").path("version").asString()).isEqualTo("0.2.0");
    assertThat(browser.find("comp-version-cp-b").getText()).isEqualTo("0.2.0");
    browser.screenshot("pool-upgrade-all");
  }

  @Test
  @DisplayName(
      "POOL-T12.13 CMP-cluster console: the pool settings page lists the stored quotas, resource"
          + " specs and resource groups (GET lists), also those set through the API, and what the"
          + " form adds")
  void settingsListsShowWhatIsStored() throws Exception {
    ok("PUT", "/api/v1/pool/quotas/ui-team", Map.of("computePercent", 150, "memoryMb", 20480));
    ok("PUT", "/api/v1/pool/specs/ui-half", Map.of("computePercent", 50, "memoryMb", 8192));
    ok(
        "PUT",
        "/api/v1/pool/groups/ui-group",
        Map.of("cards", List.of("cp-b-gpu-0"), "tenants", List.of("ui-team")));
    JsonNode quotas = ok("GET", "/api/v1/pool/quotas", null);
    assertThat(quotas.toString()).contains("\"tenant\":\"ui-team\"", "\"computePercent\":150");
    browser.open("/pool/settings?tab=quotas");
    browser.untilText("quota-table", "ui-team");
    assertThat(browser.find("quota-table").getText()).contains("150 %", "20 GiB");
    browser.open("/pool/settings?tab=groups");
    browser.untilText("group-table", "ui-group");
    assertThat(browser.find("group-table").getText()).contains("cp-b-gpu-0", "ui-team");
    browser.open("/pool/settings?tab=specs");
    browser.untilText("spec-table", "ui-half");
    browser.type("spec-name", "ui-quarter");
    browser.find("spec-save").click();
    browser.untilText("spec-table", "ui-quarter");
    JsonNode specs = ok("GET", "/api/v1/pool/specs", null);
    assertThat(specs.toString()).contains("\"name\":\"ui-quarter\"", "\"name\":\"ui-half\"");
    browser.screenshot("pool-settings-specs");
    ok("DELETE", "/api/v1/pool/groups/ui-group", null);
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Clicks the selection checkbox of the node's row (again: unselects it). */
  void select(String node) {
    browser.until(
        d -> {
          for (WebElement row :
              browser.find("comp-table").findElements(By.cssSelector("tbody tr"))) {
            if (row.getText().contains(node)) {
              row.findElement(By.cssSelector(".el-checkbox")).click();
              return true;
            }
          }
          return false;
        });
  }

  JsonNode component(String node) throws Exception {
    for (JsonNode n : ok("GET", "/api/v1/pool/components", null)) {
      if (n.path("name").asString().equals(node)) return n;
    }
    throw new AssertionError("no node " + node);
  }
}
