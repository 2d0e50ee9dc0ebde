package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Personal API tokens, switching the active role, the users list paged and filtered by the server,
 * the audit filters and the tenant visibility of a spec, in a real headless Chromium against the
 * whole server on PostgreSQL, each checked against the REST API.
 */
class AccountConsoleBrowserTest extends FederationTestBase {
  static final JsonMapper JSON = JsonMapper.builder().build();
  final HttpClient http = HttpClient.newHttpClient();
  Browser browser;
  String token;

  @BeforeEach
  void openBrowser() {
    token = adminToken();
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws Exception {
    if (browser == null) return;
    try {
      browser.screenshotAfter(test);
    } finally {
      browser.close();
    }
  }

  @Test
  @DisplayName(
      "CMP-security console: from the user menu create a personal API token (a bad lifetime shows"
          + " the server's error under the field, nothing stored); its secret is shown once and"
          + " works against the API; the list shows it without the secret; revoking ends it (401)")
  void personalApiTokens() throws Exception {
    signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.find("user-menu-open").click();
    browser.until(d -> visible("user-menu-tokens")).click();
    browser.until(d -> d.getCurrentUrl().endsWith("/account/tokens"));
    browser.type("token-name", "ui-cli");
    browser.type("token-ttl", "-1");
    browser.find("token-create").click();
    assertThat(browser.fieldErrorOf("token-ttl")).isNotBlank();
    assertThat(named(api("/api/v1/tokens"), "ui-cli")).isNull();
    browser.type("token-ttl", "7");
    browser.find("token-create").click();
    String secret = browser.find("token-secret").getText().trim();
    assertThat(secret).isNotBlank();
    JsonNode listed = named(api("/api/v1/tokens"), "ui-cli");
    assertThat(listed).isNotNull();
    assertThat(listed.path("token").isNull() || listed.path("token").isMissingNode()).isTrue();
    assertThat(browser.find("tokens-table").getText())
        .contains(listed.path("token_id").asString())
        .doesNotContain(secret);
    assertThat(get("/api/v1/auth/me", secret).statusCode()).isEqualTo(200);
    browser.screenshot("api-tokens");

    browser.open("/account/tokens"); // the secret is not shown again
    browser.untilText("tokens-table", "ui-cli");
    assertThat(browser.all("[data-test='token-secret']")).isEmpty();
    browser.find("token-revoke-ui-cli").click();
    browser.until(d -> visibleButton("OK")).click();
    browser.until(d -> !browser.find("tokens-table").getText().contains("ui-cli"));
    assertThat(named(api("/api/v1/tokens"), "ui-cli")).isNull();
    assertThat(get("/api/v1/auth/me", secret).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "CMP-security console: a user holding two roles switches the active role in the user menu"
          + " without signing in again; the menu follows the new role's permission codes and the"
          + " same token now acts with that role")
  void switchActiveRole() throws Exception {
    String org = api("/api/v1/orgs").get(0).path("id").asString();
    HttpResponse<String> created =
        post(
            "/api/v1/users",
            "{\"username\":\"ui-two-roles\",\"password\":\"Two-Roles-Pw-2026\",\"org_id\":\""
                + org
                + "\",\"roles\":[\"platform-admin\",\"platform-auditor\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    signIn("ui-two-roles", "Two-Roles-Pw-2026");
    browser.until(
        d -> "platform-admin".equals(browser.find("active-role").getAttribute("data-role")));
    browser.find("menu-job-submit");
    browser.find("user-menu-open").click();
    browser.until(d -> visible("role-platform-auditor")).click();
    browser.until(
        d -> "platform-auditor".equals(browser.find("active-role").getAttribute("data-role")));
    browser.until(d -> browser.all("[data-test='menu-job-submit']").isEmpty());
    browser.find("menu-jobs");
    String browserToken =
        (String) browser.script("return localStorage.getItem('computility.token')");
    HttpResponse<String> me = get("/api/v1/auth/me", browserToken);
    assertThat(me.statusCode()).isEqualTo(200);
    JsonNode data = JSON.readTree(me.body()).path("data");
    assertThat(data.path("active_role").asString()).isEqualTo("platform-auditor");
    assertThat(data.path("permissions").toString()).doesNotContain("job:submit");
    browser.screenshot("role-switched");
  }

  @Test
  @DisplayName(
      "CMP-tenancy console: the users page filters and pages on the server (q, enabled, page,"
          + " size; X-Total-Count); bad values answer 400 naming the field; without them the"
          + " whole scope is answered as before")
  void usersPagedOnTheServer() throws Exception {
    String org = api("/api/v1/orgs").get(0).path("id").asString();
    for (int i = 0; i < 3; i++) {
      post(
          "/api/v1/users",
          "{\"username\":\"ui-page-"
              + i
              + "\",\"password\":\"Paged-User-Pw-2026\",\"org_id\":\""
              + org
              + "\",\"roles\":[\"platform-auditor\"]}");
    }
    HttpResponse<String> page = get("/api/v1/users?q=UI-PAGE-&size=2&page=1", token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(JSON.readTree(page.body()).path("data").size()).isEqualTo(1);
    assertThat(JSON.readTree(get("/api/v1/users?enabled=false", token).body()).path("data").size())
        .isZero();
    assertThat(api("/api/v1/users").size()).isGreaterThanOrEqualTo(4);
    HttpResponse<String> bad = get("/api/v1/users?size=0", token);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("size");
    assertThat(get("/api/v1/users?enabled=maybe", token).body()).contains("enabled");
    assertThat(get("/api/v1/users?page=x", token).statusCode()).isEqualTo(400);

    signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.open("/system/users");
    browser.untilText("users-table", TestAuth.ADMIN);
    browser.type("user-filter", "ui-page-");
    browser.until(
        d -> d.findElement(By.cssSelector(".el-pagination__total")).getText().equals("Total 3"));
    assertThat(browser.find("users-table").getText())
        .contains("ui-page-0", "ui-page-1", "ui-page-2");
    assertThat(browser.find("users-table").getText()).doesNotContain("ui-two-roles");
    browser.screenshot("users-server-filter");
  }

  @Test
  @DisplayName(
      "CMP-security console: the audit log filters by action and time window on the server;"
          + " a bad since answers 400 naming since")
  void auditActionAndTimeFilters() throws Exception {
    post("/api/v1/roles", "{\"name\":\"audit-action-probe\",\"data_scope\":\"TENANT\"}");
    JsonNode roles = api("/api/v1/audit/operations?action=post%20/api/v1/roles");
    assertThat(roles.size()).isPositive();
    roles.forEach(r -> assertThat(r.path("action").asString()).contains("POST /api/v1/roles"));
    assertThat(
            api("/api/v1/audit/operations?action=POST%20/api/v1/roles&until=2000-01-01T00:00:00Z"))
        .isEmpty();
    assertThat(
            api("/api/v1/audit/operations?action=POST%20/api/v1/roles&since=2000-01-01T00:00:00Z")
                .size())
        .isEqualTo(roles.size());
    HttpResponse<String> bad = get("/api/v1/audit/operations?since=yesterday", token);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).path("errorMsg").asString()).startsWith("since");

    signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.open("/system/audit");
    browser.type("audit-action", "POST /api/v1/roles");
    browser.find("audit-search").click();
    browser.untilText("audit-table", "POST /api/v1/roles");
    browser.until(d -> !browser.find("audit-table").getText().contains("POST /api/v1/auth"));
    browser.screenshot("audit-action-filter");
  }

  @Test
  @DisplayName(
      "CMP-tenancy console: restrict a platform spec to one tenant in its Tenants dialog (an"
          + " unknown tenant shows the server's 400 naming tenants, nothing stored); the API"
          + " lists the tenant; an empty list shares it again")
  void specTenantVisibility() throws Exception {
    HttpResponse<String> spec =
        post(
            "/api/v1/specs",
            "{\"resource_spec_id\":\"ui-vis-spec\",\"resource_spec_name\":\"vis\","
                + "\"resource_quantity\":{\"cpu\":\"2\"},\"service_type\":\"train\",\"price\":1,"
                + "\"computing_center_list\":[]}");
    assertThat(spec.statusCode()).as(spec.body()).isBetween(200, 201);
    String tenant = api("/api/v1/tenants").get(0).path("id").asString();
    signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.open("/specs");
    browser.find("visibility-open-ui-vis-spec").click();
    addTenant("no-such-tenant");
    browser.find("visibility-save").click();
    WebElement refused =
        browser.until(
            d ->
                browser.all("[data-test='visibility-dialog'] [data-test='error']").stream()
                    .findFirst()
                    .orElse(null));
    assertThat(refused.getText()).contains("no-such-tenant");
    assertThat(api("/api/v1/specs/ui-vis-spec/tenants")).isEmpty();
    browser.find("visibility-tenants").findElement(By.cssSelector(".el-tag__close")).click();
    addTenant(tenant);
    browser.find("visibility-save").click();
    browser.until(d -> !browser.find("visibility-tenants").isDisplayed());
    JsonNode stored = api("/api/v1/specs/ui-vis-spec/tenants");
    assertThat(stored.size()).isEqualTo(1);
    assertThat(stored.get(0).asString()).isEqualTo(tenant);
    browser.find("visibility-open-ui-vis-spec").click();
    browser.untilText("visibility-current", tenant);
    browser.screenshot("spec-visibility");
    browser.find("visibility-tenants").findElement(By.cssSelector(".el-tag__close")).click();
    browser.until(
        d -> browser.find("visibility-tenants").findElements(By.cssSelector(".el-tag")).isEmpty());
    browser.find("visibility-save").click();
    browser.until(d -> !browser.find("visibility-tenants").isDisplayed());
    await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(api("/api/v1/specs/ui-vis-spec/tenants")).isEmpty());
  }

  @Test
  @DisplayName(
      "CMP-tenancy console: a center page's Tenants dialog restricts the center to one tenant"
          + " (stored as the API lists it) and an empty list shares it again")
  void centerTenantVisibility() throws Exception {
    String center = api("/api/v1/centers").get(0).path("ai_center_id").asString();
    String tenant = api("/api/v1/tenants").get(0).path("id").asString();
    signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.open("/centers/" + center);
    browser.find("visibility-open-" + center).click();
    addTenant(tenant);
    browser.find("visibility-save").click();
    browser.until(d -> !browser.find("visibility-tenants").isDisplayed());
    JsonNode stored = api("/api/v1/centers/" + center + "/tenants");
    assertThat(stored.size()).isEqualTo(1);
    assertThat(stored.get(0).asString()).isEqualTo(tenant);
    browser.find("visibility-open-" + center).click();
    browser.untilText("visibility-current", tenant);
    browser.find("visibility-tenants").findElement(By.cssSelector(".el-tag__close")).click();
    // the select drops the tag once the click is handled; saving before that would keep it
    browser.until(
        d -> browser.find("visibility-tenants").findElements(By.cssSelector(".el-tag")).isEmpty());
    browser.find("visibility-save").click();
    browser.until(d -> !browser.find("visibility-tenants").isDisplayed());
    await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(api("/api/v1/centers/" + center + "/tenants")).isEmpty());
  }

