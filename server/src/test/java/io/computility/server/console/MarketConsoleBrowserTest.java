package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The market's main path in a real headless Chromium against the whole server: an operator keeps
 * the catalogue in the back office, a tenant user finds the product in the marketplace.
 */
class MarketConsoleBrowserTest extends FederationTestBase {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PASSWORD = "Market-Pw-123";
  final HttpClient http = HttpClient.newHttpClient();
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  Browser browser;
  String token;

  @BeforeEach
  void openBrowser() throws Exception {
    token = adminToken();
    browser = new Browser(port);
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
      "NET-8.2 NET-8.3 CMP-service console: the operator creates a category, a subcategory and a"
          + " product (without a name first: the server's error under the field), puts it on"
          + " shelf; a tenant user finds it in the marketplace by fuzzy search, as a card and in"
          + " the list")
  void operatorShelvesTenantFinds() throws Exception {
    String tenantUser = tenantWithUser();
    browser.signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
    browser.find("lang-en").click();
    browser.open("/operations/products");
    browser.untilText("page-title", "Products");
    browser.click("category-add");
    browser.type("category-name", "Compute " + suffix);
    browser.click("category-save");
    browser.click("category-Compute " + suffix);
    browser.click("category-add-child");
    browser.type("category-name", "GPU " + suffix);
    browser.click("category-save");
    browser.find("category-GPU " + suffix);
    String child = categoryId("GPU " + suffix);

    browser.click("product-create");
    browser.pick("product-category", "GPU " + suffix);
    browser.type("product-provider", "Beijing AI");
    browser.type("product-intro", "Eight cards for large-model training");
    browser.type("product-gpu", "8");
    browser.type("product-cpu", "64");
    // without a name the server refuses: its error sits under the field, nothing is stored
    browser.click("product-save");
    assertThat(browser.fieldErrorOf("product-name")).isNotBlank();
    assertThat(api("/api/v1/market/products?search=" + suffix).path("total").asLong()).isZero();
    browser.type("product-name", "Quantum GPU " + suffix);
    browser.click("product-save");
    browser.until(
        d ->
            browser.all("[data-test='product-row-Quantum GPU " + suffix + "']").isEmpty()
                ? null
                : true);
    JsonNode product = api("/api/v1/market/products?search=" + suffix).path("items").get(0);
    assertThat(product.path("category_id").asString()).isEqualTo(child);
    assertThat(product.path("components").path("gpu").asLong()).isEqualTo(8);
    String number = product.path("number").asString();
    browser.untilText("state-" + number, "Draft");
    browser.click("product-shelve-" + number);
    browser.untilText("state-" + number, "On shelf");
    browser.screenshot("market-products");

    browser.find("logout").click();
    browser.until(d -> d.getCurrentUrl().contains("/login"));
    browser.signIn(tenantUser, PASSWORD);
    browser.find("lang-en").click();
    browser.open("/market");
    browser.untilText("page-title", "Marketplace");
    browser.type("market-search", "quantum " + suffix.toUpperCase());
    browser.click("market-search-go");
    browser.untilText("offer-" + number, "Quantum GPU " + suffix);
    assertThat(browser.find("offer-" + number).getText()).contains("Beijing AI").contains(number);
    browser.screenshot("marketplace-wall");
    browser.click("view-list");
    browser.untilText("offer-table", number);
    browser.click("apply-" + number);
    browser.find("apply-dialog");
    browser.screenshot("marketplace-apply");
    // the cart is the applications part's: added, or its refusal shown in the dialog
    browser.click("apply-add");
    browser.until(
        d ->
            !browser.find("apply-dialog").isDisplayed()
                    || !browser.find("apply-dialog").findElements(Browser.testId("error")).isEmpty()
                ? true
                : null);
  }

  /** A tenant with a tenant user, through the API; returns the user's login name. */
  String tenantWithUser() throws Exception {
    String admin = "m-admin-" + suffix;
    send(
        "POST",
        "/api/v1/tenants",
        token,
        """
        {"name":"market-%s","quota":{"cpu":10,"memory_mb":10000,"disk_gb":10,"instances":10,"gpu":4},
         "admin_username":"%s","admin_password":"%s"}
        """
            .formatted(suffix, admin, PASSWORD));
    String adminToken = TestAuth.login(port, admin, PASSWORD);
    String org = send("GET", "/api/v1/orgs", adminToken, null).get(0).path("id").asString();
    String user = "m-user-" + suffix;
    send(
        "POST",
        "/api/v1/users",
        adminToken,
        """
        {"username":"%s","password":"%s","org_id":"%s","roles":["tenant-user"]}
        """
            .formatted(user, PASSWORD, org));
    return user;
  }

  String categoryId(String name) throws Exception {
    for (JsonNode top : api("/api/v1/market/categories")) {
      for (JsonNode c : top.path("children")) {
        if (c.path("name").asString().equals(name)) return c.path("id").asString();
      }
    }
    throw new AssertionError("no category " + name);
  }

  JsonNode api(String path) throws Exception {
    return send("GET", path, token, null);
  }

  JsonNode send(String method, String path, String bearer, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", TestAuth.bearer(bearer))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 201);
    return JSON.readTree(r.body()).path("data");
  }
}
