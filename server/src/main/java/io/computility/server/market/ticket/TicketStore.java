package io.computility.server.market.ticket;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import io.computility.server.shared.web.PageData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code ticket} table. */
@Repository
public class TicketStore {
  private static final String COLUMNS =
      "id, number, type, title, description, category_id, priority, state, approval, tenant_id,"
          + " org_id, requester_id, requester_name, assignee_id, assignee_group, related_id,"
          + " resource::text as resource, due_at, overdue, created_at, updated_at, resolved_at,"
          + " closed_at";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public TicketStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts a new ticket (its number is drawn here) and answers it as stored. */
  Ticket insert(Ticket t) {
    jdbc.update(
        "insert into ticket (id, type, title, description, category_id, priority, state,"
            + " approval, tenant_id, org_id, requester_id, requester_name, related_id, resource,"
            + " due_at, created_at, updated_at) values"
            + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?)",
        t.id(),
        t.type().name(),
        t.title(),
        t.description(),
        t.categoryId(),
        t.priority().name(),
        t.state().name(),
        t.approval().name(),
        t.tenantId(),
        t.orgId(),
        t.requesterId(),
        t.requesterName(),
        t.relatedId(),
        t.resource() == null ? null : json.write(t.resource()),
        ts(t.dueAt()),
        ts(t.createdAt()),
        ts(t.updatedAt()));
    return find(t.id()).orElseThrow();
  }

  public Optional<Ticket> find(String id) {
    if (!NewIds.plausible(id)) return Optional.empty();
    return jdbc.query("select " + COLUMNS + " from ticket where id = ?", this::row, id).stream()
        .findFirst();
  }

  /** The ticket, its row locked until the transaction ends (changes to one ticket queue up). */
  Optional<Ticket> lock(String id) {
    if (!NewIds.plausible(id)) return Optional.empty();
    return jdbc
        .query("select " + COLUMNS + " from ticket where id = ? for update", this::row, id)
        .stream()
        .findFirst();
  }

  /** Writes the fields a ticket's life changes. */
  void update(Ticket t) {
    jdbc.update(
        "update ticket set state = ?, approval = ?, assignee_id = ?, assignee_group = ?,"
            + " due_at = ?, overdue = ?, updated_at = ?, resolved_at = ?, closed_at = ?"
            + " where id = ?",
        t.state().name(),
        t.approval().name(),
        t.assigneeId(),
        t.assigneeGroup(),
        ts(t.dueAt()),
        t.overdue(),
        ts(t.updatedAt()),
        ts(t.resolvedAt()),
        ts(t.closedAt()),
        t.id());
  }

  /** One page of the tickets the filter and scope let through, newest first. */
  public PageData<Ticket> list(TicketFilter f, Instant now, int page, int size) {
    List<Object> args = new ArrayList<>();
    String where = f.where(args, now);
    Long total =
        jdbc.queryForObject(
            "select count(*) from ticket where " + where, Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    List<Ticket> items =
        jdbc.query(
            "select "
                + COLUMNS
                + " from ticket where "
                + where
                + " order by created_at desc, id desc limit ? offset ?",
            this::row,
            args.toArray());
    return new PageData<>(items, total == null ? 0 : total, page, size);
  }

  /** Flags the active tickets past due that are not flagged yet; answers them (once each). */
  List<Ticket> flagOverdue(Instant now) {
    return jdbc.query(
        "update ticket set overdue = true where state in ('OPEN','ASSIGNED','IN_PROGRESS')"
            + " and not overdue and due_at < ? returning "
            + COLUMNS,
        this::row,
        ts(now));
  }

  private Ticket row(ResultSet rs, int i) throws SQLException {
    String resource = rs.getString("resource");
    return new Ticket(
        rs.getString("id"),
        rs.getLong("number"),
        TicketType.valueOf(rs.getString("type")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("category_id"),
        TicketPriority.valueOf(rs.getString("priority")),
        TicketState.valueOf(rs.getString("state")),
        Approval.valueOf(rs.getString("approval")),
        rs.getString("tenant_id"),
        rs.getString("org_id"),
        rs.getString("requester_id"),
        rs.getString("requester_name"),
        rs.getString("assignee_id"),
        rs.getString("assignee_group"),
        rs.getString("related_id"),
        resource == null ? null : json.read(resource, ResourceRequest.class),
        instant(rs, "due_at"),
        rs.getBoolean("overdue"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "resolved_at"),
        instant(rs, "closed_at"));
  }
}