  // --- helpers -------------------------------------------------------------------------------

  private void addTenant(String id) {
    browser.until(
        d -> {
          try {
            browser.find("visibility-tenants").click(); // focuses the select's filter input
            return true;
          } catch (org.openqa.selenium.ElementNotInteractableException notYet) {
            return false; // the dialog is still opening
          }
        });
    WebElement in = browser.driver.switchTo().activeElement();
    in.sendKeys(id);
    browser.until(
        d ->
            d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .anyMatch(o -> o.isDisplayed() && o.getText().trim().equals(id)));
    in.sendKeys(Keys.ENTER);
    browser.untilText("visibility-tenants", id);
    // closes the dropdown (a click above the select: the dropdown opens below it)
    browser.all("[data-test='visibility-dialog'] .hint").get(0).click();
  }

  private WebElement visible(String dataTest) {
    return browser.all("[data-test='" + dataTest + "']").stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElse(null);
  }

  private WebElement visibleButton(String text) {
    return browser.all(".el-message-box button").stream()
        .filter(b -> b.isDisplayed() && b.getText().trim().equals(text))
        .findFirst()
        .orElse(null);
  }

  private static JsonNode named(JsonNode list, String name) {
    for (JsonNode n : list) if (n.path("name").asString().equals(name)) return n;
    return null;
  }

  private void signIn(String user, String password) throws Exception {
    browser = new Browser(port);
    browser.signIn(user, password);
    browser.find("lang-en").click();
  }

  private JsonNode api(String path) throws Exception {
    HttpResponse<String> r = get(path, token);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("data");
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", TestAuth.bearer(bearer)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", TestAuth.bearer(token))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
