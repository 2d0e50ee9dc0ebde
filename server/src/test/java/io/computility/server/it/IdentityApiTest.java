package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Authentication, users, roles, data scopes and tenancy over real HTTP on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-tenancy CMP-security NET-8.3a identity API")
class IdentityApiTest extends FederationTestBase {
  static final String PW = TenantFixture.PASSWORD;
  TenantFixture f;
  Http admin;
  Http tenantAdmin;

  @BeforeAll
  void tenants() throws Exception {
    f = new TenantFixture(port).build();
    admin = new Http(port);
    tenantAdmin = new Http(port, f.adminAToken);
  }

  @Test
  @DisplayName("CMP-security a wrong password answers 401 and is in the login log with its source")
  void wrongPassword() throws Exception {
    Http anonymous = new Http(port, null);
    Http.Answer a =
        anonymous.post(
            "/api/v1/auth/login",
            "{\"username\":\"" + f.name("a-user") + "\",\"password\":\"nope-Nope-1\"}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.body().path("data").isNull() || a.body().path("data").isMissingNode()).isTrue();
    JsonNode log = admin.get("/api/v1/audit/logins?actor=" + f.name("a-user")).data();
    assertThat(log.get(0).path("result").asString()).isEqualTo("BAD_CREDENTIALS");
    assertThat(log.get(0).path("sourceIp").asString()).isEqualTo("127.0.0.1");
  }

  @Test
  @DisplayName(
      "CMP-security the configured machine token acts as platform-agent: centers and jobs yes, user management no")
  void machineToken() throws Exception {
    Http agent = new Http(port, TestAuth.AGENT_TOKEN);
    JsonNode me = agent.get("/api/v1/auth/me").data();
    assertThat(me.path("username").asString()).isEqualTo("agent");
    assertThat(me.path("active_role").asString()).isEqualTo("platform-agent");
    assertThat(agent.get("/api/v1/centers").status()).isEqualTo(200);
    assertThat(agent.post("/openapi/v1/trainjob", JcApiTest.TWO_TASKS).status()).isEqualTo(201);
    assertThat(agent.get("/api/v1/users").status()).isEqualTo(403);
    assertThat(agent.post("/api/v1/policies", "{}").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("CMP-security login without username answers 400 naming it")
  void loginBadInput() throws Exception {
    Http.Answer a = new Http(port, null).post("/api/v1/auth/login", "{\"password\":\"x\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("errorMsg").asString()).startsWith("username ");
  }

  @Test
  @DisplayName(
      "NET-8.3a CMP-tenancy a disabled user cannot log in and its tokens stop working; enabling restores login")
  void disableUser() throws Exception {
    String id = f.user(tenantAdmin, "dis", f.rootOrgA, "tenant-user");
    String token = TestAuth.login(port, f.name("dis"), PW);
    assertThat(new Http(port, token).get("/api/v1/auth/me").status()).isEqualTo(200);
    assertThat(tenantAdmin.post("/api/v1/users/" + id + "/disable", "").status()).isEqualTo(200);
    assertThat(new Http(port, token).get("/api/v1/auth/me").status()).isEqualTo(401);
    Http.Answer refused =
        new Http(port, null)
            .post(
                "/api/v1/auth/login",
                "{\"username\":\"" + f.name("dis") + "\",\"password\":\"" + PW + "\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("code").asString()).isEqualTo("DISABLED");
    assertThat(tenantAdmin.post("/api/v1/users/" + id + "/enable", "").status()).isEqualTo(200);
    assertThat(TestAuth.login(port, f.name("dis"), PW)).startsWith("cty_");
  }

  @Test
  @DisplayName(
      "CMP-tenancy a user with several roles switches the active role without logging in again")
  void switchRole() throws Exception {
    String id = f.user(tenantAdmin, "multi", f.rootOrgA, "tenant-user");
    assertThat(
            tenantAdmin
                .put("/api/v1/users/" + id, "{\"roles\":[\"tenant-user\",\"tenant-viewer\"]}")
                .status())
        .isEqualTo(200);
    Http me = new Http(port, TestAuth.login(port, f.name("multi"), PW));
    assertThat(me.get("/api/v1/auth/me").data().path("active_role").asString())
        .isEqualTo("tenant-user");
    assertThat(me.post("/openapi/v1/trainjob", JcApiTest.TWO_TASKS).status()).isEqualTo(201);
    Http.Answer switched = me.post("/api/v1/auth/role", "{\"role_id\":\"tenant-viewer\"}");
    assertThat(switched.status()).isEqualTo(200);
    assertThat(me.get("/api/v1/auth/me").data().path("data_scope").asString())
        .isEqualTo("ORG_AND_CHILDREN");
    // tenant-viewer is read-only: no submission with the same token
    assertThat(me.post("/openapi/v1/trainjob", JcApiTest.TWO_TASKS).status()).isEqualTo(403);
    assertThat(me.get("/api/v1/jobs").status()).isEqualTo(200);
    assertThat(me.post("/api/v1/auth/role", "{\"role_id\":\"tenant-admin\"}").status())
        .isEqualTo(403);
  }

  @Test
  @DisplayName(
      "CMP-security a personal API token calls the JC API with its owner's role; a revoked one answers 401")
  void apiToken() throws Exception {
    Http user = new Http(port, f.userAToken);
    Http.Answer created = user.post("/api/v1/tokens", "{\"name\":\"ci\",\"ttl_days\":30}");
    assertThat(created.status()).isEqualTo(201);
    String secret = created.data().path("token").asString();
    assertThat(created.data().path("expires_at").isMissingNode()).isFalse();
    Http ci = new Http(port, secret);
    assertThat(ci.post("/openapi/v1/trainjob", JcApiTest.TWO_TASKS).status()).isEqualTo(201);
    assertThat(user.get("/api/v1/tokens").text()).doesNotContain(secret);
    String tokenId = created.data().path("token_id").asString();
    assertThat(user.delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(200);
    assertThat(ci.get("/api/v1/jobs").status()).isEqualTo(401);
    assertThat(new Http(port, "cty_forged").get("/api/v1/jobs").status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "CMP-security CMP-config admin reset and own change of a password; composition and length are enforced")
  void passwords() throws Exception {
    String id = f.user(tenantAdmin, "pw", f.rootOrgA, "tenant-user");
    String old = TestAuth.login(port, f.name("pw"), PW);
    Http.Answer weak =
        tenantAdmin.post("/api/v1/users/" + id + "/password", "{\"new_password\":\"short\"}");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body().path("errorMsg").asString()).startsWith("new_password ");
    Http.Answer oneClass =
        tenantAdmin.post(
            "/api/v1/users/" + id + "/password", "{\"new_password\":\"alllowercaseletters\"}");
    assertThat(oneClass.status()).isEqualTo(400);
    assertThat(
            tenantAdmin
                .post("/api/v1/users/" + id + "/password", "{\"new_password\":\"Reset-Pw-456\"}")
                .status())
        .isEqualTo(200);
    assertThat(new Http(port, old).get("/api/v1/auth/me").status()).isEqualTo(401);
    TestAuth.login(port, f.name("pw"), "Reset-Pw-456");
    Http anonymous = new Http(port, null);
    Http.Answer changed =
        anonymous.post(
            "/api/v1/auth/password",
            "{\"username\":\""
                + f.name("pw")
                + "\",\"old_password\":\"Reset-Pw-456\",\"new_password\":\"Own-Pw-789\"}");
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(TestAuth.login(port, f.name("pw"), "Own-Pw-789")).startsWith("cty_");
  }

  @Test
  @DisplayName(
      "CMP-tenancy built-in roles cannot be deleted; custom roles reject unknown, platform-side and, when read-only, button codes")
  void roles() throws Exception {
    assertThat(tenantAdmin.delete("/api/v1/roles/tenant-user").status()).isEqualTo(409);
    assertThat(admin.delete("/api/v1/roles/platform-admin").status()).isEqualTo(409);
    Http.Answer unknown =
        tenantAdmin.post(
            "/api/v1/roles",
            "{\"name\":\"x\",\"permissions\":[\"job:fly\"],\"data_scope\":\"SELF\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().path("errorMsg").asString()).startsWith("permissions[0] ");
    Http.Answer platform =
        tenantAdmin.post(
            "/api/v1/roles",
            "{\"name\":\"x\",\"permissions\":[\"job:read\",\"catalog:write\"],\"data_scope\":\"SELF\"}");
    assertThat(platform.status()).isEqualTo(400);
    assertThat(platform.body().path("errorMsg").asString()).startsWith("permissions[1] ");
    Http.Answer readOnly =
        tenantAdmin.post(
            "/api/v1/roles",
            "{\"name\":\"x\",\"permissions\":[\"job:submit\"],\"data_scope\":\"SELF\",\"read_only\":true}");
    assertThat(readOnly.status()).isEqualTo(400);
    Http.Answer custom =
        tenantAdmin.post(
            "/api/v1/roles",
            "{\"name\":\"jobs-reader\",\"permissions\":[\"job:read\"],\"data_scope\":\"ORG\"}");
    assertThat(custom.status()).isEqualTo(201);
    String id = custom.data().path("id").asString();
    assertThat(tenantAdmin.delete("/api/v1/roles/" + id).status()).isEqualTo(200);
    // a tenant user cannot be given a platform-side role
    Http.Answer platformRole =
        tenantAdmin.post(
            "/api/v1/users",
            "{\"username\":\""
                + f.name("pr")
                + "\",\"password\":\""
                + PW
                + "\",\"org_id\":\""
                + f.rootOrgA
                + "\",\"roles\":[\"platform-admin\"]}");
    assertThat(platformRole.status()).isEqualTo(400);
    assertThat(platformRole.body().path("errorMsg").asString()).startsWith("roles[0] ");
  }

  @Test
  @DisplayName(
      "CMP-security data scopes: self sees own jobs, tenant sees the tenant's, organisation and custom scopes follow the tree")
  void dataScopes() throws Exception {
    String owner = f.name("a-user");
    String other = f.user(tenantAdmin, "other", f.rootOrgA, "tenant-user");
    Http otherUser = new Http(port, TestAuth.login(port, f.name("other"), PW));
    assertThat(otherUser.get("/openapi/v1/trainjob/" + f.jobA).status()).isEqualTo(404);
    assertThat(otherUser.get("/api/v1/jobs").text()).doesNotContain(f.jobA);
    assertThat(new Http(port, f.userAToken).get("/api/v1/jobs").text()).contains(f.jobA);
    assertThat(tenantAdmin.get("/openapi/v1/trainjob/" + f.jobA).status()).isEqualTo(200);
    // the viewer sits in the sub-organisation; the job's owner in the root: out of scope
    Http viewer = new Http(port, f.viewerAToken);
    assertThat(viewer.get("/openapi/v1/trainjob/" + f.jobA).status()).isEqualTo(404);
    // a custom scope naming the root organisation reaches it
    String role =
        tenantAdmin
            .post(
                "/api/v1/roles",
                "{\"name\":\"root-reader\",\"permissions\":[\"federation\",\"job:read\"],"
                    + "\"data_scope\":\"CUSTOM\",\"scope_orgs\":[\""
                    + f.rootOrgA
                    + "\"]}")
            .data()
            .path("id")
            .asString();
    f.user(tenantAdmin, "custom", f.subOrgA, role);
    Http custom = new Http(port, TestAuth.login(port, f.name("custom"), PW));
    assertThat(custom.get("/openapi/v1/trainjob/" + f.jobA).status()).isEqualTo(200);
    assertThat(custom.get("/api/v1/jobs?user=" + owner).text()).contains(f.jobA);
    assertThat(other).isNotBlank();
  }

  @Test
  @DisplayName(
      "CMP-tenancy quotas: total, allocated to organisations, available, used and in flight; a child may not exceed its parent")
  void quotas() throws Exception {
    Http.Answer sub =
        tenantAdmin.post(
            "/api/v1/orgs",
            "{\"name\":\"lab\",\"parent_id\":\""
                + f.rootOrgA
                + "\",\"quota\":{\"cpu\":100,\"memory_mb\":1000,\"disk_gb\":10,\"instances\":5,\"gpu\":8}}");
    assertThat(sub.status()).as(sub.text()).isEqualTo(201);
    Http.Answer tooBig =
        tenantAdmin.post(
            "/api/v1/orgs",
            "{\"name\":\"big\",\"parent_id\":\""
                + sub.data().path("id").asString()
                + "\",\"quota\":{\"cpu\":101,\"memory_mb\":1,\"disk_gb\":1,\"instances\":1,\"gpu\":1}}");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.body().path("errorMsg").asString()).startsWith("quota.cpu ");
    Http.Answer job =
        new Http(port, f.userAToken)
            .post("/openapi/v1/trainjob", JcApiTest.TWO_TASKS.replace("sleep 30", "sleep 600"));
    assertThat(job.status()).isEqualTo(201);
    JsonNode t = tenantAdmin.get("/api/v1/tenants/" + f.tenantA).data();
    assertThat(t.path("quota_total").path("cpu").asLong()).isEqualTo(1000);
    assertThat(t.path("quota_allocated").path("cpu").asLong()).isEqualTo(100);
    assertThat(t.path("quota_available").path("cpu").asLong()).isEqualTo(900);
    long busy =
        t.path("quota_used").path("instances").asLong()
            + t.path("quota_in_flight").path("instances").asLong();
    assertThat(busy).as(t.toString()).isGreaterThanOrEqualTo(3);
    long cpu =
        t.path("quota_used").path("cpu").asLong() + t.path("quota_in_flight").path("cpu").asLong();
    assertThat(cpu).as(t.toString()).isGreaterThan(0);
    new Http(port, f.userAToken)
        .post("/openapi/v1/trainjob/" + job.data().path("jobId").asString() + "/stop", "");
  }

  @Test
  @DisplayName(
      "CMP-tenancy organisation member counts include sub-organisations; business systems take members from any organisation")
  void orgTree() throws Exception {
    List<JsonNode> orgs = new ArrayList<>();
    tenantAdmin.get("/api/v1/orgs").data().forEach(orgs::add);
    JsonNode root =
        orgs.stream().filter(o -> o.path("parent_id").isMissingNode()).findFirst().get();
    JsonNode sub =
        orgs.stream().filter(o -> o.path("id").asString().equals(f.subOrgA)).findFirst().get();
    assertThat(root.path("members").asLong())
        .isEqualTo(
            root.path("direct_members").asLong()
                + sub.path("members").asLong()
                + orgs.stream()
                    .filter(o -> root.path("id").asString().equals(o.path("parent_id").asString()))
                    .filter(o -> !o.path("id").asString().equals(f.subOrgA))
                    .mapToLong(o -> o.path("members").asLong())
                    .sum());
    assertThat(sub.path("members").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode system = tenantAdmin.get("/api/v1/business-systems/" + f.systemA).data();
    assertThat(system.path("org_id").asString()).isEqualTo(f.subOrgA);
    assertThat(system.path("members").get(0).asString()).isEqualTo(f.userA);
    assertThat(tenantAdmin.delete("/api/v1/orgs/" + f.subOrgA).status()).isEqualTo(409);
  }

  @Test
  @DisplayName(
      "CMP-tenancy a tenant is created, edited, disabled (its users cannot log in), enabled and deleted")
  void tenantLifecycle() throws Exception {
    String body =
        "{\"name\":\""
            + f.name("tenant-c")
            + "\",\"admin_username\":\""
            + f.name("c-admin")
            + "\",\"admin_password\":\""
            + PW
            + "\"}";
    Http.Answer c = admin.post("/api/v1/tenants", body);
    assertThat(c.status()).isEqualTo(201);
    String id = c.data().path("id").asString();
    assertThat(admin.post("/api/v1/tenants", body).status()).isEqualTo(409);
    Http.Answer edited =
        admin.put(
            "/api/v1/tenants/" + id,
            "{\"desc\":\"lab\",\"quota\":{\"cpu\":8,\"memory_mb\":64,\"disk_gb\":1,\"instances\":2,\"gpu\":1}}");
    assertThat(edited.data().path("quota_total").path("gpu").asLong()).isEqualTo(1);
    assertThat(admin.post("/api/v1/tenants/" + id + "/disable", "").status()).isEqualTo(200);
    Http.Answer refused =
        new Http(port, null)
            .post(
                "/api/v1/auth/login",
                "{\"username\":\"" + f.name("c-admin") + "\",\"password\":\"" + PW + "\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(admin.post("/api/v1/tenants/" + id + "/enable", "").status()).isEqualTo(200);
    TestAuth.login(port, f.name("c-admin"), PW);
    assertThat(admin.delete("/api/v1/tenants/" + id).status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/tenants/" + id).status()).isEqualTo(404);
    assertThat(tenantAdmin.post("/api/v1/tenants", body).status()).isEqualTo(403);
  }
}
