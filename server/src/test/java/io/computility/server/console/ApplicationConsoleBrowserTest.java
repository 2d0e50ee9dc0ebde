package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.MarketFixtures;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applications' main path in a real headless Chromium against the whole server: a tenant user
 * applies for what is in the cart and submits; the tenant administrator approves it in the to-do
 * list; the API shows the application approved.
 */
class ApplicationConsoleBrowserTest extends FederationTestBase {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PASSWORD = "Market-Pw-123";
  final HttpClient http = HttpClient.newHttpClient();
  @Autowired JdbcTemplate jdbc;
  Browser browser;

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
      "CMP-service NET-8.2 console: a tenant user applies for the cart's item and submits, the tenant admin approves it in the to-do list: APPROVED; the user then finds the order active and the resource it holds")
  void applyAndApprove() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 6);
    String admin = adminToken();
    call(
        admin,
        "POST",
        "/api/v1/tenants",
        "{\"name\":\"ui-"
            + s
            + "\",\"quota\":{\"cpu\":100,\"memory_mb\":100000,\"disk_gb\":100,"
            + "\"instances\":10,\"gpu\":8},\"admin_username\":\"ui-admin-"
            + s
            + "\",\"admin_password\":\""
            + PASSWORD
            + "\"}");
    String tenantAdmin = TestAuth.login(port, "ui-admin-" + s, PASSWORD);
    String org = call(tenantAdmin, "GET", "/api/v1/orgs", null).get(0).path("id").asString();
    call(
        tenantAdmin,
        "POST",
        "/api/v1/users",
        "{\"username\":\"ui-user-"
            + s
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"org_id\":\""
            + org
            + "\",\"roles\":[\"tenant-user\"]}");
    String user = TestAuth.login(port, "ui-user-" + s, PASSWORD);
    String product =
        MarketFixtures.product(
            jdbc, ProductType.COMPUTE, "alpha", new ProductComponents(4, 8192, 1, 0, 0, 50));
    call(
        user,
        "POST",
        "/api/v1/market/cart/items",
        "{\"product_id\":\"" + product + "\",\"quantity\":2,\"duration\":\"P1M\"}");

    browser = new Browser(port);
    browser.signIn("ui-user-" + s, PASSWORD);
    browser.find("lang-en").click();
    browser.open("/market/cart");
    browser.untilText("cart-table", "Product " + product);
    browser.until(d -> d.findElement(By.cssSelector(".el-table__body .el-checkbox"))).click();
    browser.click("cart-apply");
    browser.type("apply-title", "GPUs from the browser");
    browser.click("apply-submit-now");
    browser.click("apply-save");
    browser.until(d -> d.getCurrentUrl().contains("/market/applications/"));
    browser.untilText("app-state", "In approval");
    String id = browser.driver.getCurrentUrl().replaceAll(".*/market/applications/", "");
    browser.screenshot("market/application-submitted");
    browser.close();

    browser = new Browser(port);
    browser.signIn("ui-admin-" + s, PASSWORD);
    browser.find("lang-en").click();
    browser.open("/market/approvals/todo");
    browser.untilText("todo-table", "GPUs from the browser");
    browser.click("task-approve");
    browser.type("decision-text", "approved in the browser");
    browser.click("decision-save");
    browser.until(
        d -> !d.findElement(Browser.testId("todo-table")).getText().contains("GPUs from"));
    JsonNode app = call(user, "GET", "/api/v1/market/applications/" + id, null);
    assertThat(app.path("application").path("state").asString()).isEqualTo("APPROVED");
    assertThat(app.path("history").get(0).path("comment").asString())
        .isEqualTo("approved in the browser");

    // the order it made is provisioned; the user finds it active, and what it holds, in the console
    String order =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    jdbc.queryForList(
                        "select id from market_order where application_id = ? and state = 'ACTIVE'",
                        String.class,
                        id),
                l -> !l.isEmpty())
            .get(0);
    String number =
        jdbc.queryForObject("select number from market_order where id = ?", String.class, order);
    browser.close();
    browser = new Browser(port);
    browser.signIn("ui-user-" + s, PASSWORD);
    browser.find("lang-en").click();
    browser.open("/market/orders");
    browser.untilText("order-state-" + order, "Active");
    browser.open("/market/resources");
    browser.untilText("market-resources", number);
    browser.screenshot("market/resource-held");
  }

  private JsonNode call(String token, String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", TestAuth.bearer(token))
            .header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 201);
    return JSON.readTree(r.body()).path("data");
  }
}
