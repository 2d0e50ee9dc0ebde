package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.identity.security.EndpointPermissions;
import io.computility.server.testsupport.FederationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the running server, enumerated from Spring's handler mapping (a new endpoint is
 * covered without editing this test): it has a declared permission, refuses anonymous callers,
 * refuses a user whose role lacks the permission, and gives a user of another tenant 403 or 404
 * with none of the first tenant's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-security isolation suite: every endpoint, other tenant and missing permission")
class IsolationSuiteTest extends FederationTestBase {

  /** Every request-mapping handler mapping: the controllers' and the actuator's. */
  @Autowired List<RequestMappingInfoHandlerMapping> mappings;

  TenantFixture f;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** One endpoint: a method and a path pattern. */
  record Endpoint(String method, String pattern) {
    String path(Map<String, String> values) {
      String p = pattern;
      for (var e : values.entrySet()) p = p.replace("{" + e.getKey() + "}", e.getValue());
      return p.replaceAll("\\{[^}]+}", "x");
    }

    Optional<EndpointPermissions.Rule> rule() {
      return EndpointPermissions.find(method, path(Map.of()));
    }

    boolean isPublic() {
      return rule().map(r -> r.requirement().equals(EndpointPermissions.PUBLIC)).orElse(false);
    }

    boolean needsPermission() {
      return rule().map(r -> !r.requirement().startsWith("#")).orElse(true);
    }
  }

  @BeforeAll
  void tenants() throws Exception {
    f = new TenantFixture(port).build().market(jdbc);
  }

