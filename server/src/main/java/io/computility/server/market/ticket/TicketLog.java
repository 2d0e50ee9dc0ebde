package io.computility.server.market.ticket;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.shared.jdbc.JsonColumns;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** A ticket's comments ({@code ticket_comment}) and history ({@code ticket_event}). */
@Repository
public class TicketLog {
  private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  public TicketLog(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void comment(
      String ticketId,
      String authorId,
      String authorName,
      String body,
      boolean internal,
      Instant at) {
    jdbc.update(
        "insert into ticket_comment (ticket_id, author_id, author_name, body, internal, created_at)"
            + " values (?,?,?,?,?,?)",
        ticketId,
        authorId,
        authorName,
        body,
        internal,
        ts(at));
  }

  void event(
      String ticketId,
      String actorId,
      TicketAction action,
      TicketState from,
      TicketState to,
      Map<String, Object> detail,
      Instant at) {
    jdbc.update(
        "insert into ticket_event (ticket_id, at, actor_id, action, from_state, to_state, detail)"
            + " values (?,?,?,?,?,?,?::jsonb)",
        ticketId,
        ts(at),
        actorId,
        action.name(),
        from == null ? null : from.name(),
        to == null ? null : to.name(),
        json.write(detail));
  }

  /** The ticket's comments, oldest first; without internal notes unless {@code withInternal}. */
  public List<TicketComment> comments(String ticketId, boolean withInternal) {
    return jdbc.query(
        "select id, ticket_id, author_id, author_name, body, internal, created_at from"
            + " ticket_comment where ticket_id = ?"
            + (withInternal ? "" : " and not internal")
            + " order by id",
        (rs, i) ->
            new TicketComment(
                rs.getLong("id"),
                rs.getString("ticket_id"),
                rs.getString("author_id"),
                rs.getString("author_name"),
                rs.getString("body"),
                rs.getBoolean("internal"),
                instant(rs, "created_at")),
        ticketId);
  }

  /** The ticket's history, oldest first; without internal notes unless {@code withInternal}. */
  public List<TicketEvent> events(String ticketId, boolean withInternal) {
    return jdbc.query(
        "select id, ticket_id, at, actor_id, action, from_state, to_state, detail::text as detail"
            + " from ticket_event where ticket_id = ?"
            + (withInternal ? "" : " and not coalesce((detail->>'internal')::boolean, false)")
            + " order by id",
        (rs, i) ->
            new TicketEvent(
                rs.getLong("id"),
                rs.getString("ticket_id"),
                instant(rs, "at"),
                rs.getString("actor_id"),
                TicketAction.valueOf(rs.getString("action")),
                state(rs.getString("from_state")),
                state(rs.getString("to_state")),
                json.read(rs.getString("detail"), DETAIL)),
        ticketId);
  }

  private static TicketState state(String s) {
    return s == null ? null : TicketState.valueOf(s);
  }
}
