package io.computility.server.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.console.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The seed's "view in the GUI console" steps of §12 that other browser tests leave out, each in a
 * real headless Chromium against the whole server and two real agents (NVIDIA and Cambricon fake
 * cards): tasks are started through the API where the seed's step is not a GUI step, and what the
 * page shows is checked against the API's answer.
 */
class PoolSeedGuiStepsBrowserTest extends PoolBrowserTestBase {
  static final List<String> CARDS = List.of("g-a-gpu-0", "g-a-gpu-1", "g-b-mlu-0", "g-b-mlu-1");

  @BeforeAll
  void startAgentsAndBrowser() throws Exception {
    startAgent("g-a", AgentProcess.cards("nvidia", "A800", 81920, 2, "g-a-gpu"));
    startAgent("g-b", AgentProcess.cards("cambricon", "MLU370-X8", 24576, 2, "g-b-mlu"));
    openBrowserAsAdmin();
  }

  @Test
  @DisplayName(
      "POOL-T12.8 console: a task pinned to a node through the API; its detail page and the task"
          + " list show its virtual card on that node, as the API gives it")
  void pinnedNodeShown() throws Exception {
    awaitCardsIdle();
    Map<String, Object> t = slice("gui-pinned", 10, 100);
    t.put("node", "g-b");
    String id = submit(t).path("id").asText();
    JsonNode slot = awaitState(id, "RUNNING").path("slots").get(0);
    assertThat(slot.path("node").asText()).isEqualTo("g-b");
    String card = slot.path("card").asText();
    browser.open("/pool/tasks/" + id);
    browser.find("slot-card-" + card);
    browser.until(d -> row("slot-card-" + card).startsWith("g-b " + slot.path("index").asInt()));
    browser.screenshot("gui-12-8-detail");
    browser.open("/pool/tasks");
    browser.until(d -> row("pool-task-gui-pinned").contains("g-b/" + slot.path("index").asInt()));
  }