  List<Endpoint> endpoints() {
    Set<String> seen = new TreeSet<>();
    List<Endpoint> out = new ArrayList<>();
    List<RequestMappingInfo> infos = new ArrayList<>();
    for (RequestMappingInfoHandlerMapping m : mappings)
      infos.addAll(m.getHandlerMethods().keySet());
    for (RequestMappingInfo info : infos) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      Set<RequestMethod> each = methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod m : each) {
          if (seen.add(m + " " + pattern)) out.add(new Endpoint(m.name(), pattern));
        }
      }
    }
    assertThat(out)
        .hasSizeGreaterThan(40)
        .contains(
            new Endpoint("POST", "/api/v1/pool/tasks/{id}/migrate"),
            new Endpoint("GET", "/api/v1/pool/agents/{node}/checkpoints/{taskId}"),
            new Endpoint("PUT", "/api/v1/pool/tasks/{id}/slice"))
        .anyMatch(e -> e.pattern().startsWith("/actuator/metrics"));
    return out;
  }

  /** Path variables filled with tenant A's resources. */
  Map<String, String> tenantAValues() {
    return Map.ofEntries(
        Map.entry("id", f.jobA),
        Map.entry("jobId", f.jobA),
        Map.entry("taskIndex", "0"),
        Map.entry("replicaIndex", "0"),
        Map.entry("tenantId", f.tenantA),
        Map.entry("orgId", f.subOrgA),
        Map.entry("userId", f.userA),
        Map.entry("roleId", f.roleA),
        Map.entry("systemId", f.systemA),
        Map.entry("taskId", f.poolTaskA),
        Map.entry("tokenId", f.tokenIdA),
        Map.entry("cartItemId", f.cartItemA),
        Map.entry("applicationId", f.applicationA),
        Map.entry("attachmentId", f.attachmentA),
        Map.entry("approvalTaskId", f.approvalTaskA),
        Map.entry("approvalId", f.approvalA),
        Map.entry("flowId", f.flowA));
  }

  /** Tenant A's values, {@code id} being A's pool task or spec where the path is about those. */
  Map<String, String> tenantAValues(Endpoint e) {
    Map<String, String> values = new java.util.HashMap<>(tenantAValues());
    if (e.pattern().startsWith("/api/v1/pool/tasks")) values.put("id", f.poolTaskA);
    if (e.pattern().startsWith("/api/v1/specs")) values.put("id", f.specA);
    if (e.pattern().startsWith("/api/v1/market/")) values.put("id", f.productA);
    if (e.pattern().startsWith("/api/v1/market/tickets")) values.put("id", f.ticketA);
    if (e.pattern().startsWith("/api/v1/market/notices")) values.put("id", f.noticeA);
    if (e.pattern().startsWith("/api/v1/market/orders")) values.put("id", f.orderA);
    if (e.pattern().startsWith("/api/v1/market/resources")) values.put("id", f.orderA);
    if (e.pattern().startsWith("/api/v1/market/demands")) values.put("id", f.demandA);
    return values;
  }

  Http.Answer call(Http as, Endpoint e, Map<String, String> values) throws Exception {
    String path = e.path(values);
    return switch (e.method()) {
      case "GET" -> as.get(path);
      case "POST" -> as.post(path, "{}");
      case "PUT" -> as.put(path, "{}");
      case "PATCH" -> as.patch(path, "{}");
      case "DELETE" -> as.delete(path);
      default -> throw new AssertionError("method " + e.method());
    };
  }

  @Test
  @DisplayName("CMP-security every endpoint has a permission declared in EndpointPermissions")
  void everyEndpointDeclared() {
    List<String> missing =
        endpoints().stream()
            .filter(
                e ->
                    e.rule().isEmpty() || e.rule().get().pattern().getPatternString().equals("/**"))
            .map(Endpoint::toString)
            .toList();
    assertThat(missing).as("endpoints without a rule in EndpointPermissions").isEmpty();
  }

  @Test
  @DisplayName("CMP-security every non-public endpoint answers 401 without a token")
  void anonymousRefused() throws Exception {
    Http anonymous = new Http(port, null);
    for (Endpoint e : endpoints()) {
      if (e.isPublic()) continue;
      Http.Answer a = call(anonymous, e, tenantAValues());
      assertThat(a.status()).as(e + " " + a.text()).isEqualTo(401);
      assertThat(a.text()).as(e.toString()).doesNotContain(f.jobA).doesNotContain(f.tenantA);
    }
  }

  @Test
  @DisplayName("CMP-security every permission-guarded endpoint answers 403 to a role without it")
  void missingPermissionRefused() throws Exception {
    Http none = new Http(port, f.noneAToken);
    for (Endpoint e : endpoints()) {
      if (!e.needsPermission()) continue;
      Http.Answer a = call(none, e, tenantAValues());
      assertThat(a.status()).as(e + " " + a.text()).isEqualTo(403);
      assertThat(a.text())
          .as(e.toString())
          .doesNotContain(f.jobA)
          .doesNotContain("python train.py");
    }
  }

  @Test
  @DisplayName(
      "CMP-tenancy CMP-security a tenant admin of tenant B calls every endpoint: 403/404 for each naming tenant A's resources, and no answer holds tenant A's data")
  void otherTenantRefused() throws Exception {
    Http b = new Http(port, f.adminBToken);
    Set<String> scoped =
        Set.of(
            "id",
            "jobId",
            "tenantId",
            "orgId",
            "userId",
            "roleId",
            "systemId",
            "tokenId",
            "taskId",
            "cartItemId",
            "applicationId",
            "attachmentId",
            "approvalTaskId",
            "approvalId",
            "flowId");
    int called = 0;
    for (Endpoint e : endpoints()) {
      // logging out would end the session the rest of this test runs with
      if (e.isPublic() || e.pattern().equals("/api/v1/auth/logout")) continue;
      boolean namesA = scoped.stream().anyMatch(v -> e.pattern().contains("{" + v + "}"));
      Http.Answer a = call(b, e, tenantAValues(e));
      if (namesA) assertThat(a.status()).as(e + " " + a.text()).isIn(403, 404);
      assertThat(a.text())
          .as(e.toString())
          .doesNotContain("python train.py")
          .doesNotContain("a-pool-task")
          .doesNotContain("a-secret-spec")
          .doesNotContain("a-secret-ticket")
          .doesNotContain("a-secret-notice")
          .doesNotContain("a-only-product")
          .doesNotContain("fx-demand")
          .doesNotContain(f.name("a-user"))
          .doesNotContain(f.name("tenant-a"))
          .doesNotContain("a-secret-application")
          .doesNotContain("a-secret-file");
      called++;
    }
    assertThat(called).isGreaterThan(60);
    // nothing of tenant A was changed or removed by those calls
    Http admin = new Http(port);
    assertThat(admin.get("/api/v1/tenants/" + f.tenantA).data().path("enabled").asBoolean())
        .isTrue();
    assertThat(admin.get("/api/v1/users/" + f.userA).status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/orgs/" + f.subOrgA + "?tenant_id=" + f.tenantA).status())
        .isEqualTo(200);
    assertThat(admin.get("/api/v1/roles").text()).isNotNull();
    assertThat(admin.get("/openapi/v1/trainjob/" + f.jobA).data().path("status").asString())
        .isNotEqualTo("stopped");
    assertThat(admin.get("/api/v1/pool/tasks/" + f.poolTaskA).data().path("state").asString())
        .isNotEqualTo("STOPPED");
    assertThat(admin.get("/api/v1/specs/" + f.specA).status()).isEqualTo(200);
    var ticket = admin.get("/api/v1/market/tickets/" + f.ticketA).data();
    assertThat(ticket.path("ticket").path("state").asString()).isEqualTo("OPEN");
    assertThat(ticket.path("comments").size()).isZero();
    assertThat(admin.get("/api/v1/market/notices/" + f.noticeA).data().path("status").asString())
        .isEqualTo("PUBLISHED");
    var product = admin.get("/api/v1/market/products/" + f.productA).data();
    assertThat(product.path("state").asString()).isEqualTo("ON_SHELF");
    assertThat(product.path("tenants").toString()).isEqualTo("[\"" + f.tenantA + "\"]");
    // tenant A's application is still in approval with its task open, its cart item still there
    Http a = new Http(port, f.userAToken);
    assertThat(
            a.get("/api/v1/market/applications/" + f.applicationA)
                .data()
                .path("application")
                .path("state")
                .asString())
        .isEqualTo("IN_APPROVAL");
    assertThat(a.get("/api/v1/market/cart/items").text()).contains(f.cartItemA);
    assertThat(new Http(port, f.adminAToken).get("/api/v1/market/approvals/tasks").text())
        .contains(f.approvalTaskA);
  }

  @Test
  @DisplayName(
      "CMP-security POOL-T12.23 the agents' checkpoint hand-over answers only the machine token: the task's own tenant admin and user get 403, the agent passes authorisation")
  void checkpointsOnlyForAgents() throws Exception {
    String path = "/api/v1/pool/agents/" + f.name("fx-node") + "/checkpoints/" + f.poolTaskA;
    for (String token : List.of(f.adminAToken, f.userAToken, f.adminBToken)) {
      Http h = new Http(port, token);
      for (Http.Answer a :
          List.of(
              h.get(path), h.put(path, "{}"), h.post(path + "/failure", "{\"message\":\"x\"}"))) {
        assertThat(a.status()).as(a.text()).isEqualTo(403);
        assertThat(a.text()).doesNotContain("a-pool-task");
      }
    }
    // the machine token is allowed; the task is not migrating, so there is nothing to hand over
    Http.Answer agent =
        new Http(port, io.computility.server.testsupport.TestAuth.AGENT_TOKEN).get(path);
    assertThat(agent.status()).as(agent.text()).isIn(404, 409);
  }

  @Test
  @DisplayName(
      "CMP-security CMP-tenancy POOL-T12.23 a platform operator role whose data scope does not reach tenant A's pool task gets 404 on migrating or resizing it, and the task is unchanged")
  void operatorScopeOnMigrateAndResize() throws Exception {
    Http admin = new Http(port);
    String role =
        IsolationSuiteTest.created(
            admin.post(
                "/api/v1/roles",
                "{\"name\":\""
                    + f.name("pool-op")
                    + "\",\"permissions\":[\"pool:read\",\"pool:write\",\"pooltask:read\"],"
                    + "\"data_scope\":\"SELF\"}"));
    f.user(admin, "pool-op", "platform-root", role);
    Http op =
        new Http(
            port,
            io.computility.server.testsupport.TestAuth.login(
                port, f.name("pool-op"), TenantFixture.PASSWORD));
    String task = "/api/v1/pool/tasks/" + f.poolTaskA;
    Http.Answer migrate = op.post(task + "/migrate", "{}");
    assertThat(migrate.status()).as(migrate.text()).isEqualTo(404);
    Http.Answer resize = op.put(task + "/slice", "{\"computePercent\":50,\"memoryMb\":1000}");
    assertThat(resize.status()).as(resize.text()).isEqualTo(404);
    assertThat(migrate.text() + resize.text()).doesNotContain("a-pool-task");
    var view = admin.get(task).data();
    assertThat(view.path("computePercent").asInt()).isEqualTo(10);
  }

  static String created(Http.Answer a) {
    assertThat(a.status()).as(a.text()).isIn(200, 201);
    return a.data().path("id").asString();
  }

  @Test
  @DisplayName("CMP-tenancy lists answered to tenant B hold none of tenant A's rows")
  void listsDoNotLeak() throws Exception {
    Http b = new Http(port, f.adminBToken);
    for (String list :
        List.of(
            "/api/v1/jobs",
            "/api/v1/tenants",
            "/api/v1/orgs",
            "/api/v1/users",
            "/api/v1/roles",
            "/api/v1/business-systems",
            "/api/v1/pool/tasks",
            "/api/v1/pool/queue",
            "/api/v1/specs",
            // ISSUE-15 paged forms answer the same scope
            "/api/v1/pool/tasks?page=0&size=1000",
            "/api/v1/specs?page=0&size=1000&sort=-id",
            // NET-8.2 the marketplace lists only what is shelved for the caller's tenant
            "/api/v1/market/offers?size=1000",
            "/api/v1/market/offers/facets",
            "/api/v1/market/cart/items",
            "/api/v1/market/applications",
            "/api/v1/market/approvals/tasks",
            "/api/v1/market/approvals/done")) {
      Http.Answer a = b.get(list);
      assertThat(a.status()).as(list + " " + a.text()).isEqualTo(200);
      assertThat(a.text())
          .as(list)
          .doesNotContain(f.jobA)
          .doesNotContain(f.tenantA)
          .doesNotContain(f.name("a-user"))
          .doesNotContain(f.subOrgA)
          .doesNotContain(f.roleA)
          .doesNotContain(f.poolTaskA)
          .doesNotContain(f.specA)
          .doesNotContain(f.productA)
          .doesNotContain(f.applicationA)
          .doesNotContain(f.cartItemA);
    }
    // the audit log shows tenant B only its own rows (which may name ids B itself typed)
    for (String log :
        List.of(
            "/api/v1/audit/operations",
            "/api/v1/audit/logins",
            "/api/v1/audit/operations?heartbeats=true&actorKind=human")) {
      Http.Answer a = b.get(log + (log.contains("?") ? "&" : "?") + "size=1000");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.data()).isNotEmpty();
      a.data().forEach(row -> assertThat(row.path("tenantId").asString()).isEqualTo(f.tenantB));
      assertThat(a.header("X-Total-Count")).isEqualTo(Integer.toString(a.data().size()));
    }
    // the utilisation trend is the platform's monitoring data: a tenant administrator gets 403
    Http.Answer trend = b.get("/api/v1/monitoring/trend?range=day");
    assertThat(trend.status()).as(trend.text()).isEqualTo(403);
    Http.Answer csv = b.get("/api/v1/audit/export");
    assertThat(csv.text()).doesNotContain(f.name("a-user")).doesNotContain(f.name("a-admin"));
    Http.Answer cross = b.get("/api/v1/users?tenant_id=" + f.tenantA);
    assertThat(cross.status()).isEqualTo(404);
  }
}
