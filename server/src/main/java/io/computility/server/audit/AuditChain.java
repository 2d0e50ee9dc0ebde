package io.computility.server.audit;

import static io.computility.server.persistence.Sql.instant;
import static io.computility.server.persistence.Sql.ts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit log: each row stores SHA-256(previous hash, its own fields). Appends are
 * serialised by a transaction-scoped advisory lock so sequence numbers have no gaps; {@link
 * #verify()} recomputes the chain and reports the first row that was edited, removed or inserted.
 */
@Repository
public class AuditChain {
  static final String GENESIS = "0".repeat(64);
  private static final long LOCK = 0x617564_6974L; // "audit"

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AuditChain(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What one append records; see {@link AuditEntry}. */
  public record Event(
      String kind,
      String actor,
      String tenantId,
      String action,
      String target,
      String sourceIp,
      String result) {}

  @Transactional
  public AuditEntry append(Event e) {
    jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
    List<Object[]> last =
        jdbc.query(
            "select seq, hash from audit_log order by seq desc limit 1",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    long seq = last.isEmpty() ? 1 : (long) last.get(0)[0] + 1;
    String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AuditEntry draft =
        new AuditEntry(
            seq,
            e.kind(),
            at,
            cut(e.actor(), 63),
            cut(e.tenantId(), 63),
            cut(e.action(), 255),
            cut(e.target(), 512),
            cut(e.sourceIp(), 64),
            cut(e.result(), 32),
            prev,
            null);
    AuditEntry entry = withHash(draft);
    jdbc.update(
        "insert into audit_log (seq, kind, at, actor, tenant_id, action, target, source_ip,"
            + " result, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?)",
        entry.seq(),
        entry.kind(),
        ts(entry.at()),
        entry.actor(),
        entry.tenantId(),
        entry.action(),
        entry.target(),
        entry.sourceIp(),
        entry.result(),
        entry.prevHash(),
        entry.hash());
    return entry;
  }

  /** Rows of a tenant (null: every tenant) and kind (null: both), newest first. */
  public List<AuditEntry> query(String tenantId, String kind, String actor, int offset, int limit) {
    StringBuilder sql = new StringBuilder("select * from audit_log where true");
    List<Object> args = new java.util.ArrayList<>();
    if (tenantId != null) {
      sql.append(" and tenant_id = ?");
      args.add(tenantId);
    }
    if (kind != null) {
      sql.append(" and kind = ?");
      args.add(kind);
    }
    if (actor != null) {
      sql.append(" and actor = ?");
      args.add(actor);
    }
    sql.append(" order by seq desc offset ? limit ?");
    args.add(offset);
    args.add(limit);
    return jdbc.query(sql.toString(), AuditChain::row, args.toArray());
  }

  /** Recomputes every hash in order; the first broken link, if any. */
  public Verification verify() {
    long[] count = {0};
    String[] prev = {GENESIS};
    Verification[] broken = {null};
    jdbc.query(
        "select * from audit_log order by seq",
        rs -> {
          if (broken[0] != null) return;
          AuditEntry e = row(rs, 0);
          long expected = count[0] + 1;
          if (e.seq() != expected) {
            broken[0] =
                Verification.broken(count[0], expected, "row missing before seq " + e.seq());
          } else if (!e.prevHash().equals(prev[0])) {
            broken[0] = Verification.broken(count[0], e.seq(), "prev_hash does not match");
          } else if (!withHash(e).hash().equals(e.hash())) {
            broken[0] = Verification.broken(count[0], e.seq(), "row content was changed");
          } else {
            count[0]++;
            prev[0] = e.hash();
          }
        });
    return broken[0] != null ? broken[0] : Verification.intact(count[0], prev[0]);
  }

  /** Result of a verification: intact with the head hash, or the first broken row. */
  public record Verification(
      boolean intact, long verifiedRows, Long brokenAtSeq, String reason, String headHash) {
    static Verification intact(long rows, String head) {
      return new Verification(true, rows, null, null, head);
    }

    static Verification broken(long rows, long seq, String reason) {
      return new Verification(false, rows, seq, reason, null);
    }
  }

  static AuditEntry withHash(AuditEntry e) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      String h = HexFormat.of().formatHex(d.digest(e.canonical().getBytes(StandardCharsets.UTF_8)));
      return new AuditEntry(
          e.seq(),
          e.kind(),
          e.at(),
          e.actor(),
          e.tenantId(),
          e.action(),
          e.target(),
          e.sourceIp(),
          e.result(),
          e.prevHash(),
          h);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static AuditEntry row(ResultSet rs, int i) throws SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getString("kind"),
        instant(rs, "at"),
        rs.getString("actor"),
        rs.getString("tenant_id"),
        rs.getString("action"),
        rs.getString("target"),
        rs.getString("source_ip"),
        rs.getString("result"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  private static String cut(String s, int max) {
    if (s == null || s.isEmpty()) return "-";
    String clean = s.replace('\u001f', ' ');
    return clean.length() > max ? clean.substring(0, max) : clean;
  }
}
