package io.computility.server.shared.web.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The idempotency_key table: one row per (caller, key), PENDING until its answer is stored. */
@Repository
public class IdempotencyStore {
  /** This server process; a PENDING row of another one was interrupted by a restart. */
  static final String INSTANCE = UUID.randomUUID().toString();

  /** A stored row; status, contentType and body are null while PENDING. */
  record Entry(
      String requestHash,
      String instanceId,
      String state,
      Integer status,
      String contentType,
      byte[] body,
      Instant createdAt) {
    boolean pending() {
      return "PENDING".equals(state);
    }

    /**
     * Pending, but not running any more: its server restarted, or it is so old that storing its
     * answer must have failed (the database was unreachable then).
     */
    boolean abandoned(Instant now) {
      return pending()
          && (!INSTANCE.equals(instanceId) || createdAt.isBefore(now.minus(ABANDONED_AFTER)));
    }
  }

  static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Claims the key for this request: true when it was free or its row older than {@code ttl} (taken
   * over); false when another request holds it.
   */
  boolean reserve(String scope, String key, String hash, Duration ttl) {
    Instant now = clock.instant();
    List<Integer> claimed =
        jdbc.queryForList(
            "insert into idempotency_key (scope, idem_key, request_hash, instance_id, state,"
                + " created_at) values (?, ?, ?, ?, 'PENDING', ?) on conflict (scope, idem_key)"
                + " do update set request_hash = excluded.request_hash, instance_id ="
                + " excluded.instance_id, state = 'PENDING', status = null, content_type = null,"
                + " body = null, created_at = excluded.created_at"
                + " where idempotency_key.created_at < ? returning 1",
            Integer.class,
            scope,
            key,
            hash,
            INSTANCE,
            Timestamp.from(now),
            Timestamp.from(now.minus(ttl)));
    return !claimed.isEmpty();
  }

  Optional<Entry> find(String scope, String key) {
    return jdbc
        .query(
            "select request_hash, instance_id, state, status, content_type, body, created_at"
                + " from idempotency_key where scope = ? and idem_key = ?",
            (rs, i) ->
                new Entry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    (Integer) rs.getObject(4),
                    rs.getString(5),
                    rs.getBytes(6),
                    rs.getTimestamp(7).toInstant()),
            scope,
            key)
        .stream()
        .findFirst();
  }

  Instant now() {
    return clock.instant();
  }

  void complete(String scope, String key, int status, String contentType, byte[] body) {
    jdbc.update(
        "update idempotency_key set state = 'DONE', status = ?, content_type = ?, body = ?"
            + " where scope = ? and idem_key = ? and instance_id = ?",
        status,
        contentType,
        body,
        scope,
        key,
        INSTANCE);
  }

  /** Frees the key of a request that was refused or failed, so that a retry runs afresh. */
  void release(String scope, String key) {
    jdbc.update(
        "delete from idempotency_key where scope = ? and idem_key = ? and state = 'PENDING'"
            + " and instance_id = ?",
        scope,
        key,
        INSTANCE);
  }

  /** Deletes rows older than {@code ttl}; answers how many. */
  public int purge(Duration ttl) {
    return jdbc.update(
        "delete from idempotency_key where created_at < ?",
        Timestamp.from(clock.instant().minus(ttl)));
  }
}
