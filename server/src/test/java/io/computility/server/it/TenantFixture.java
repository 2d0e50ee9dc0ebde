package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.TestAuth;
import java.util.UUID;

/**
 * Two tenants built through the API as the platform admin. Tenant A: its admin, a sub-organisation,
 * a tenant user who owns a job, a read-only viewer, a user whose custom role holds no permission, a
 * custom role and a business system, a pool task of that user (on a pool node registered for the
 * fixture), a private resource spec of the tenant, a work order of that user ("a-secret-ticket"), a
 * notice published to tenant A only ("a-secret-notice"), a market product shelved for tenant A
 * only, and a demand of that user accepted by its rule with its order (market). Tenant B: its admin
 * only.
 */
final class TenantFixture {
  static final String PASSWORD = "Tenant-Pw-123";
  final int port;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  String tenantA;
  String tenantB;
  String rootOrgA;
  String subOrgA;
  String userA;
  String jobA;
  String poolTaskA;
  String specA;
  String ticketA;
  String noticeA;
  String productA;
  String roleA;
  String systemA;
  String tokenIdA;
  String adminAToken;
  String userAToken;
  String viewerAToken;
  String noneAToken;
  String adminBToken;
  String demandA;
  String orderA;
  // market (issue 16): tenant A's cart item, submitted application, its attachment and the
  // tenant admin's approval task of it
  String cartItemA;
  String applicationA;
  String attachmentA;
  String approvalTaskA;
  String approvalA;
  String flowA;

  TenantFixture(int port) {
    this.port = port;
  }

  String name(String base) {
    return base + "-" + suffix;
  }

