package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.identity.audit.AuditAnchoring;
import io.computility.server.identity.audit.AuditDrain;
import io.computility.server.testsupport.AuditRows;
import io.computility.server.testsupport.TestAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code computility audit verify|list|export} against a real server and its database. */
@DisplayName("CMP-security CLI audit commands against a real server")
class AuditCommandsTest extends CliServerTestBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditAnchoring anchoring;
  @Autowired AuditDrain drain;

  @BeforeEach
  void login() {
    CliRun login =
        CliRun.of("login", "--server", server(), "-u", "admin", "-p", TestAuth.ADMIN_PASSWORD);
    assertThat(login.code()).as(login.err()).isEqualTo(ComputilityCli.OK);
  }

  @Test
  @DisplayName(
      "CMP-security computility audit verify prints OK for an intact log and exits 3 naming the entry edited in the database")
  void verifyEdited() {
    CliRun ok = CliRun.of("audit", "verify", "--server", server());
    assertThat(ok.code()).as(ok.out() + ok.err()).isEqualTo(ComputilityCli.OK);
    assertThat(ok.out()).startsWith("OK: ").contains("entries verified");

    long victim =
        jdbc.queryForObject("select max(seq) from audit_log where kind = 'LOGIN'", Long.class);
    String result =
        jdbc.queryForObject("select result from audit_log where seq = ?", String.class, victim);
    try {
      jdbc.update("update audit_log set result = 'OK-forged' where seq = ?", victim);
      CliRun tampered = CliRun.of("audit", "verify", "--server", server());
      assertThat(tampered.code()).as(tampered.out()).isEqualTo(ComputilityCli.TAMPERED);
      assertThat(tampered.out())
          .contains("TAMPERED: entry " + victim + ": row content was changed");
    } finally {
      jdbc.update("update audit_log set result = ? where seq = ?", result, victim);
    }
    assertThat(CliRun.of("audit", "verify", "--server", server()).code())
        .isEqualTo(ComputilityCli.OK);
  }

  @Test
  @DisplayName(
      "CMP-security computility audit verify exits 3 naming the missing range when the newest entries were deleted")
  void verifyTruncated() {
    for (int i = 0; i < 3; i++) login(); // appends login entries
    anchoring.stop(); // seals the head with a final anchor; no anchor of the forged state
    long head = jdbc.queryForObject("select max(seq) from audit_anchor", Long.class);
    List<Map<String, Object>> tail =
        jdbc.queryForList("select * from audit_log where seq > ? order by seq", head - 2);
    try {
      jdbc.update("delete from audit_log where seq > ?", head - 2);
      CliRun cut = CliRun.of("audit", "verify", "--server", server());
      assertThat(cut.code()).as(cut.out() + cut.err()).isEqualTo(ComputilityCli.TAMPERED);
      assertThat(cut.out())
          .contains("TAMPERED: entry " + (head - 1))
          .contains("entries " + (head - 1) + ".." + head + " are missing");
    } finally {
      // The verify call's own entry waits in the outbox; appended after the cut it would take a
      // deleted sequence number, so it goes into the chain now and is cut with the forged tail.
      drain.drainNow();
      jdbc.update("delete from audit_log where seq > ?", head - 2);
      for (Map<String, Object> r : tail) AuditRows.restore(jdbc, r);
      anchoring.start();
    }
    assertThat(CliRun.of("audit", "verify", "--server", server()).code())
        .isEqualTo(ComputilityCli.OK);
  }

  @Test
  @DisplayName("CMP-security computility audit list and export show the login log")
  void listAndExport() throws Exception {
    CliRun list = CliRun.of("audit", "list", "--logins", "--server", server());
    assertThat(list.code()).as(list.err()).isEqualTo(ComputilityCli.OK);
    assertThat(list.out()).contains("SEQ").contains("admin").contains("login").contains("OK");

    Path csv = home.resolve("audit.csv");
    CliRun export =
        CliRun.of("audit", "export", "--kind", "LOGIN", "-o", csv.toString(), "--server", server());
    assertThat(export.code()).as(export.err()).isEqualTo(ComputilityCli.OK);
    assertThat(Files.readString(csv)).startsWith("seq,kind,at,").contains(",LOGIN,");

    CliRun bad = CliRun.of("audit", "export", "--kind", "bogus", "--server", server());
    assertThat(bad.code()).isEqualTo(ComputilityCli.SERVER_ERROR);
    assertThat(bad.err()).contains("kind");
  }
}
