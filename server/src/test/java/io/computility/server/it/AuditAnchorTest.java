package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.identity.audit.AnchorStore;
import io.computility.server.identity.audit.AuditAnchor;
import io.computility.server.identity.audit.AuditAnchoring;
import io.computility.server.identity.audit.AuditVerifier;
import io.computility.server.identity.audit.Verification;
import io.computility.server.testsupport.AuditRows;
import io.computility.server.testsupport.FederationTestBase;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signed SM2 anchors against the real database and anchor file. The verifier is called directly
 * (not through the API) so that verifying appends no row while the tail is deleted.
 */
@DisplayName("CMP-security audit anchors")
class AuditAnchorTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditVerifier verifier;
  @Autowired AuditAnchoring anchoring;
  @Autowired AnchorStore anchors;

  @Test
  @DisplayName(
      "CMP-security deleting the newest audit rows is detected against the signed anchor in the database and in the anchor file, naming the missing range")
  void truncatedTail() throws Exception {
    Http admin = new Http(port);
    for (int i = 0; i < 4; i++) admin.post("/api/v1/auth/logout", "");
    AuditAnchor a = anchoring.anchorNow().orElseThrow();
    assertThat(Files.readString(anchors.file())).contains(a.line());
    assertThat(verifier.verify().intact()).isTrue();
    long head = a.seq();
    List<Map<String, Object>> tail =
        jdbc.queryForList("select * from audit_log where seq > ? order by seq", head - 3);
    List<Map<String, Object>> dbAnchors = jdbc.queryForList("select * from audit_anchor");
    try {
      jdbc.update("delete from audit_log where seq > ?", head - 3);
      Verification v = verifier.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.missingFrom()).isEqualTo(head - 2);
      assertThat(v.missingTo()).isEqualTo(head);
      assertThat(v.reason()).contains("entries " + (head - 2) + ".." + head + " are missing");

      // the attacker also deletes the anchors in the database: the file still has them
      jdbc.update("delete from audit_anchor");
      Verification fileOnly = verifier.verify();
      assertThat(fileOnly.intact()).isFalse();
      assertThat(fileOnly.missingFrom()).isEqualTo(head - 2);
    } finally {
      for (Map<String, Object> r : tail) AuditRows.restore(jdbc, r);
      for (Map<String, Object> r : dbAnchors) {
        jdbc.update(
            "insert into audit_anchor (seq, head_hash, at, key_id, signature) values (?,?,?,?,?)"
                + " on conflict do nothing",
            r.get("seq"),
            r.get("head_hash"),
            r.get("at"),
            r.get("key_id"),
            r.get("signature"));
      }
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "CMP-security a forged anchor (head hash changed without the SM2 key) is reported, not trusted")
  void forgedAnchor() {
    anchoring.anchorNow();
    Map<String, Object> newest =
        jdbc.queryForMap("select * from audit_anchor order by seq desc limit 1");
    String hash = (String) newest.get("head_hash");
    String forged = (hash.charAt(0) == 'a' ? 'b' : 'a') + hash.substring(1);
    try {
      jdbc.update("update audit_anchor set head_hash = ? where seq = ?", forged, newest.get("seq"));
      Verification v = verifier.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.brokenAtSeq()).isEqualTo(((Number) newest.get("seq")).longValue());
      assertThat(v.reason()).contains("database anchor").contains("signature is invalid");
    } finally {
      jdbc.update("update audit_anchor set head_hash = ? where seq = ?", hash, newest.get("seq"));
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "CMP-security an edited row and a deleted middle row are still detected with anchors in place")
  void editAndMiddleDelete() throws Exception {
    Http admin = new Http(port);
    for (int i = 0; i < 3; i++) admin.post("/api/v1/auth/logout", "");
    long head = anchoring.anchorNow().orElseThrow().seq();
    long victim = head - 1;
    Map<String, Object> original =
        jdbc.queryForMap("select * from audit_log where seq = ?", victim);
    try {
      jdbc.update("update audit_log set actor = 'mallory' where seq = ?", victim);
      Verification edited = verifier.verify();
      assertThat(edited.brokenAtSeq()).isEqualTo(victim);
      assertThat(edited.reason()).contains("changed");
      jdbc.update("delete from audit_log where seq = ?", victim);
      Verification deleted = verifier.verify();
      assertThat(deleted.brokenAtSeq()).isEqualTo(victim);
      assertThat(deleted.reason()).contains("entry " + victim + " is missing");
    } finally {
      jdbc.update("delete from audit_log where seq = ?", victim);
      AuditRows.restore(jdbc, original);
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  @DisplayName("CMP-security new audit rows are chained with SM3")
  void sm3Rows() throws Exception {
    new Http(port).post("/api/v1/auth/logout", "");
    assertThat(
            jdbc.queryForObject(
                "select hash_alg from audit_log order by seq desc limit 1", String.class))
        .isEqualTo("SM3");
  }
}
