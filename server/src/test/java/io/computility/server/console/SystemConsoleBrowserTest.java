package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator and system (identity, audit) pages in a real headless Chromium against the whole
 * server on PostgreSQL: what a user does in the GUI, checked against the REST API.
 */
class SystemConsoleBrowserTest extends FederationTestBase {
  static final JsonMapper JSON = JsonMapper.builder().build();
  final HttpClient http = HttpClient.newHttpClient();
  Browser browser;
  String token;

  @BeforeEach
  void openBrowser() throws Exception {
    token = adminToken();
    browser = new Browser(port);
    browser.signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.find("lang-en").click();
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
      "NET-7.3b JC-6.6 console: a pool-level simulation on a tiny trace started from the form"
          + " (bad policy first: the server's error under the field, nothing stored) runs, shows"
          + " progress, then the API's results table, a chart and the plot; the list filters it")
  void poolSimulationThroughTheForm() throws Exception {
    long before = api("/api/v1/simulations").path("total").asLong();
    browser.open("/simulations/new");
    browser.find("sim-example").click();
    // Without a node list the server refuses the run, naming the field; nothing is stored.
    browser.type("sim-nodes", " ");
    browser.find("sim-start").click();
    assertThat(browser.fieldErrorOf("sim-nodes")).isNotBlank();
    assertThat(api("/api/v1/simulations").path("total").asLong()).isEqualTo(before);
    browser.find("sim-example").click();
    browser.find("sim-start").click();
    browser.until(d -> d.getCurrentUrl().matches(".*/simulations/[0-9a-f-]{36}$"));
    String id = browser.driver.getCurrentUrl().replaceAll(".*/simulations/", "");
    browser.until(
        Duration.ofSeconds(90),
        d -> browser.all("[data-test='sim-status-DONE']").isEmpty() ? null : true);
    JsonNode sim = api("/api/v1/simulations/" + id);
    assertThat(sim.path("status").asString()).isEqualTo("DONE");
    JsonNode rows = sim.path("report").path("rows");
    assertThat(rows.size()).isEqualTo(3); // FragPack, FGD, BestFit as the form preselects
    List<String> shown = new ArrayList<>();
    for (WebElement r : browser.find("sim-results").findElements(By.cssSelector("tbody tr"))) {
      shown.add(r.findElements(By.cssSelector("td")).get(0).getText());
    }
    List<String> policies = new ArrayList<>();
    rows.forEach(r -> policies.add(r.path("policy").asString()));
    assertThat(shown).containsExactlyElementsOf(policies);
    // Every figure of the first policy as the table shows it; one the run could not measure
    // (stored as NaN, e.g. no arrival at exactly the checkpoint share of a tiny trace) is a dash.
    List<WebElement> cells =
        browser
            .find("sim-results")
            .findElements(By.cssSelector("tbody tr"))
            .get(0)
            .findElements(By.cssSelector("td"));
    JsonNode columns = sim.path("report").path("columns");
    int measured = 0;
    for (int c = 0; c < columns.size(); c++) {
      JsonNode figure = rows.get(0).path("figures").path(columns.get(c).asString());
      String cell = cells.get(c + 1).getText();
      if (figure.isNumber()) {
        assertThat(Double.parseDouble(cell.replace(",", "")))
            .as(columns.get(c).asString())
            .isCloseTo(figure.asDouble(), within(figure.asDouble()));
        measured++;
      } else {
        assertThat(cell).as(columns.get(c).asString()).isEqualTo("—");
      }
    }
    assertThat(measured).isPositive();
    WebElement plot = browser.find("sim-plot");
    browser.until(d -> (Boolean) browser.script("return arguments[0].naturalWidth > 0", plot));
    assertThat(browser.find("sim-chart").findElements(By.tagName("canvas"))).isNotEmpty();
    browser.screenshot("simulation-results");

    browser.open("/simulations");
    browser.find("sim-link-" + id);
    pick("sim-filter-status", "Failed");
    browser.until(d -> browser.all("[data-test='sim-link-" + id + "']").isEmpty());
    browser.screenshot("simulations");
    assertThat(api("/api/v1/simulations").path("total").asLong()).isEqualTo(before + 1);
    assertThat(api("/api/v1/simulations?status=DONE").path("items").get(0).path("id").asString())
        .isEqualTo(id);
  }

