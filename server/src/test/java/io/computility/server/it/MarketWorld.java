package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.testsupport.MarketFixtures;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A tenant for market tests, built through the API: its admin, an applicant (tenant-user) in its
 * root organisation, two platform operators (built-in role platform-operator) and an on-shelf
 * product. Helpers put items in the cart, apply, set the tenant's flow and decide tasks.
 */
final class MarketWorld {
  static final String PASSWORD = "Market-Pw-123";
  final int port;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  String tenant;
  String rootOrg;
  String applicantId;
  String operator1Id;
  String operator2Id;
  String product;
  Http admin;
  Http tenantAdmin;
  Http applicant;
  Http operator1;
  Http operator2;
  String tenantAdminId;
  String applicantToken;
  String operatorToken;

  MarketWorld(int port) {
    this.port = port;
  }

  String name(String base) {
    return base + "-" + suffix;
  }

  MarketWorld build(JdbcTemplate jdbc) throws Exception {
    return build(
        jdbc, "{\"cpu\":1000,\"memory_mb\":1000000,\"disk_gb\":1000,\"instances\":100,\"gpu\":64}");
  }

  /** The same with the tenant's quota given as JSON. */
  MarketWorld build(JdbcTemplate jdbc, String quota) throws Exception {
    admin = new Http(port);
    String body =
        "{\"name\":\""
            + name("mkt")
            + "\",\"quota\":"
            + quota
            + ",\"admin_username\":\""
            + name("mkt-admin")
            + "\",\"admin_password\":\""
            + PASSWORD
            + "\"}";
    tenant = TenantFixture.created(admin.post("/api/v1/tenants", body)).path("id").asString();
    tenantAdmin = new Http(port, TestAuth.login(port, name("mkt-admin"), PASSWORD));
    tenantAdminId =
        jdbc.queryForObject(
            "select id from app_user where username = ?", String.class, name("mkt-admin"));
    rootOrg = tenantAdmin.get("/api/v1/orgs").data().get(0).path("id").asString();
    applicantId = user(tenantAdmin, "mkt-user", rootOrg, "tenant-user");
    applicantToken = TestAuth.login(port, name("mkt-user"), PASSWORD);
    applicant = new Http(port, applicantToken);
    operator1Id = user(admin, "mkt-op1", "platform-root", "platform-operator");
    operator2Id = user(admin, "mkt-op2", "platform-root", "platform-operator");
    operatorToken = TestAuth.login(port, name("mkt-op1"), PASSWORD);
    operator1 = new Http(port, operatorToken);
    operator2 = new Http(port, TestAuth.login(port, name("mkt-op2"), PASSWORD));
    product =
        MarketFixtures.product(
            jdbc, ProductType.COMPUTE, null, new ProductComponents(8, 65536, 1, 81920, 0, 100));
    return this;
  }

  String user(Http as, String login, String org, String role) throws Exception {
    String body =
        "{\"username\":\""
            + name(login)
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"org_id\":\""
            + org
            + "\",\"roles\":[\""
            + role
            + "\"]}";
    return TenantFixture.created(as.post("/api/v1/users", body)).path("id").asString();
  }

  /** Saves a new version of this tenant's application flow; returns its id. */
  String flow(String stepsJson) throws Exception {
    Http.Answer a =
        admin.post(
            "/api/v1/market/approval-flows",
            "{\"tenant_id\":\""
                + tenant
                + "\",\"business_type\":\"APPLICATION\",\"name\":\"flow "
                + suffix
                + "\",\"steps\":"
                + stepsJson
                + "}");
    return TenantFixture.created(a).path("id").asString();
  }

  /** Step 1 tenant admin (or-sign), step 2 both operators (countersign). */
  String twoStepFlow() throws Exception {
    return flow(
        "[{\"name\":\"Tenant admin\",\"kind\":\"TENANT_ADMIN\",\"mode\":\"OR_SIGN\"},"
            + "{\"name\":\"Operators\",\"kind\":\"USERS\",\"mode\":\"COUNTERSIGN\",\"users\":[\""
            + operator1Id
            + "\",\""
            + operator2Id
            + "\"]}]");
  }

  String cartItem(int quantity) throws Exception {
    Http.Answer a =
        applicant.post(
            "/api/v1/market/cart/items",
            "{\"product_id\":\""
                + product
                + "\",\"quantity\":"
                + quantity
                + ",\"duration\":\"P1M\"}");
    return TenantFixture.created(a).path("id").asString();
  }

  /** A draft made from one new cart item; returns the application id. */
  String draft(String title) throws Exception {
    String item = cartItem(2);
    Http.Answer a =
        applicant.post(
            "/api/v1/market/applications",
            "{\"title\":\""
                + title
                + "\",\"reason\":\"training\",\"cart_item_ids\":[\""
                + item
                + "\"]}");
    return TenantFixture.created(a).path("application").path("id").asString();
  }

  String submitted(String title) throws Exception {
    String id = draft(title);
    Http.Answer s = applicant.post("/api/v1/market/applications/" + id + "/submit", "{}");
    assertThat(s.status()).as(s.text()).isEqualTo(200);
    return id;
  }

  JsonNode application(String id) throws Exception {
    Http.Answer a = applicant.get("/api/v1/market/applications/" + id);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.data();
  }

  String state(String id) throws Exception {
    return application(id).path("application").path("state").asString();
  }

  /** The open task ids of one application in someone's to-do. */
  static List<String> tasks(Http as, String applicationId) throws Exception {
    Http.Answer a = as.get("/api/v1/market/approvals/tasks");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    a.data()
        .forEach(
            t -> {
              if (t.path("subject_id").asString().equals(applicationId)) {
                out.add(t.path("task_id").asString());
              }
            });
    return out;
  }

  static Http.Answer approve(Http as, String task, String comment) throws Exception {
    return as.post(
        "/api/v1/market/approvals/tasks/" + task + "/approve", "{\"comment\":\"" + comment + "\"}");
  }

  /** A multipart/form-data POST of one file in field {@code file}. */
  static Http.Answer upload(int port, String token, String path, String filename, byte[] content)
      throws Exception {
    String boundary = "b" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", TestAuth.bearer(token))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    try {
      json = Http.JSON.readTree(r.body());
    } catch (RuntimeException notJson) {
      // not JSON
    }
    return new Http.Answer(r.statusCode(), json, r.body(), r.headers());
  }

  /** Raw bytes of a GET. */
  static HttpResponse<byte[]> bytes(int port, String token, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestAuth.bearer(token))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