  @Test
  @DisplayName(
      "POOL-T12.9 console: two 100 % affinity tasks on over-subscribed cards; both detail pages"
          + " show the same physical card and the devices page shows it 200 % used by 2 tasks")
  void affinityShown() throws Exception {
    awaitCardsIdle();
    for (String c : CARDS) {
      ok("PATCH", "/api/v1/pool/devices/" + c, Map.of("overSubscription", 2.0));
    }
    try {
      Map<String, Object> t = slice("gui-affine", 100, 1000);
      t.put("affinity", "gui-pair");
      t.put("policy", "device-spread");
      JsonNode a = awaitState(submit(t).path("id").asText(), "RUNNING");
      JsonNode b = awaitState(submit(t).path("id").asText(), "RUNNING");
      String card = cards(a).get(0);
      assertThat(cards(b)).containsExactly(card);
      for (JsonNode task : List.of(a, b)) {
        browser.open("/pool/tasks/" + task.path("id").asText());
        browser.find("slot-card-" + card);
        assertThat(browser.find("pool-task-slots").getText()).contains("100 %", "1,000 MiB");
      }
      JsonNode used = device(card);
      assertThat(used.path("usedPercent").asInt()).isEqualTo(200);
      assertThat(used.path("tasks").size()).isEqualTo(2);
      String memory = String.valueOf(used.path("usedMemoryMb").asLong());
      browser.open("/pool/devices");
      browser.until(
          d -> {
            String shown = row("device-status-" + card);
            return shown.contains("200 %")
                && memory.equals(browser.find("device-memory-" + card).getAttribute("data-used-mb"))
                && shown.contains("2 tasks");
          });
      browser.screenshot("gui-12-9-shared-card");
    } finally {
      stopActiveTasks();
      for (String c : CARDS) {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    call("PATCH", "/api/v1/pool/devices/" + c, Map.of("overSubscription", 1.0))
                            .status()
                        == 200);
      }
    }
  }

  @Test
  @DisplayName(
      "POOL-T12.10 console: while one card is busy, a low and a higher priority task wait on the"
          + " queue page in the API's order (higher first); each leaves it when it starts")
  void queueShown() throws Exception {
    awaitCardsIdle();
    String t1 = submit(onCard("gui-q-first", 60, 0)).path("id").asText();
    awaitState(t1, "RUNNING");
    String low = submit(onCard("gui-q-low", 60, 1)).path("id").asText();
    String high = submit(onCard("gui-q-high", 60, 5)).path("id").asText();
    List<String> queue = new ArrayList<>();
    for (JsonNode q : ok("GET", "/api/v1/pool/queue", null)) queue.add(q.path("id").asText());
    assertThat(queue).containsExactly(high, low);
    browser.open("/pool/queue");
    browser.until(
        d ->
            row("pool-task-gui-q-high").startsWith("1 " + high)
                && row("pool-task-gui-q-low").startsWith("2 " + low));
    browser.screenshot("gui-12-10-queue");

    ok("POST", "/api/v1/pool/tasks/" + t1 + "/stop", null);
    awaitState(high, "RUNNING");
    assertThat(task(low).path("state").asText()).isEqualTo("QUEUED");
    browser.until(
        Duration.ofSeconds(15),
        d ->
            d.findElements(Browser.testId("pool-task-gui-q-high")).isEmpty()
                && row("pool-task-gui-q-low").startsWith("1"));
    ok("POST", "/api/v1/pool/tasks/" + high + "/stop", null);
    awaitState(low, "RUNNING");
    browser.until(Duration.ofSeconds(15), d -> browser.bodyText().contains("The queue is empty"));
  }

  @Test
  @DisplayName(
      "POOL-T12.14 console: a task started with a custom spec and env asking for more; its detail"
          + " page shows the spec's slice (as the API), not the environment's values")
  void customSpecShown() throws Exception {
    awaitCardsIdle();
    ok("PUT", "/api/v1/pool/specs/gui-small", Map.of("computePercent", 15, "memoryMb", 700));
    Map<String, Object> t = new HashMap<>();
    t.put("name", "gui-spec");
    t.put("spec", "gui-small");
    t.put("command", List.of("sleep", "60"));
    t.put(
        "env", Map.of("COMPUTILITY_VGPU_CORE_PERCENT", "90", "COMPUTILITY_VGPU_MEMORY_MB", "9000"));
    String id = submit(t).path("id").asText();
    JsonNode slot = awaitState(id, "RUNNING").path("slots").get(0);
    assertThat(slot.path("computePercent").asInt()).isEqualTo(15);
    assertThat(slot.path("memoryMb").asLong()).isEqualTo(700);
    browser.open("/pool/tasks/" + id);
    browser.untilText("pool-task-slice", "15 % · 700 MiB");
    String slotRow =
        browser.until(
            d -> {
              String r = row("slot-card-" + slot.path("card").asText());
              return r.isEmpty() ? null : r;
            });
    assertThat(slotRow).contains("15", "700").doesNotContain("90", "9000");
    assertThat(browser.find("pool-task").getText()).contains("gui-small");
    browser.screenshot("gui-12-14-spec");
  }

  @Test
  @DisplayName(
      "POOL-T12.26 console: the devices page lists the NVIDIA and the Cambricon cards side by side"
          + " as the API does; each is switched physical and back to virtual there, and a task on"
          + " each vendor's card shows it used")
  void heterogeneousDevicesShown() throws Exception {
    awaitCardsIdle();
    browser.open("/pool/devices");
    for (JsonNode d : ok("GET", "/api/v1/pool/devices", null)) {
      String uuid = d.path("uuid").asText();
      if (!CARDS.contains(uuid)) continue;
      browser.until(
          x ->
              row("device-status-" + uuid)
                  .contains(d.path("vendor").asText() + " " + d.path("model").asText()));
    }
    browser.until(
        x ->
            row("device-status-g-a-gpu-0").contains("nvidia A800")
                && row("device-status-g-b-mlu-0").contains("cambricon MLU370-X8"));
    browser.screenshot("gui-12-26-devices");
    for (String c : CARDS) {
      for (String mode : List.of("physical", "virtual")) {
        browser.find("device-virtual-" + c).click();
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> device(c).path("mode").asText().equals(mode));
        browser.until(
            d -> mode.equals(browser.find("device-virtual-" + c).getAttribute("data-mode")));
      }
    }
    Map<String, Object> nv = slice("gui-nv", 10, 100);
    nv.put("model", "A800");
    Map<String, Object> mlu = slice("gui-mlu", 10, 100);
    mlu.put("model", "MLU370-X8");
    String nvCard = cards(awaitState(submit(nv).path("id").asText(), "RUNNING")).get(0);
    String mluCard = cards(awaitState(submit(mlu).path("id").asText(), "RUNNING")).get(0);
    assertThat(nvCard).startsWith("g-a");
    assertThat(mluCard).startsWith("g-b");
    for (String c : List.of(nvCard, mluCard)) {
      browser.until(
          Duration.ofSeconds(15),
          d -> "used".equals(browser.find("device-status-" + c).getAttribute("data-status")));
    }
    browser.screenshot("gui-12-26-used");
  }

  @Test
  @DisplayName(
      "POOL-T12.27 console: the global policy set on the pool settings page is what the API gives"
          + " and what the following tasks follow: node-spread puts two tasks on two nodes,"
          + " device-binpack two more on one card")
  void globalPolicyFromSettingsPage() throws Exception {
    awaitCardsIdle();
    setPolicyInPage("node-spread");
    JsonNode a = awaitState(submit(slice("gui-ns-1", 10, 100)).path("id").asText(), "RUNNING");
    JsonNode b = awaitState(submit(slice("gui-ns-2", 10, 100)).path("id").asText(), "RUNNING");
    assertThat(a.path("slots").get(0).path("node").asText())
        .isNotEqualTo(b.path("slots").get(0).path("node").asText());
    stopActiveTasks();
    awaitCardsIdle();

    setPolicyInPage("device-binpack");
    JsonNode c = awaitState(submit(slice("gui-bp-1", 10, 100)).path("id").asText(), "RUNNING");
    JsonNode d = awaitState(submit(slice("gui-bp-2", 10, 100)).path("id").asText(), "RUNNING");
    assertThat(cards(d)).isEqualTo(cards(c));
    browser.open("/pool/tasks/" + d.path("id").asText());
    browser.untilText("pool-task", "Pool default");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Picks the policy on the settings page, saves it, and sees the API and a reload agree. */
  void setPolicyInPage(String policy) throws Exception {
    String current = ok("GET", "/api/v1/pool/policy", null).path("policy").asText();
    browser.open("/pool/settings");
    // the page loads the stored policy after it renders; choosing before that is overwritten
    browser.untilText("pool-policy-select", current);
    browser.pick("pool-policy-select", policy);
    browser.untilText("pool-policy-select", policy);
    browser.find("pool-policy-save").click();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> ok("GET", "/api/v1/pool/policy", null).path("policy").asText().equals(policy));
    browser.open("/pool/settings");
    browser.untilText("pool-policy-select", policy);
    browser.screenshot("gui-12-27-" + policy);
  }

  static Map<String, Object> slice(String name, int pct, long mb) {
    Map<String, Object> t = new HashMap<>();
    t.put("name", name);
    t.put("computePercent", pct);
    t.put("memoryMb", mb);
    t.put("command", List.of("sleep", "60"));
    return t;
  }

  static Map<String, Object> onCard(String name, int pct, int priority) {
    Map<String, Object> t = slice(name, pct, 1000);
    t.put("card", "g-a-gpu-0");
    t.put("priority", priority);
    return t;
  }

  /** Tasks stopped by the test before have left every card. */
  void awaitCardsIdle() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              for (String c : CARDS) {
                JsonNode d = device(c);
                if (d.path("usedPercent").asInt() != 0 || d.path("tasks").size() != 0) return false;
              }
              return true;
            });
  }

  /**
   * The text of the table row holding the element, cells and lines joined by single spaces (""
   * while absent or redrawn).
   */
  String row(String dataTest) {
    try {
      List<WebElement> e = browser.driver.findElements(Browser.testId(dataTest));
      return e.isEmpty()
          ? ""
          : e.get(0).findElement(By.xpath("ancestor::tr")).getText().replaceAll("\\s+", " ");
    } catch (StaleElementReferenceException redrawn) {
      return "";
    }
  }
}
