package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The error envelope's {@code error}: reason, field and params as data (docs/api.md). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-security JC-A.1 errors as data")
class ErrorDataTest extends FederationTestBase {
  TenantFixture f;
  Http tenantAdmin;

  @BeforeAll
  void tenants() throws Exception {
    f = new TenantFixture(port).build();
    tenantAdmin = new Http(port, f.adminAToken);
  }

  @Test
  @DisplayName("JC-A.1 a replica number of 0 answers TOO_SMALL naming the field, min and value")
  void tooSmall() throws Exception {
    Http.Answer a =
        new Http(port, f.userAToken)
            .post(
                "/openapi/v1/trainjob",
                JcApiTest.TWO_TASKS.replace("\"replicaNumber\":2", "\"replicaNumber\":0"));
    assertThat(a.status()).isEqualTo(400);
    JsonNode b = a.body();
    assertThat(b.path("code").asString()).isEqualTo("INVALID_ARGUMENT");
    assertThat(b.path("errorMsg").asString())
        .isEqualTo("tasks[0].replicaNumber must be > 0, was 0");
    JsonNode e = b.path("error");
    assertThat(e.path("reason").asString()).isEqualTo("TOO_SMALL");
    assertThat(e.path("field").asString()).isEqualTo("tasks[0].replicaNumber");
    assertThat(e.path("params").path("min").asInt()).isEqualTo(1);
    assertThat(e.path("params").path("value").asInt()).isEqualTo(0);
  }

  @Test
  @DisplayName("CMP-security success envelopes carry no error member")
  void successHasNoError() throws Exception {
    Http.Answer a = tenantAdmin.get("/api/v1/auth/me");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().has("error")).isFalse();
  }

  @Test
  @DisplayName("CMP-security a wrong password answers BAD_CREDENTIALS naming no field")
  void badCredentials() throws Exception {
    Http.Answer a =
        new Http(port, null)
            .post(
                "/api/v1/auth/login",
                "{\"username\":\"" + f.name("a-user") + "\",\"password\":\"nope-Nope-1\"}");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.body().path("error").path("reason").asString()).isEqualTo("BAD_CREDENTIALS");
    assertThat(a.body().path("error").has("field")).isFalse();
    assertThat(a.body().path("errorMsg").asString()).doesNotStartWith("username");
  }

  @Test
  @DisplayName("CMP-security a missing field answers REQUIRED naming it")
  void required() throws Exception {
    Http.Answer a = new Http(port, null).post("/api/v1/auth/login", "{\"password\":\"x\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("error").path("reason").asString()).isEqualTo("REQUIRED");
    assertThat(a.body().path("error").path("field").asString()).isEqualTo("username");
  }

  @Test
  @DisplayName("CMP-security JSON of the wrong type answers BAD_FORMAT naming the field")
  void badFormat() throws Exception {
    Http.Answer a =
        new Http(port, f.userAToken)
            .post(
                "/openapi/v1/trainjob",
                JcApiTest.TWO_TASKS.replace("\"replicaNumber\":2", "\"replicaNumber\":[1]"));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("error").path("reason").asString()).isEqualTo("BAD_FORMAT");
    assertThat(a.body().path("error").path("field").asString()).isEqualTo("tasks[0].replicaNumber");
  }

  @Test
  @DisplayName(
      "CMP-tenancy an administrator cannot disable or delete itself: 409 SELF_ACTION, still enabled")
  void selfAction() throws Exception {
    String me = tenantAdmin.get("/api/v1/auth/me").data().path("user_id").asString();
    Http.Answer disable = tenantAdmin.post("/api/v1/users/" + me + "/disable", "");
    assertThat(disable.status()).isEqualTo(409);
    assertThat(disable.body().path("error").path("reason").asString()).isEqualTo("SELF_ACTION");
    Http.Answer delete = tenantAdmin.delete("/api/v1/users/" + me);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.body().path("error").path("reason").asString()).isEqualTo("SELF_ACTION");
    assertThat(tenantAdmin.get("/api/v1/users/" + me).data().path("enabled").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("CMP-tenancy an unknown user answers 404 NOT_FOUND; a missing permission FORBIDDEN")
  void notFoundAndForbidden() throws Exception {
    Http.Answer missing = tenantAdmin.get("/api/v1/users/no-such-user");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().path("error").path("reason").asString()).isEqualTo("NOT_FOUND");
    Http.Answer denied = new Http(port, f.noneAToken).get("/api/v1/users");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.body().path("error").path("reason").asString()).isEqualTo("FORBIDDEN");
  }

  @Test
  @DisplayName(
      "CMP-tenancy CMP-observe built-in roles and alert rules carry a display code; custom ones none")
  void displayCodes() throws Exception {
    Http admin = new Http(port);
    JsonNode roles = admin.get("/api/v1/roles").data();
    boolean builtinSeen = false;
    for (JsonNode r : roles) {
      if (r.path("builtin").asBoolean()) {
        assertThat(r.path("code").asString()).isEqualTo("role." + r.path("id").asString());
        builtinSeen = true;
      } else {
        assertThat(r.has("code")).as(r.toString()).isFalse();
      }
    }
    assertThat(builtinSeen).isTrue();
    JsonNode rules = admin.get("/api/v1/monitoring/rules").data();
    boolean ruleSeen = false;
    for (JsonNode r : rules) {
      if (r.path("id").asString().equals("node-lost")) {
        assertThat(r.path("code").asString()).isEqualTo("rule.node-lost");
        ruleSeen = true;
      }
    }
    assertThat(ruleSeen).isTrue();
  }
}