  TenantFixture build() throws Exception {
    Http admin = new Http(port);
    tenantA = tenant(admin, "a");
    tenantB = tenant(admin, "b");
    adminAToken = TestAuth.login(port, name("a-admin"), PASSWORD);
    adminBToken = TestAuth.login(port, name("b-admin"), PASSWORD);
    Http a = new Http(port, adminAToken);
    rootOrgA = a.get("/api/v1/orgs").data().get(0).path("id").asString();
    subOrgA =
        created(a.post("/api/v1/orgs", "{\"name\":\"sub\",\"parent_id\":\"" + rootOrgA + "\"}"))
            .path("id")
            .asString();
    roleA =
        created(
                a.post(
                    "/api/v1/roles",
                    "{\"name\":\"nothing\",\"permissions\":[],\"data_scope\":\"SELF\"}"))
            .path("id")
            .asString();
    userA = user(a, "a-user", rootOrgA, "tenant-user");
    user(a, "a-viewer", subOrgA, "tenant-viewer");
    user(a, "a-none", subOrgA, roleA);
    systemA =
        created(
                a.post(
                    "/api/v1/business-systems",
                    "{\"name\":\"erp\",\"org_id\":\""
                        + subOrgA
                        + "\",\"members\":[\""
                        + userA
                        + "\"]}"))
            .path("id")
            .asString();
    userAToken = TestAuth.login(port, name("a-user"), PASSWORD);
    viewerAToken = TestAuth.login(port, name("a-viewer"), PASSWORD);
    noneAToken = TestAuth.login(port, name("a-none"), PASSWORD);
    Http u = new Http(port, userAToken);
    jobA = created(u.post("/openapi/v1/trainjob", JcApiTest.TWO_TASKS)).path("jobId").asString();
    tokenIdA = created(u.post("/api/v1/tokens", "{\"name\":\"cli\"}")).path("token_id").asString();
    ScopedResourcesTest.registerPoolNode(port, name("fx-node"), 1);
    poolTaskA =
        created(u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("a-pool-task", 10)))
            .path("id")
            .asString();
    specA =
        created(
                a.post(
                    "/api/v1/specs",
                    ScopedResourcesTest.spec(name("fx-spec")).replace("private", "a-secret-spec")))
            .path("resource_spec_id")
            .asString();
    ticketA =
        created(
                u.post(
                    "/api/v1/market/tickets",
                    "{\"title\":\"a-secret-ticket\",\"category_id\":\"tc-ops\","
                        + "\"description\":\"a-secret-ticket\"}"))
            .path("id")
            .asString();
    noticeA =
        created(
                admin.post(
                    "/api/v1/market/notices",
                    "{\"title\":\"a-secret-notice\",\"body\":\"a-secret-notice\","
                        + "\"audience\":\"TENANTS\",\"tenant_ids\":[\""
                        + tenantA
                        + "\"],\"publish_at\":\""
                        + java.time.Instant.now().minusSeconds(1)
                        + "\"}"))
            .path("id")
            .asString();
    productA = marketProduct(admin);
    // a demand of the tenant user accepted by its rule: the demand and its order (issue 16)
    tools.jackson.databind.JsonNode demand =
        created(
            u.post(
                "/api/v1/market/demands",
                "{\"name\":\"fx-demand\",\"cpu\":1,\"gpu\":0,\"duration\":\"P1D\","
                    + "\"rule\":\"CHEAPEST\"}"));
    demandA = demand.path("id").asString();
    orderA = demand.path("order_id").asString();
    assertThat(orderA).as(demand.toString()).startsWith("ord-");
    return this;
  }

  /** A product on shelf for tenant A only (NET-8.2 per-tenant shelving). */
  private String marketProduct(Http admin) throws Exception {
    String parent =
        created(admin.post("/api/v1/market/categories", "{\"name\":\"fx-" + suffix + "\"}"))
            .path("id")
            .asString();
    String child =
        created(
                admin.post(
                    "/api/v1/market/categories",
                    "{\"name\":\"fx-child-" + suffix + "\",\"parent_id\":\"" + parent + "\"}"))
            .path("id")
            .asString();
    String id =
        created(
                admin.post(
                    "/api/v1/market/products",
                    MarketApi.compute(name("a-only-product"), child, null, "a-only-product")))
            .path("id")
            .asString();
    created(
        admin.put(
            "/api/v1/market/products/" + id + "/shelf",
            "{\"scope\":\"TENANTS\",\"tenants\":[\"" + tenantA + "\"]}"));
    created(admin.post("/api/v1/market/products/" + id + "/transition", "{\"action\":\"SHELVE\"}"));
    return id;
  }

  /** Tenant A's market resources (issue 16): needs the database for the product fixture. */
  TenantFixture market(org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
    String product =
        io.computility.server.testsupport.MarketFixtures.product(
            jdbc,
            io.computility.server.market.catalogue.ProductType.COMPUTE,
            null,
            new io.computility.server.market.catalogue.ProductComponents(4, 1024, 1, 0, 0, 10));
    Http u = new Http(port, userAToken);
    String item = "{\"product_id\":\"" + product + "\",\"quantity\":1,\"duration\":\"P1M\"}";
    String first = created(u.post("/api/v1/market/cart/items", item)).path("id").asString();
    cartItemA = created(u.post("/api/v1/market/cart/items", item)).path("id").asString();
    applicationA =
        created(
                u.post(
                    "/api/v1/market/applications",
                    "{\"title\":\"a-secret-application\",\"cart_item_ids\":[\"" + first + "\"]}"))
            .path("application")
            .path("id")
            .asString();
    attachmentA =
        MarketWorld.upload(
                port,
                userAToken,
                "/api/v1/market/applications/" + applicationA + "/attachments",
                "a.txt",
                "a-secret-file".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .data()
            .path("id")
            .asString();
    approvalA =
        created(u.post("/api/v1/market/applications/" + applicationA + "/submit", "{}"))
            .path("approval_id")
            .asString();
    approvalTaskA =
        new Http(port, adminAToken)
            .get("/api/v1/market/approvals/tasks")
            .data()
            .get(0)
            .path("task_id")
            .asString();
    flowA =
        created(
                new Http(port)
                    .post(
                        "/api/v1/market/approval-flows",
                        "{\"tenant_id\":\""
                            + tenantA
                            + "\",\"business_type\":\"APPLICATION\",\"name\":\"a-flow\","
                            + "\"steps\":[{\"name\":\"admin\",\"kind\":\"TENANT_ADMIN\","
                            + "\"mode\":\"OR_SIGN\"}]}"))
            .path("id")
            .asString();
    return this;
  }

  private String tenant(Http admin, String letter) throws Exception {
    String body =
        "{\"name\":\""
            + name("tenant-" + letter)
            + "\",\"quota\":{\"cpu\":1000,\"memory_mb\":1000000,\"disk_gb\":1000,\"instances\":100,"
            + "\"gpu\":64},\"admin_username\":\""
            + name(letter + "-admin")
            + "\",\"admin_password\":\""
            + PASSWORD
            + "\"}";
    return created(admin.post("/api/v1/tenants", body)).path("id").asString();
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
    return created(as.post("/api/v1/users", body)).path("id").asString();
  }

  static tools.jackson.databind.JsonNode created(Http.Answer a) {
    assertThat(a.status()).as(a.text()).isIn(200, 201);
    return a.data();
  }
}
