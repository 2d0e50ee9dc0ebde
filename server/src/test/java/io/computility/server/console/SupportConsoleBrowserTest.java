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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The support path in a real headless Chromium against the whole server on PostgreSQL: a tenant
 * user raises a work order in the portal, an operator takes and answers it in the back office, the
 * user finds the answer through the message in their inbox. Checked against the REST API.
 */
class SupportConsoleBrowserTest extends FederationTestBase {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PASSWORD = "Support-Ui-Pw-2026";
  final HttpClient http = HttpClient.newHttpClient();
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
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
      "NET-8.2 console: a tenant user opens a work order in the portal, an operator takes it,"
          + " answers and resolves it in the back office, and the user sees the answer after"
          + " following the message in their inbox")
  void userAsksOperatorAnswers() throws Exception {
    String user = tenantUser();
    signIn(user);
    browser.open("/support/tickets");
    browser.click("ticket-create");
    browser.type("ticket-title", "GPU node unreachable " + suffix);
    browser.type("ticket-description", "my training job cannot reach node 7");
    browser.click("ticket-save");
    browser.until(d -> d.getCurrentUrl().matches(".*/support/tickets/tk-[0-9a-f]+$"));
    String url = browser.driver.getCurrentUrl();
    String id = url.substring(url.lastIndexOf('/') + 1);
    browser.until(d -> "OPEN".equals(browser.find("ticket-state").getAttribute("data-state")));
    browser.screenshot("ticket-opened");
    browser.close();

    signIn(TestAuth.ADMIN);
    browser.open("/operations/tickets");
    browser.untilText("tickets-table", "GPU node unreachable " + suffix);
    browser.open("/operations/tickets/" + id);
    browser.click("ticket-claim");
    browser.until(
        d -> "IN_PROGRESS".equals(browser.find("ticket-state").getAttribute("data-state")));
    browser.type("comment-body", "We restarted node 7, please try again");
    browser.click("comment-send");
    browser.untilText("ticket-detail", "We restarted node 7");
    browser.click("ticket-resolve");
    browser.type("note-text", "Node 7 is back");
    browser.click("note-save");
    browser.until(d -> "RESOLVED".equals(browser.find("ticket-state").getAttribute("data-state")));
    browser.screenshot("ticket-answered");
    browser.close();

    signIn(user);
    browser.until(d -> !browser.find("inbox-unread").getText().isBlank());
    browser.click("inbox-link");
    browser.until(d -> d.getCurrentUrl().endsWith("/monitoring/inbox"));
    WebElement resolved =
        browser.until(
            d ->
                browser.all("[data-test='inbox-message'][data-code='ticket.msg.resolved']").stream()
                    .findFirst()
                    .orElse(null));
    assertThat(resolved.getText()).contains("resolved").contains("GPU node unreachable");
    browser.screenshot("ticket-inbox");
    browser.all("[data-test='inbox-open']").get(0).click();
    browser.until(d -> d.getCurrentUrl().endsWith("/support/tickets/" + id));
    browser.untilText("ticket-detail", "Node 7 is back");
    assertThat(browser.find("ticket-detail").getText()).contains("We restarted node 7");
    assertThat(browser.find("ticket-state").getAttribute("data-state")).isEqualTo("RESOLVED");

    JsonNode detail = api("/api/v1/market/tickets/" + id, TestAuth.login(port, user, PASSWORD));
    assertThat(detail.path("ticket").path("state").asString()).isEqualTo("RESOLVED");
    assertThat(detail.path("comments").toString()).contains("Node 7 is back");
  }

  private void signIn(String user) throws Exception {
    browser = new Browser(port);
    browser.signIn(user, user.equals(TestAuth.ADMIN) ? TestAuth.ADMIN_PASSWORD : PASSWORD);
    browser.find("lang-en").click();
  }

  /** A tenant and a tenant user in it, through the API; the user's login name. */
  private String tenantUser() throws Exception {
    String admin = TestAuth.adminToken(port);
    String tenantAdmin = "sui-admin-" + suffix;
    post(
        admin,
        "/api/v1/tenants",
        "{\"name\":\"sui-"
            + suffix
            + "\",\"quota\":{\"cpu\":10,\"memory_mb\":10000,\"disk_gb\":10,\"instances\":10,"
            + "\"gpu\":1},\"admin_username\":\""
            + tenantAdmin
            + "\",\"admin_password\":\""
            + PASSWORD
            + "\"}");
    String ta = TestAuth.login(port, tenantAdmin, PASSWORD);
    String org = api("/api/v1/orgs", ta).get(0).path("id").asString();
    String login = "sui-user-" + suffix;
    post(
        ta,
        "/api/v1/users",
        "{\"username\":\""
            + login
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"org_id\":\""
            + org
            + "\",\"roles\":[\"tenant-user\"]}");
    return login;
  }

  private JsonNode api(String path, String bearer) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestAuth.bearer(bearer))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("data");
  }

  private void post(String bearer, String path, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestAuth.bearer(bearer))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(201);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
