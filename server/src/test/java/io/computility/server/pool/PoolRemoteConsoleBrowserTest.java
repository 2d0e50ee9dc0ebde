package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A remote task (POOL-T12.3) submitted through the console with two real agents, a CPU-only one and
 * one serving its card over the network: the form offers the node without cards, the task page and
 * the list show the remote call as the API has it.
 */
class PoolRemoteConsoleBrowserTest extends PoolBrowserTestBase {

  @BeforeAll
  void agentsAndBrowser() throws Exception {
    startAgent("rcui-cpu", "cards: []\n");
    startAgent(
        "rcui-gpu",
        AgentProcess.cards("nvidia", "A100", 40960, 1, "rcui-card"),
        "--remote-listen",
        "127.0.0.1:0");
    openBrowserAsAdmin();
  }

  @Test
  @DisplayName(
      "POOL-T12.3 console: a remote task submitted through the form (runOn chosen among the nodes"
          + " without cards) runs on the CPU-only node; its page shows runs-on, card node and"
          + " endpoint as the API's remote view has them, and no Migrate action; the list shows"
          + " runOn → card node")
  void remoteTaskThroughTheForm() throws Exception {
    browser.open("/pool/tasks/new");
    browser.type("pool-name", "ui-remote");
    browser.type("pool-compute", "50");
    browser.type("pool-memory", "24");
    browser.type("pool-command", "echo remote-started; sleep 60");
    browser.find("pool-remote").click();
    browser.pick("pool-run-on", "rcui-cpu");
    // Only nodes without cards are offered.
    assertThat(
            browser.all(".el-select-dropdown__item").stream()
                .filter(o -> o.isDisplayed())
                .map(o -> o.getText().trim()))
        .doesNotContain("rcui-gpu");
    browser.find("pool-submit-button").click();
    browser.until(d -> d.getCurrentUrl().matches(".*/pool/tasks/pt-.*"));
    String id = browser.driver.getCurrentUrl().replaceAll(".*/pool/tasks/", "");
    JsonNode running = awaitState(id, "RUNNING");
    JsonNode remote = running.path("remote");
    assertThat(remote.path("runOn").asText()).isEqualTo("rcui-cpu");
    browser.until(
        d -> "RUNNING".equals(browser.find("pool-task-state").getAttribute("data-state")));
    browser.untilText("remote-run-on", "rcui-cpu");
    browser.untilText("remote-card-nodes", remote.path("cardNodes").get(0).asText());
    browser.untilText("remote-endpoint", remote.path("endpoint").asText());
    assertThat(remote.path("endpoint").asText()).startsWith("http://127.0.0.1:");
    assertThat(browser.all("[data-test='pool-migrate']")).isEmpty();
    browser.screenshot("pool-remote-task");

    browser.open("/pool/tasks");
    browser.untilText("pool-task-remote-ui-remote", "rcui-cpu → rcui-gpu");
    ok("POST", "/api/v1/pool/tasks/" + id + "/stop", null);
    awaitState(id, "STOPPED");
  }
}
