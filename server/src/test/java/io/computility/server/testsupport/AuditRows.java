package io.computility.server.testsupport;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts back audit_log rows that a tamper test edited or deleted, exactly as they were read. */
public final class AuditRows {
  private AuditRows() {}

  /** Inserts the row as read by {@code select * from audit_log}. */
  public static void restore(JdbcTemplate jdbc, Map<String, Object> r) {
    jdbc.update(
        "insert into audit_log (seq, kind, at, actor, tenant_id, action, target, source_ip,"
            + " result, prev_hash, hash, hash_alg) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        r.get("seq"),
        r.get("kind"),
        r.get("at"),
        r.get("actor"),
        r.get("tenant_id"),
        r.get("action"),
        r.get("target"),
        r.get("source_ip"),
        r.get("result"),
        r.get("prev_hash"),
        r.get("hash"),
        r.get("hash_alg"));
  }
}
