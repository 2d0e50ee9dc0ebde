package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.security.EndpointPermissions;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the running server, enumerated from Spring's handler mapping (a new endpoint is
 * covered without editing this test): it has a declared permission, refuses anonymous callers,
 * refuses a user whose role lacks the permission, and gives a user of another tenant 403 or 404
 * with none of the first tenant's data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-security isolation suite: every endpoint, other tenant and missing permission")
class IsolationSuiteTest extends FederationTestBase {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  TenantFixture f;

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
    f = new TenantFixture(port).build();
  }

  List<Endpoint> endpoints() {
    Set<String> seen = new TreeSet<>();
    List<Endpoint> out = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      Set<RequestMethod> each = methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod m : each) {
          if (seen.add(m + " " + pattern)) out.add(new Endpoint(m.name(), pattern));
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(40);
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
        Map.entry("tokenId", f.tokenIdA));
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
      "CMP-tenancy CMP-security a tenant admin of tenant B gets 403/404 and no data for every endpoint naming tenant A's resources")
  void otherTenantRefused() throws Exception {
    Http b = new Http(port, f.adminBToken);
    Map<String, String> values = tenantAValues();
    Set<String> scoped =
        Set.of("id", "jobId", "tenantId", "orgId", "userId", "roleId", "systemId", "tokenId");
    int called = 0;
    for (Endpoint e : endpoints()) {
      boolean namesA = scoped.stream().anyMatch(v -> e.pattern().contains("{" + v + "}"));
      if (!namesA) continue;
      Http.Answer a = call(b, e, values);
      assertThat(a.status()).as(e + " " + a.text()).isIn(403, 404);
      assertThat(a.text())
          .as(e.toString())
          .doesNotContain("python train.py")
          .doesNotContain(f.name("a-user"))
          .doesNotContain(f.name("tenant-a"));
      called++;
    }
    assertThat(called).isGreaterThan(20);
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
            "/api/v1/business-systems")) {
      Http.Answer a = b.get(list);
      assertThat(a.status()).as(list + " " + a.text()).isEqualTo(200);
      assertThat(a.text())
          .as(list)
          .doesNotContain(f.jobA)
          .doesNotContain(f.tenantA)
          .doesNotContain(f.name("a-user"))
          .doesNotContain(f.subOrgA)
          .doesNotContain(f.roleA);
    }
    // the audit log shows tenant B only its own rows (which may name ids B itself typed)
    for (String log : List.of("/api/v1/audit/operations", "/api/v1/audit/logins")) {
      Http.Answer a = b.get(log + "?size=1000");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.data()).isNotEmpty();
      a.data().forEach(row -> assertThat(row.path("tenantId").asString()).isEqualTo(f.tenantB));
    }
    Http.Answer csv = b.get("/api/v1/audit/export");
    assertThat(csv.text()).doesNotContain(f.name("a-user")).doesNotContain(f.name("a-admin"));
    Http.Answer cross = b.get("/api/v1/users?tenant_id=" + f.tenantA);
    assertThat(cross.status()).isEqualTo(404);
  }
}
