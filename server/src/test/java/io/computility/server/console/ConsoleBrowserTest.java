package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console in a real headless Chromium against a whole server on PostgreSQL: what a user does in
 * the GUI, checked against what the API says. Screenshots land in target/screenshots/.
 */
class ConsoleBrowserTest extends FederationTestBase {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  Browser browser;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser(port);
    browser.signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
  }

  @Test
  @DisplayName(
      "CMP-security console: without a token every page leads to the login page; a wrong password"
          + " is refused there; signing in returns to the page asked for; an expired token (401)"
          + " leads back to the login page")
  void loginEndToEnd() throws Exception {
    browser.find("logout").click();
    browser.until(d -> d.getCurrentUrl().contains("/login"));
    browser.open("/jobs");
    browser.until(d -> d.getCurrentUrl().matches(".*/login\\?next=(/|%2F)jobs$"));
    type("login-username", TestAuth.ADMIN);
    type("login-password", "wrong-password-1");
    browser.find("login-submit").click();
    assertThat(browser.find("login-error").getText()).isNotBlank();
    assertThat(browser.driver.getCurrentUrl()).contains("/login");
    type("login-password", TestAuth.ADMIN_PASSWORD);
    browser.find("login-submit").click();
    browser.until(d -> d.getCurrentUrl().endsWith("/jobs"));
    browser.find("jobs-table");
    browser.script("localStorage.setItem('computility.token', 'cty_not-a-valid-token-000000')");
    browser.open("/centers");
    browser.until(d -> d.getCurrentUrl().matches(".*/login\\?next=(/|%2F)centers$"));
    assertThat(browser.script("return localStorage.getItem('computility.token')")).isNull();
    browser.screenshot("login-after-401");
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws Exception {
    try {
      browser.screenshotAfter(test);
    } finally {
      browser.close();
    }
  }

  @Test
  @DisplayName(
      "JC-A.1 JC-A.3 JC-A.4 console: submit a job through the form (server field error shown),"
          + " watch it run on centers and complete, read a replica's log")
  void submitJobWatchItCompleteAndReadItsLog() throws Exception {
    browser.open("/jobs/new");
    // The browser checks required fields before anything is sent.
    browser.find("job-submit-button").click();
    browser.until(
        d ->
            browser.all(".el-form-item__error").stream()
                .anyMatch(e -> e.getText().equals("Required")));
    type("job-name", "console-e2e");
    type("job-user", "alice");
    type("task-command-0", "python train.py; sleep 20");
    choose("task-image-0", "pytorch-2.3");
    choose("task-spec-0", "gpu-1x");
    type("task-replicas-0", "0");
    browser.find("job-submit-button").click();
    // The server's 400 names the field; the form says why under that field and on top, naming
    // the field by its label ("Task 1 · Replicas" when the server sends the reason, else its
    // errorMsg), and nothing is stored.
    assertThat(browser.fieldErrorOf("task-replicas-0")).isNotBlank();
    browser.until(
        d -> browser.find("form-error").getText().matches("(?s).*(Task 1|tasks\\[0\\]).*"));
    assertThat(api("/api/v1/jobs?q=console-e2e").path("total").asLong()).isZero();
    browser.screenshot("job-submit-field-error");

    type("task-replicas-0", "2");
    browser.find("job-submit-button").click();
    browser.until(d -> d.getCurrentUrl().matches(".*/jobs/job-.*"));
    String jobId = browser.driver.getCurrentUrl().replaceAll(".*/jobs/", "");
    assertThat(api("/openapi/v1/trainjob/" + jobId).path("name").asText()).isEqualTo("console-e2e");

    // Running: the page shows the centers the replicas run on, as the API does.
    browser.until(Duration.ofSeconds(30), d -> !browser.find("task-centers-0").getText().isBlank());
    JsonNode centers =
        api("/openapi/v1/trainjob/" + jobId).path("taskInfos").get(0).path("centerIDs");
    assertThat(browser.find("task-centers-0").getText()).contains(centers.get(0).asText());
    browser.until(
        Duration.ofSeconds(60),
        d -> "completed".equals(browser.find("job-status").getAttribute("data-status")));
    assertThat(api("/openapi/v1/trainjob/" + jobId).path("status").asText()).isEqualTo("completed");
    browser.screenshot("job-detail-completed");

    browser.find("log-0-1").click();
    browser.untilText("log-text", jobId + "/0/1");
    browser.screenshot("job-log");

    // The list finds it through the server-side name filter and shows it completed.
    browser.open("/jobs");
    type("filter-q", "console-e2e");
    browser.find("filter-search").click();
    browser.until(
        d ->
            "completed".equals(browser.find("job-status-console-e2e").getAttribute("data-status")));
    browser.screenshot("jobs-list");
  }

  @Test
  @DisplayName(
      "JC-6.6.3 JC-A.5 JC-A.6 console: a job's decision shows each strategy's score and the"
          + " final score per center, as the decision API holds them")
  void decisionScoresOfAJob() throws Exception {
    String jobId = submit("decided", "alice", "sleep 20");
    JsonNode decision = awaitApi("/api/v1/jobs/" + jobId + "/decision", Duration.ofSeconds(30));
    browser.open("/jobs/" + jobId);
    browser.until(d -> d.findElement(By.id("tab-decision"))).click();
    JsonNode best = decision.path("scoreCards").get(0).path("ranking").get(0);
    String center = best.path("centerId").asText();
    WebElement fin = browser.find("final-" + center);
    assertThat(fin.getText())
        .isEqualTo(String.format(Locale.ROOT, "%.1f", best.path("finalScore").asDouble()));
    WebElement table = browser.find("decision-table");
    best.path("byStrategy")
        .properties()
        .forEach(
            e ->
                assertThat(
                        table.findElements(By.cssSelector("[data-strategy='" + e.getKey() + "']")))
                    .isNotEmpty());
    browser.screenshot("job-decision");

    // JC-A.5 / A.6 on the scores page: every center gets a row; an available one a final score.
    JsonNode all = api("/api/v1/centers");
    String available = null;
    for (JsonNode c : all) {
      if (c.path("status").asInt() == 1) available = c.path("ai_center_id").asText();
    }
    assertThat(available).isNotNull();
    browser.open("/scores");
    browser.find("scores-compute").click();
    String id = available;
    WebElement score =
        browser.until(
            Duration.ofSeconds(30), d -> d.findElement(Browser.testId("score-final-" + id)));
    assertThat(Integer.parseInt(score.getText().trim())).isBetween(0, 100);
    browser.until(
        d -> browser.all("[data-test='scores-table'] .el-table__body tr").size() == all.size());
    browser.screenshot("scores");
  }

  @Test
  @DisplayName("JC-A.2 console: stop a running job from its page; the job and its replicas stop")
  void stopAJob() throws Exception {
    String jobId = submit("long-one", "bob", "sleep 100000");
    browser.open("/jobs/" + jobId);
    browser.until(
        Duration.ofSeconds(30),
        d -> "running".equals(browser.find("job-status").getAttribute("data-status")));
    browser.find("job-stop").click();
    browser.until(
        Duration.ofSeconds(30),
        d -> "stopped".equals(browser.find("job-status").getAttribute("data-status")));
    assertThat(api("/openapi/v1/trainjob/" + jobId).path("status").asText()).isEqualTo("stopped");
  }

  @Test
  @DisplayName(
      "NET-7.3b JC-6.6.3 console: create a policy from a preset, edit its weights, see the change"
          + " in the list and the API; a bad policy shows the server's field error")
  void editPolicyWeights() throws Exception {
    browser.open("/policies");
    browser.find("policy-create").click();
    type("policy-name", "console-cost");
    browser.find("save").click();
    browser.untilText("form-error", "weights");
    assertThat(status("/api/v1/policies/console-cost")).isEqualTo(404);

    browser.find("preset-presetCost").click();
    type("policy-description", "cost first");
    browser.find("save").click();
    browser.untilText("weight-console-cost-lowest-price", "0.6");
    assertThat(api("/api/v1/policies/console-cost").path("weights").path("lowest-price").asDouble())
        .isEqualTo(0.6);

    // The saved dialog may still be fading out (its weights still displayed): wait until it is
    // gone. The table may still be re-rendering after the save: a click then misses (intercepted,
    // or on a row being replaced), so click again until the edit dialog shows the weights.
    browser.until(
        d ->
            d.findElements(Browser.testId("w-least-load")).stream()
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
    browser.until(
        d -> {
          if (!d.findElements(Browser.testId("w-least-load")).isEmpty()
              && d.findElement(Browser.testId("w-least-load")).isDisplayed()) return true;
          try {
            browser.find("policy-edit-console-cost").click();
          } catch (org.openqa.selenium.ElementClickInterceptedException
              | org.openqa.selenium.StaleElementReferenceException notYet) {
            // retried
          }
          return false;
        });
    type("w-least-load", "0.5");
    browser.click("policy-description"); // blur commits the number
    browser.screenshot("policy-edit");
    browser.click("save");
    browser.untilText("weight-console-cost-least-load", "0.5");
    assertThat(api("/api/v1/policies/console-cost").path("weights").path("least-load").asDouble())
        .isEqualTo(0.5);
    browser.screenshot("policies");
  }

  @Test
  @DisplayName(
      "CMP-overview CMP-platform JC-6.1.1 JC-6.1.3 console: overview totals match the centers'"
          + " monitoring; a center's page shows its resources and monitoring history chart")
  void overviewAndCenter() throws Exception {
    JsonNode centers = api("/api/v1/centers");
    long gpuTotal = 0;
    for (JsonNode c : centers) {
      gpuTotal +=
          c.path("monitoring").path("gpu_used").asLong()
              + c.path("monitoring").path("gpu_free").asLong();
    }
    assertThat(gpuTotal).isPositive();
    browser.open("/");
    browser.untilText("total-gpu", "/ " + gpuTotal);
    browser.untilText("centers-available", String.valueOf(centers.size()));
    assertThat(browser.all("[data-test='overview'] canvas")).isNotEmpty();
    browser.screenshot("overview");

    browser.open("/centers");
    browser.find("center-alpha").click();
    browser.untilText("center-resources", "GPU");
    browser.until(d -> d.findElement(By.cssSelector("[data-test='center-history'] canvas")));
    browser.screenshot("center-detail");
  }

  @Test
  @DisplayName(
      "JC-6.1.2 console: create a resource spec through the form; a missing field shows the"
          + " server's error under it and stores nothing")
  void createSpec() throws Exception {
    browser.open("/specs");
    browser.find("specs-create").click();
    type("field-resource_spec_id", "console-2x");
    type("field-resource_spec_name", "2 GPU");
    browser.find("save").click();
    assertThat(browser.fieldErrorOf("field-resource_quantity")).isNotBlank();
    assertThat(status("/api/v1/specs/console-2x")).isEqualTo(404);
    type("field-resource_quantity", "cpu=8, gpu=2, memory=64Gi");
    type("field-price", "40");
    browser.find("save").click();
    assertThat(browser.fieldErrorOf("field-service_type")).isNotBlank();
    assertThat(status("/api/v1/specs/console-2x")).isEqualTo(404);
    type("field-service_type", "batch");
    browser.find("save").click();
    browser.untilText("specs-table", "console-2x");
    assertThat(api("/api/v1/specs/console-2x").path("resource_quantity").path("gpu").asText())
        .isEqualTo("2");
    browser.screenshot("specs");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Types into an Element Plus input (or the input inside a component), replacing its text. */
  void type(String dataTest, String text) {
    browser.type(dataTest, text);
  }

  /** Picks (or enters) a value in a filterable Element Plus select. */
  void choose(String dataTest, String value) {
    WebElement select = browser.find(dataTest);
    select.click();
    WebElement in = input(select);
    in.sendKeys(value);
    browser.until(
        d ->
            d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .anyMatch(o -> o.isDisplayed() && o.getText().equals(value)));
    in.sendKeys(Keys.ENTER);
    browser.until(d -> select.getText().contains(value) || value.equals(in.getAttribute("value")));
  }

  static WebElement input(WebElement e) {
    String tag = e.getTagName();
    return tag.equals("input") || tag.equals("textarea")
        ? e
        : e.findElement(By.cssSelector("input, textarea"));
  }

  String submit(String name, String user, String command) throws Exception {
    String body =
        """
        {"name":"%s","userName":"%s","tasks":[{"name":"w","command":"%s","imageId":"pytorch-2.3",\
        "resourceSpecId":"gpu-1x","replicaNumber":1}]}"""
            .formatted(name, user, command);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("/openapi/v1/trainjob"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAuth.bearer(token()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).path("data").path("jobId").asText();
  }

  JsonNode api(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("data");
  }

  JsonNode awaitApi(String path, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      HttpResponse<String> r = get(path);
      if (r.statusCode() == 200) return JSON.readTree(r.body()).path("data");
      if (System.nanoTime() > end) throw new AssertionError(path + " still " + r.body());
      Thread.sleep(200);
    }
  }

  int status(String path) throws Exception {
    return get(path).statusCode();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", TestAuth.bearer(token())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String token;

  /** The platform admin's token for the test's own API calls. */
  String token() {
    if (token == null) token = adminToken();
    return token;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
