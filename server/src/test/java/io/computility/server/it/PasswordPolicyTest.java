package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.identity.security.BootstrapAdmin;
import io.computility.server.identity.tenancy.OrgStore;
import io.computility.server.identity.tenancy.RoleStore;
import io.computility.server.identity.tenancy.TenantStore;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** Configurable password policy: lockout, lock duration, single session, expiry; first start. */
@TestPropertySource(
    properties = {
      "computility.security.password.max-failures=3",
      "computility.security.password.lock-duration=5s",
      "computility.security.login-throttle.first-delay=5s",
      "computility.security.password.single-session=true",
      "computility.security.password.max-age=30d",
      "computility.security.password.min-length=10"
    })
@DisplayName("CMP-config CMP-security password policy")
class PasswordPolicyTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired TenantStore tenants;
  @Autowired OrgStore orgs;
  @Autowired RoleStore roles;
  @Autowired UserStore users;
  @Autowired PasswordEncoder encoder;
  @Autowired ComputilityProperties props;
  @Autowired io.computility.server.identity.security.AgentTokens agentTokens;

  /** The first-start bootstrap as it runs when COMPUTILITY_ADMIN_PASSWORD is not set. */
  private BootstrapAdmin withoutPassword() {
    ComputilityProperties.Security s = props.security();
    ComputilityProperties p =
        new ComputilityProperties(
            props.dataDir(),
            props.role(),
            props.embeddedDatabase(),
            props.topology(),
            props.scheduler(),
            props.monitor(),
            props.tier(),
            props.adapters(),
            props.pool(),
            props.monitoring(),
            new ComputilityProperties.Security(
                s.adminUsername(),
                "",
                s.agentToken(),
                s.sessionTtl(),
                s.apiTokenTtl(),
                s.password(),
                s.oidc(),
                s.audit()));
    return new BootstrapAdmin(
        tenants, orgs, roles, users, encoder, agentTokens, p, Clock.systemUTC());
  }

  private Http.Answer login(String user, String pw) throws Exception {
    return new Http(port, null)
        .post("/api/v1/auth/login", "{\"username\":\"" + user + "\",\"password\":\"" + pw + "\"}");
  }

  private String newUser(String name) throws Exception {
    TenantFixture f = new TenantFixture(port);
    f.user(new Http(port), name, "platform-root", "tenant-user");
    return f.name(name);
  }

  @Test
  @DisplayName(
      "CMP-config ISSUE-13 after max-failures wrong passwords this client waits (429, Retry-After), even for the right one, at most lock-duration")
  void lockout() throws Exception {
    String u = newUser("lock");
    for (int i = 0; i < 3; i++) assertThat(login(u, "Wrong-Pw-0000").status()).isEqualTo(401);
    Http.Answer locked = login(u, TenantFixture.PASSWORD);
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.body().path("code").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> login(u, TenantFixture.PASSWORD).status() == 200);
  }

  @Test
  @DisplayName("CMP-config with single-session a new login ends the user's earlier session")
  void singleSession() throws Exception {
    String u = newUser("single");
    String first = TestAuth.login(port, u, TenantFixture.PASSWORD);
    assertThat(new Http(port, first).get("/api/v1/auth/me").status()).isEqualTo(200);
    String second = TestAuth.login(port, u, TenantFixture.PASSWORD);
    assertThat(new Http(port, first).get("/api/v1/auth/me").status()).isEqualTo(401);
    assertThat(new Http(port, second).get("/api/v1/auth/me").status()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "CMP-config an expired password refuses login until the user changes it; min-length applies")
  void expiry() throws Exception {
    String u = newUser("old");
    jdbc.update(
        "update app_user set password_changed_at = now() - interval '31 days' where username = ?",
        u);
    Http.Answer expired = login(u, TenantFixture.PASSWORD);
    assertThat(expired.status()).isEqualTo(403);
    assertThat(expired.body().path("code").asString()).isEqualTo("PASSWORD_EXPIRED");
    Http anonymous = new Http(port, null);
    String change =
        "{\"username\":\"" + u + "\",\"old_password\":\"" + TenantFixture.PASSWORD + "\",";
    Http.Answer tooShort =
        anonymous.post("/api/v1/auth/password", change + "\"new_password\":\"Ab-12345\"}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.body().path("errorMsg").asString()).contains("at least 10");
    assertThat(
            anonymous
                .post("/api/v1/auth/password", change + "\"new_password\":\"Fresh-Pw-2026\"}")
                .status())
        .isEqualTo(200);
    assertThat(login(u, "Fresh-Pw-2026").status()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "CMP-security first start without COMPUTILITY_ADMIN_PASSWORD prints a generated admin password once; it logs in")
  void firstStartPrintsPassword() throws Exception {
    jdbc.update("delete from app_user");
    BootstrapAdmin bootstrap = withoutPassword();
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    try {
      bootstrap.run(null);
    } finally {
      System.setOut(out);
    }
    Matcher m = Pattern.compile("password '([^']+)'").matcher(captured.toString());
    assertThat(m.find()).as(captured.toString()).isTrue();
    String generated = m.group(1);
    assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
    assertThat(TestAuth.login(port, "admin", generated)).startsWith("cty_");
    // a second start prints nothing: the admin exists
    captured.reset();
    System.setOut(new PrintStream(captured, true));
    try {
      bootstrap.run(null);
    } finally {
      System.setOut(out);
    }
    assertThat(captured.toString()).doesNotContain("password");
    // the other tests of this class log in as the admin with the test password
    users
        .byUsername("admin")
        .ifPresent(
            a -> users.setPassword(a.id(), encoder.encode(TestAuth.ADMIN_PASSWORD), Instant.now()));
  }
}
