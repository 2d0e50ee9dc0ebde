package io.computility.server.identity.audit;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.config.ComputilityProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit log: each row stores digest(previous hash, its own fields), SM3 by
 * default ({@link AuditDigest}). Appends are serialised by a transaction-scoped advisory lock so
 * sequence numbers have no gaps; {@link AuditVerifier} recomputes the chain against the signed
 * anchors.
 */
@Repository
public class AuditChain {
  static final String GENESIS = "0".repeat(64);
  static final long LOCK = 0x617564_6974L; // "audit"

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String algorithm;

  public AuditChain(JdbcTemplate jdbc, Clock clock, ComputilityProperties props) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.algorithm = AuditDigest.named(props.security().audit().hashAlgorithm());
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

  /** An event and when it happened. */
  public record Stamped(Event event, Instant at) {}

  @Transactional
  public AuditEntry append(Event e) {
    return appendAll(List.of(new Stamped(e, clock.instant()))).get(0);
  }

  /**
   * Appends the events in the given order under one lock, in the caller's transaction (or one of
   * its own): one round of locking and reading the head for a whole batch.
   */
  @Transactional
  public List<AuditEntry> appendAll(List<Stamped> events) {
    long started = System.nanoTime(); // issue 12: the append latency histogram
    jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
    List<Object[]> last =
        jdbc.query(
            "select seq, hash from audit_log order by seq desc limit 1",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
    long seq = last.isEmpty() ? 0 : (long) last.get(0)[0];
    String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
    List<AuditEntry> out = new java.util.ArrayList<>(events.size());
    for (Stamped s : events) {
      Event e = clean(s.event());
      AuditEntry entry =
          new AuditEntry(
                  ++seq,
                  e.kind(),
                  s.at().truncatedTo(ChronoUnit.MICROS),
                  e.actor(),
                  e.tenantId(),
                  e.action(),
                  e.target(),
                  e.sourceIp(),
                  e.result(),
                  prev,
                  null,
                  null)
              .hashedWith(algorithm);
      out.add(entry);
      prev = entry.hash();
    }
    jdbc.batchUpdate(
        "insert into audit_log (seq, kind, at, actor, tenant_id, action, target, source_ip,"
            + " result, prev_hash, hash, hash_alg) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        out.stream()
            .map(
                x ->
                    new Object[] {
                      x.seq(),
                      x.kind(),
                      ts(x.at()),
                      x.actor(),
                      x.tenantId(),
                      x.action(),
                      x.target(),
                      x.sourceIp(),
                      x.result(),
                      x.prevHash(),
                      x.hash(),
                      x.hashAlg()
                    })
            .toList());
    io.computility.server.shared.metrics.LatencyTimers.since("computility.audit.append", started);
    return out;
  }

  /** The event with every field cut to what its column holds ("-" for none). */
  static Event clean(Event e) {
    return new Event(
        cut(e.kind(), 16),
        cut(e.actor(), 63),
        cut(e.tenantId(), 63),
        cut(e.action(), 255),
        cut(e.target(), 512),
        cut(e.sourceIp(), 64),
        cut(e.result(), 32));
  }

  /** Rows of a tenant (null: every tenant) and kind (null: both), newest first. */
  public List<AuditEntry> query(String tenantId, String kind, String actor, int offset, int limit) {
    return query(tenantId, kind, new Filter(actor, null, null, null), offset, limit);
  }

  /**
   * Row filters: actor exactly, part of the action (any case), at within [since, until), the
   * actor's kind (null for any) and whether machine heartbeats are included.
   */
  public record Filter(
      String actor,
      String action,
      Instant since,
      Instant until,
      ActorKind actorKind,
      boolean heartbeats) {
    public Filter(String actor, String action, Instant since, Instant until) {
      this(actor, action, since, until, null, true);
    }
  }

  /**
   * Who made an operation (docs/security.md): AGENT, the pool's node agents speaking their
   * protocol; MACHINE, the configured machine token's account (built-in platform-agent role);
   * HUMAN, everyone else.
   */
  public enum ActorKind {
    HUMAN,
    AGENT,
    MACHINE
  }

  private static final String AGENT_ACTION = "action ~ '^[A-Z]+ /api/v1/pool/agents(/|$)'";
  private static final String MACHINE_ACTOR =
      "exists (select 1 from app_user u join user_role r on r.user_id = u.id"
          + " where u.username = audit_log.actor and r.role_id = 'platform-agent')";

  /** Machine heartbeats: agents' heartbeats and log posts, pushed samples and logs. */
  static final String HEARTBEAT =
      "action ~ '^POST /api/v1/(pool/agents/[^/]+/(heartbeat|logs)|monitoring/(samples|logs))$'";

  /** How many rows the filter matches. */
  public long count(String tenantId, String kind, Filter filter) {
    List<Object> args = new java.util.ArrayList<>();
    String where = where(tenantId, kind, filter, args);
    Long n =
        jdbc.queryForObject("select count(*) from audit_log" + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  public List<AuditEntry> query(
      String tenantId, String kind, Filter filter, int offset, int limit) {
    List<Object> args = new java.util.ArrayList<>();
    StringBuilder sql =
        new StringBuilder("select * from audit_log" + where(tenantId, kind, filter, args));
    sql.append(" order by seq desc offset ? limit ?");
    args.add(offset);
    args.add(limit);
    return jdbc.query(sql.toString(), AuditChain::row, args.toArray());
  }

  private static String where(String tenantId, String kind, Filter filter, List<Object> args) {
    StringBuilder sql = new StringBuilder(" where true");
    if (tenantId != null) {
      sql.append(" and tenant_id = ?");
      args.add(tenantId);
    }
    if (kind != null) {
      sql.append(" and kind = ?");
      args.add(kind);
    }
    if (filter.actor() != null) {
      sql.append(" and actor = ?");
      args.add(filter.actor());
    }
    if (filter.action() != null) {
      sql.append(" and strpos(lower(action), lower(?)) > 0");
      args.add(filter.action());
    }
    if (filter.since() != null) {
      sql.append(" and at >= ?");
      args.add(ts(filter.since()));
    }
    if (filter.until() != null) {
      sql.append(" and at < ?");
      args.add(ts(filter.until()));
    }
    if (!filter.heartbeats()) sql.append(" and not (").append(HEARTBEAT).append(")");
    if (filter.actorKind() != null) {
      sql.append(
          switch (filter.actorKind()) {
            case AGENT -> " and " + AGENT_ACTION;
            case MACHINE -> " and not (" + AGENT_ACTION + ") and " + MACHINE_ACTOR;
            case HUMAN -> " and not (" + AGENT_ACTION + ") and not " + MACHINE_ACTOR;
          });
    }
    return sql.toString();
  }

  /** The newest row's sequence number and hash; empty for an empty log. */
  public java.util.Optional<Head> head() {
    return jdbc
        .query(
            "select seq, hash from audit_log order by seq desc limit 1",
            (rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
        .stream()
        .findFirst();
  }

  /** A position in the chain: a sequence number and the hash of its row. */
  public record Head(long seq, String hash) {}

  /** Streams every row in sequence order to {@code check}, stopping once it reports a break. */
  void scan(ChainCheck check) {
    jdbc.query(
        "select * from audit_log order by seq",
        rs -> {
          if (!check.broken()) check.accept(row(rs, 0));
        });
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
        rs.getString("hash"),
        rs.getString("hash_alg"));
  }

  private static String cut(String s, int max) {
    if (s == null || s.isEmpty()) return "-";
    String clean = s.replace('\u001f', ' ');
    return clean.length() > max ? clean.substring(0, max) : clean;
  }
}