  @Test
  @DisplayName(
      "CMP-tenancy CMP-security NET-8.3 console: create a custom role with permission codes and a"
          + " user holding it (a weak password shows the server's error under the field); the"
          + " user's menu shows only what the role allows; disabling the user stops its login;"
          + " an administrator's password reset replaces the password; built-in roles cannot be"
          + " deleted")
  void usersAndRoles() throws Exception {
    browser.open("/system/roles");
    browser.find("role-builtin-platform-admin");
    assertThat(browser.all("[data-test='role-delete-platform-admin']")).isEmpty();
    browser.find("role-create").click();
    browser.type("role-name", "ui-auditor");
    pick("role-permissions", "audit:read (page)");
    pick("role-permissions", "user:read (page)");
    browser.find("role-name").click(); // closes the multiple select's dropdown
    browser.find("role-save").click();
    browser.find("role-edit-ui-auditor");
    JsonNode role = find(api("/api/v1/roles"), "name", "ui-auditor");
    assertThat(role.path("builtin").asBoolean()).isFalse();
    assertThat(role.path("permissions").toString()).contains("audit:read", "user:read");
    browser.screenshot("roles");

    browser.open("/system/users");
    browser.untilText("users-table", TestAuth.ADMIN);
    browser.find("user-create").click();
    browser.type("user-username", "ui-alice");
    browser.type("user-password", "short");
    pick("user-roles", "ui-auditor");
    browser.find("user-display-name").click();
    browser.find("user-save").click();
    assertThat(browser.fieldErrorOf("user-password")).isNotBlank();
    assertThat(find(api("/api/v1/users"), "username", "ui-alice")).isNull();
    browser.type("user-password", "Alice-Pw-2026x");
    browser.find("user-save").click();
    browser.untilText("user-state-ui-alice", "Enabled");
    JsonNode alice = find(api("/api/v1/users"), "username", "ui-alice");
    assertThat(alice.path("roles").toString()).contains(role.path("id").asString());
    browser.screenshot("users");

    // Alice's menu: the pages her role allows, nothing else.
    try (Browser other = new Browser(port)) {
      other.open("/login");
      other.type("login-username", "ui-alice");
      other.type("login-password", "Alice-Pw-2026x");
      other.find("login-submit").click();
      other.until(d -> !d.getCurrentUrl().contains("/login"));
      other.find("menu-audit");
      other.find("menu-users");
      assertThat(other.all("[data-test='menu-roles']")).isEmpty();
      assertThat(other.all("[data-test='menu-jobs']")).isEmpty();
      assertThat(other.all("[data-test='menu-pool-nodes']")).isEmpty();
      other.screenshot("menu-of-custom-role");
    }

    browser.find("user-disable-ui-alice").click();
    browser.untilText("user-state-ui-alice", "Disabled");
    assertThat(find(api("/api/v1/users"), "username", "ui-alice").path("enabled").asBoolean())
        .isFalse();
    assertThat(loginStatus("ui-alice", "Alice-Pw-2026x")).isGreaterThanOrEqualTo(400);
    browser.find("user-enable-ui-alice").click();
    browser.untilText("user-state-ui-alice", "Enabled");
    assertThat(loginStatus("ui-alice", "Alice-Pw-2026x")).isEqualTo(200);

    browser.find("user-reset-ui-alice").click();
    browser.type("reset-password", "Alice-New-Pw-2027");
    browser.find("reset-save").click();
    browser.until(d -> !browser.find("reset-password").isDisplayed());
    assertThat(loginStatus("ui-alice", "Alice-New-Pw-2027")).isEqualTo(200);
    assertThat(loginStatus("ui-alice", "Alice-Pw-2026x")).isGreaterThanOrEqualTo(400);
  }

