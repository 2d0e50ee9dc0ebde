package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The hash-chained operation and login log: recording, query, CSV export, tamper detection. */
@DisplayName("CMP-security audit log")
class AuditLogTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(
      "CMP-security every state-changing call is logged with who, what, from where and result, refused ones too")
  void operationsRecorded() throws Exception {
    Http admin = new Http(port);
    admin.post(
        "/api/v1/policies",
        "{\"name\":\"audited\",\"description\":\"\",\"weights\":{\"lowest-price\":1}}");
    Http.Answer refused = new Http(port, null).delete("/api/v1/policies/audited");
    assertThat(refused.status()).isEqualTo(401);
    JsonNode rows = admin.get("/api/v1/audit/operations?size=50").data();
    JsonNode created = find(rows, "POST /api/v1/policies");
    assertThat(created.path("actor").asString()).isEqualTo("admin");
    assertThat(created.path("tenantId").asString()).isEqualTo("platform");
    assertThat(created.path("sourceIp").asString()).isEqualTo("127.0.0.1");
    assertThat(created.path("result").asString()).isIn("200", "201");
    assertThat(created.path("at").asString()).isNotBlank();
    JsonNode denied = find(rows, "DELETE /api/v1/policies/audited");
    assertThat(denied.path("actor").asString()).isEqualTo("-");
    assertThat(denied.path("result").asString()).isEqualTo("401");
    // reads are not operations
    admin.get("/api/v1/policies");
    assertThat(admin.get("/api/v1/audit/operations?size=1").data().get(0).path("action").asString())
        .doesNotStartWith("GET");
  }

  @Test
  @DisplayName(
      "CMP-security editing or deleting one audit row is detected by verify; an intact chain verifies")
  void tamperDetected() throws Exception {
    Http admin = new Http(port);
    for (int i = 0; i < 3; i++) admin.post("/api/v1/auth/logout", ""); // appends rows
    admin = new Http(port);
    JsonNode ok = admin.post("/api/v1/audit/verify", "").data();
    assertThat(ok.path("intact").asBoolean()).as(ok.toString()).isTrue();
    long rows = ok.path("verifiedRows").asLong();
    assertThat(rows).isGreaterThan(3);
    long victim = rows / 2;
    Map<String, Object> original =
        jdbc.queryForMap("select * from audit_log where seq = ?", victim);
    try {
      jdbc.update("update audit_log set result = 'forged' where seq = ?", victim);
      JsonNode edited = admin.post("/api/v1/audit/verify", "").data();
      assertThat(edited.path("intact").asBoolean()).isFalse();
      assertThat(edited.path("brokenAtSeq").asLong()).isEqualTo(victim);
      assertThat(edited.path("reason").asString()).contains("changed");

      jdbc.update("delete from audit_log where seq = ?", victim);
      JsonNode deleted = admin.post("/api/v1/audit/verify", "").data();
      assertThat(deleted.path("intact").asBoolean()).isFalse();
      assertThat(deleted.path("brokenAtSeq").asLong()).isEqualTo(victim);
    } finally {
      jdbc.update("delete from audit_log where seq = ?", victim);
      jdbc.update(
          "insert into audit_log (seq, kind, at, actor, tenant_id, action, target, source_ip,"
              + " result, prev_hash, hash, hash_alg) values (?,?,?,?,?,?,?,?,?,?,?,?)",
          original.get("seq"),
          original.get("kind"),
          original.get("at"),
          original.get("actor"),
          original.get("tenant_id"),
          original.get("action"),
          original.get("target"),
          original.get("source_ip"),
          original.get("result"),
          original.get("prev_hash"),
          original.get("hash"),
          original.get("hash_alg"));
    }
    assertThat(admin.post("/api/v1/audit/verify", "").data().path("intact").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("CMP-security the audit log exports as CSV with a header and one line per row")
  void csvExport() throws Exception {
    Http admin = new Http(port);
    Http.Answer csv = admin.get("/api/v1/audit/export?kind=LOGIN");
    assertThat(csv.status()).isEqualTo(200);
    String[] lines = csv.text().split("\n");
    assertThat(lines[0])
        .isEqualTo("seq,kind,at,actor,tenant_id,action,target,source_ip,result,hash,hash_alg");
    assertThat(lines.length).isGreaterThan(1);
    assertThat(lines[1]).contains(",LOGIN,").contains(",admin,");
    assertThat(admin.get("/api/v1/audit/export?kind=bogus").status()).isEqualTo(400);
  }

  private static JsonNode find(JsonNode rows, String action) {
    for (JsonNode r : rows) if (r.path("action").asString().equals(action)) return r;
    throw new AssertionError("no audit row for " + action + " in " + rows);
  }
}
