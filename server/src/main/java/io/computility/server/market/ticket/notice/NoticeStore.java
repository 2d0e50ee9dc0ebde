package io.computility.server.market.ticket.notice;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.web.PageData;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code notice} and {@code notice_read} tables. */
@Repository
public class NoticeStore {
  private static final String COLUMNS =
      "n.id, n.kind, n.title, n.body, n.pinned, n.audience, n.tenant_ids, n.publish_at,"
          + " n.withdrawn_at, n.created_by, n.created_at, n.updated_at";
  private static final String VISIBLE =
      "n.publish_at <= ? and n.withdrawn_at is null and (n.audience = 'ALL' or ? = any"
          + " (n.tenant_ids))";
  private final JdbcTemplate jdbc;

  public NoticeStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Notice n) {
    jdbc.update(
        "insert into notice (id, kind, title, body, pinned, audience, tenant_ids, publish_at,"
            + " created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?)",
        n.id(),
        n.kind().name(),
        n.title(),
        n.body(),
        n.pinned(),
        n.audience().name(),
        n.tenantIds().toArray(String[]::new),
        ts(n.publishAt()),
        n.createdBy(),
        ts(n.createdAt()),
        ts(n.updatedAt()));
  }

  void update(Notice n) {
    jdbc.update(
        "update notice set kind = ?, title = ?, body = ?, pinned = ?, audience = ?, tenant_ids ="
            + " ?, publish_at = ?, withdrawn_at = ?, updated_at = ? where id = ?",
        n.kind().name(),
        n.title(),
        n.body(),
        n.pinned(),
        n.audience().name(),
        n.tenantIds().toArray(String[]::new),
        ts(n.publishAt()),
        ts(n.withdrawnAt()),
        ts(n.updatedAt()),
        n.id());
  }

  public Optional<Notice> find(String id) {
    if (!io.computility.server.market.ticket.NewIds.plausible(id)) return Optional.empty();
    return jdbc
        .query(
            "select " + COLUMNS + ", null as read_at from notice n where n.id = ?", this::row, id)
        .stream()
        .findFirst();
  }

  /** The published notices a user of {@code tenantId} sees, pinned first, newest first. */
  public PageData<Notice> visible(
      String userId, String tenantId, Notice.Kind kind, Instant now, int page, int size) {
    List<Object> args = new ArrayList<>(List.of(ts(now), tenantId));
    String where = VISIBLE + (kind == null ? "" : " and n.kind = ?");
    if (kind != null) args.add(kind.name());
    Long total =
        jdbc.queryForObject(
            "select count(*) from notice n where " + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(List.of(userId));
    pageArgs.addAll(args);
    pageArgs.add(size);
    pageArgs.add((long) page * size);
    List<Notice> items =
        jdbc.query(
            "select "
                + COLUMNS
                + ", r.read_at from notice n left join notice_read r on r.notice_id = n.id and"
                + " r.user_id = ? where "
                + where
                + " order by n.pinned desc, n.publish_at desc, n.id limit ? offset ?",
            this::row,
            pageArgs.toArray());
    return new PageData<>(items, total == null ? 0 : total, page, size);
  }

  /** Every notice (operators), newest first. */
  public PageData<Notice> all(int page, int size) {
    Long total = jdbc.queryForObject("select count(*) from notice", Long.class);
    List<Notice> items =
        jdbc.query(
            "select "
                + COLUMNS
                + ", null as read_at from notice n order by n.pinned desc, n.created_at desc, n.id"
                + " limit ? offset ?",
            this::row,
            size,
            (long) page * size);
    return new PageData<>(items, total == null ? 0 : total, page, size);
  }

  /** How many published notices for the user's tenant the user has not read. */
  public long unread(String userId, String tenantId, Instant now) {
    Long n =
        jdbc.queryForObject(
            "select count(*) from notice n where "
                + VISIBLE
                + " and not exists (select 1 from notice_read r where r.notice_id = n.id and"
                + " r.user_id = ?)",
            Long.class,
            ts(now),
            tenantId,
            userId);
    return n == null ? 0 : n;
  }

  void markRead(String noticeId, String userId, Instant at) {
    jdbc.update(
        "insert into notice_read (notice_id, user_id, read_at) values (?,?,?) on conflict do"
            + " nothing",
        noticeId,
        userId,
        ts(at));
  }

  /** Which of the ids are tenants (identity's tenant table, read-only). */
  List<String> knownTenants(List<String> ids) {
    return jdbc.queryForList(
        "select id from tenant where id = any (?)",
        String.class,
        (Object) ids.toArray(String[]::new));
  }

  private Notice row(ResultSet rs, int i) throws SQLException {
    Array tenants = rs.getArray("tenant_ids");
    return new Notice(
        rs.getString("id"),
        Notice.Kind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("body"),
        rs.getBoolean("pinned"),
        Notice.Audience.valueOf(rs.getString("audience")),
        tenants == null ? List.of() : Arrays.asList((String[]) tenants.getArray()),
        instant(rs, "publish_at"),
        instant(rs, "withdrawn_at"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "read_at"));
  }
}