  @Test
  @DisplayName(
      "CMP-security console: the audit log lists the operations the GUI made, filtered by actor on"
          + " the server; verify shows the chain intact with the API's row count; export holds"
          + " the rows")
  void auditQueryAndVerify() throws Exception {
    post("/api/v1/roles", "{\"name\":\"audit-probe\",\"data_scope\":\"TENANT\"}");
    browser.open("/system/audit");
    browser.type("audit-actor", TestAuth.ADMIN);
    browser.find("audit-search").click();
    browser.untilText("audit-table", "POST /api/v1/roles");
    browser.type("audit-actor", "nobody-at-all");
    browser.find("audit-search").click();
    browser.until(d -> !browser.find("audit-table").getText().contains("POST /api/v1/roles"));
    browser.find("audit-verify").click();
    WebElement result = browser.untilText("audit-verification", "Intact");
    JsonNode verified = postData("/api/v1/audit/verify");
    assertThat(verified.path("intact").asBoolean()).isTrue();
    long shownRows =
        Long.parseLong(result.getText().replaceAll("(?s).*Intact: (\\d+) rows.*", "$1"));
    assertThat(shownRows).isPositive().isLessThanOrEqualTo(verified.path("verifiedRows").asLong());
    browser.screenshot("audit-verified");
    String csv =
        (String)
            browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/v1/audit/export?kind=OPERATION', {headers: {Authorization:"
                    + " 'Bearer ' + localStorage.getItem('computility.token')}})"
                    + ".then(r => r.text()).then(done)");
    assertThat(csv).startsWith("seq,kind,at,actor").contains("POST /api/v1/roles");
  }

  @Test
  @DisplayName(
      "CMP-tenancy console: the platform admin creates a tenant with a quota and sees its"
          + " total/allocated/available/used as the API has them; a taken name shows the server's"
          + " error under the name; disable/enable; the organisation tree shows member counts and"
          + " a sub-organisation quota beyond its parent's is refused under that quota field")
  void tenantsAndOrganisations() throws Exception {
    browser.open("/system/tenants");
    createTenant("ui-tenant-admin");
    browser.until(d -> browser.all("[data-test='tenant-state-ui-tenant']").size() == 1);
    JsonNode tenant = find(api("/api/v1/tenants"), "name", "ui-tenant");
    assertThat(tenant.path("quota_total").path("cpu").asLong()).isEqualTo(64);
    assertThat(tenant.path("quota_total").path("gpu").asLong()).isEqualTo(4);
    assertThat(browser.find("tenant-gpu-ui-tenant").getText())
        .isEqualTo(
            tenant.path("quota_used").path("gpu").asLong()
                + " / "
                + tenant.path("quota_allocated").path("gpu").asLong()
                + " / 4");
    createTenant("ui-tenant-admin2");
    assertThat(browser.fieldErrorOf("tenant-name")).isNotBlank();
    long named = 0;
    for (JsonNode t : api("/api/v1/tenants")) {
      named += t.path("name").asString().equals("ui-tenant") ? 1 : 0;
    }
    assertThat(named).isEqualTo(1);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.screenshot("tenants");
    browser.find("tenant-disable-ui-tenant").click();
    browser.untilText("tenant-state-ui-tenant", "Disabled");
    assertThat(find(api("/api/v1/tenants"), "name", "ui-tenant").path("enabled").asBoolean())
        .isFalse();
    browser.find("tenant-enable-ui-tenant").click();
    browser.untilText("tenant-state-ui-tenant", "Enabled");

    browser.open("/system/orgs");
    JsonNode root = null;
    for (JsonNode o : api("/api/v1/orgs"))
      if (o.path("parent_id").isNull() || o.path("parent_id").isMissingNode()) root = o;
    assertThat(root).isNotNull();
    String rootName = root.path("name").asString();
    String shown = browser.find("org-members-" + rootName).getText();
    assertThat(Long.parseLong(shown)).isEqualTo(root.path("members").asLong()).isPositive();
    browser.find("org-add-" + rootName).click();
    browser.type("org-name", "ui-lab");
    browser.type("org-quota-gpu", Long.toString(root.path("quota").path("gpu").asLong() + 1));
    browser.find("org-save").click();
    assertThat(browser.fieldErrorOf("org-quota-gpu")).isNotBlank();
    assertThat(find(api("/api/v1/orgs"), "name", "ui-lab")).isNull();
    browser.type("org-quota-gpu", "0");
    browser.find("org-save").click();
    browser.find("org-members-ui-lab");
    assertThat(find(api("/api/v1/orgs"), "name", "ui-lab").path("parent_id").asString())
        .isEqualTo(root.path("id").asString());
    browser.screenshot("orgs");
  }

  private void createTenant(String admin) {
    browser.find("tenant-create").click();
    browser.type("tenant-name", "ui-tenant");
    browser.type("tenant-quota-cpu", "64");
    browser.type("tenant-quota-gpu", "4");
    browser.type("tenant-admin-username", admin);
    browser.type("tenant-admin-password", "Tenant-Pw-2026x");
    browser.find("tenant-save").click();
  }

  // --- helpers -------------------------------------------------------------------------------

  /** Opens an Element Plus select and clicks the visible option with exactly this text. */
  void pick(String dataTest, String option) {
    browser.pick(dataTest, option);
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
  }

  static JsonNode find(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (n.path(field).asString().equals(value)) return n;
    }
    return null;
  }

  static org.assertj.core.data.Offset<Double> within(double v) {
    return org.assertj.core.data.Offset.offset(Math.max(1e-6, Math.abs(v) * 0.01));
  }

  JsonNode api(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestAuth.bearer(token))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("data");
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", TestAuth.bearer(token))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode postData(String path) throws Exception {
    HttpResponse<String> r = post(path, "{}");
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("data");
  }

  int loginStatus(String user, String password) throws Exception {
    return http.send(
            HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
