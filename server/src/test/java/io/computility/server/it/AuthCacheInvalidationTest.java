package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The resolved caller is cached per token (no query for a known token), yet revoking a token,
 * disabling a user or a tenant and changing a role take effect on this server within 1 s. The
 * cache's expiry is set to a minute here, so each of these can only pass through the explicit
 * invalidation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthCacheInvalidationTest extends FederationTestBase {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  @Autowired JdbcTemplate jdbc;
  private TenantFixture fx;
  private Http tenantAdmin;

  @DynamicPropertySource
  static void longExpiry(DynamicPropertyRegistry r) {
    r.add("computility.security.auth-cache-ttl", () -> "60s");
  }

  @BeforeAll
  void tenant() throws Exception {
    fx = new TenantFixture(port).build();
    tenantAdmin = new Http(port, fx.adminAToken);
  }

  @Test
  @DisplayName("ISSUE-12 a known token is answered from the cache: no query reads its user")
  void knownTokenNeedsNoQuery() throws Exception {
    String id = fx.user(tenantAdmin, "cached", fx.rootOrgA, "tenant-user");
    Http user = new Http(port, TestAuth.login(port, fx.name("cached"), TenantFixture.PASSWORD));
    assertThat(user.get("/api/v1/jobs").status()).isEqualTo(200);
    // Behind the server's back: a request that read the user would now be refused.
    jdbc.update("update app_user set enabled = false where id = ?", id);
    assertThat(user.get("/api/v1/jobs").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("ISSUE-12 a revoked API token is refused within 1 s")
  void revokedToken() throws Exception {
    Http user = new Http(port, fx.userAToken);
    var created = user.post("/api/v1/tokens", "{\"name\":\"soon-revoked\"}");
    String secret = created.data().path("token").asString();
    String tokenId = created.data().path("token_id").asString();
    Http withToken = new Http(port, secret);
    assertThat(withToken.get("/api/v1/jobs").status()).isEqualTo(200);
    assertThat(user.delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(200);
    await().atMost(ONE_SECOND).until(() -> withToken.get("/api/v1/jobs").status() == 401);
  }

  @Test
  @DisplayName("ISSUE-12 a disabled user's token is refused within 1 s")
  void disabledUser() throws Exception {
    String id = fx.user(tenantAdmin, "to-disable", fx.rootOrgA, "tenant-user");
    Http user = new Http(port, TestAuth.login(port, fx.name("to-disable"), TenantFixture.PASSWORD));
    assertThat(user.get("/api/v1/jobs").status()).isEqualTo(200);
    assertThat(tenantAdmin.post("/api/v1/users/" + id + "/disable", "{}").status()).isEqualTo(200);
    await().atMost(ONE_SECOND).until(() -> user.get("/api/v1/jobs").status() == 401);
  }

  @Test
  @DisplayName("ISSUE-12 the tokens of a disabled tenant are refused within 1 s")
  void disabledTenant() throws Exception {
    Http tenantB = new Http(port, fx.adminBToken);
    assertThat(tenantB.get("/api/v1/jobs").status()).isEqualTo(200);
    Http platform = new Http(port);
    assertThat(platform.post("/api/v1/tenants/" + fx.tenantB + "/disable", "{}").status())
        .isEqualTo(200);
    await().atMost(ONE_SECOND).until(() -> tenantB.get("/api/v1/jobs").status() == 401);
  }

  @Test
  @DisplayName("ISSUE-12 a permission taken from a role is refused within 1 s")
  void changedRole() throws Exception {
    String role =
        TenantFixture.created(
                tenantAdmin.post(
                    "/api/v1/roles",
                    "{\"name\":\"readers\",\"permissions\":[\"job:read\"],\"data_scope\":\"SELF\"}"))
            .path("id")
            .asString();
    fx.user(tenantAdmin, "reader", fx.rootOrgA, role);
    Http reader = new Http(port, TestAuth.login(port, fx.name("reader"), TenantFixture.PASSWORD));
    assertThat(reader.get("/api/v1/jobs").status()).isEqualTo(200);
    String edit = "{\"name\":\"readers\",\"permissions\":[],\"data_scope\":\"SELF\"}";
    assertThat(tenantAdmin.put("/api/v1/roles/" + role, edit).status()).isEqualTo(200);
    await().atMost(ONE_SECOND).until(() -> reader.get("/api/v1/jobs").status() == 403);
  }
}
