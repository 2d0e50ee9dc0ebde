package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Just-in-time provisioning against a real OpenID Connect provider (Spring Authorization Server):
 * its ID tokens carry e-mail, name and groups claims; the platform maps groups to roles.
 */
@DisplayName("NET-6.3a OIDC just-in-time provisioning with a real OIDC provider")
class OidcProvisioningTest extends FederationTestBase {
  static final String PASSWORD = "Sso-Pass-123";
  static OidcProvider provider;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry r) throws Exception {
    provider =
        OidcProvider.start(
            "--test-idp.users=sso-carol:" + PASSWORD + ",sso-dave:" + PASSWORD,
            "--test-idp.claims.sso-carol.email=carol@example.org",
            "--test-idp.claims.sso-carol.name=Carol Chen",
            "--test-idp.claims.sso-carol.groups=[auditors,unmapped]",
            "--test-idp.claims.sso-dave.email=dave@example.org");
    provider.register(r);
    String p = "computility.security.oidc.provisioning.";
    r.add(p + "enabled", () -> "true");
    r.add(p + "tenant", () -> "platform");
    r.add(p + "organisation", () -> "platform-root");
    r.add(p + "default-role", () -> "tenant-user");
    r.add(p + "group-roles.auditors", () -> "platform-auditor");
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) provider.close();
  }

  @Test
  @DisplayName(
      "NET-6.3a a first OIDC login of an unknown subject creates the user with mapped display name, e-mail and group roles; the next login reuses it")
  void provisionsOnFirstLogin() throws Exception {
    String token = signIn("sso-carol");
    Http carol = new Http(port, token);
    assertThat(carol.get("/api/v1/auth/me").data().path("username").asString())
        .isEqualTo("sso-carol");

    JsonNode user = user("sso-carol");
    assertThat(user.path("display_name").asString()).isEqualTo("Carol Chen");
    assertThat(user.path("org_id").asString()).isEqualTo("platform-root");
    assertThat(roles(user)).containsExactlyInAnyOrder("tenant-user", "platform-auditor");
    Map<String, Object> identity =
        jdbc.queryForMap(
            "select * from oidc_identity where user_id = ?", user.path("id").asString());
    assertThat(identity.get("subject")).isEqualTo("sso-carol");
    assertThat(identity.get("email")).isEqualTo("carol@example.org");
    assertThat(identity.get("groups")).isEqualTo("auditors,unmapped");

    Http admin = new Http(port);
    assertThat(admin.get("/api/v1/audit/operations?actor=sso-carol").text())
        .contains("OIDC provision user")
        .contains("CREATED");
    assertThat(admin.get("/api/v1/audit/logins?actor=sso-carol").text()).contains("OIDC_OK");

    String again = signIn("sso-carol");
    assertThat(again).isNotEqualTo(token);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from app_user where username = 'sso-carol'", Long.class))
        .isEqualTo(1);
    // no local password: a password login is refused
    Http.Answer pw =
        new Http(port, null)
            .post(
                "/api/v1/auth/login",
                "{\"username\":\"sso-carol\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(pw.status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "NET-6.3a a provisioned user without mapped groups gets only the default role and its username as display name")
  void defaultRoleOnly() throws Exception {
    signIn("sso-dave");
    JsonNode user = user("sso-dave");
    assertThat(roles(user)).containsExactly("tenant-user");
    assertThat(user.path("display_name").asString()).isEqualTo("sso-dave");
  }

  private String signIn(String name) throws Exception {
    HttpClient browser = OidcProvider.browser();
    String callback = provider.signIn(browser, port, name, PASSWORD);
    HttpResponse<String> done = OidcProvider.get(browser, callback);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    return Http.JSON.readTree(done.body()).path("data").path("token").asString();
  }

  private JsonNode user(String username) throws Exception {
    for (JsonNode u : new Http(port).get("/api/v1/users").data()) {
      if (u.path("username").asString().equals(username)) return u;
    }
    throw new AssertionError("no user " + username);
  }

  private static List<String> roles(JsonNode user) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : user.path("roles")) out.add(r.asString());
    return out;
  }
}
