package io.computility.server.market.ticket;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.identity.ScopeFilter;
import java.time.Instant;
import java.util.List;

/**
 * Which tickets a listing shows: the caller's data scope (a tenant user their own, a tenant admin
 * the tenant's, operators all), the seed's boxes ({@code SUBMITTED}: raised by the viewer, {@code
 * TODO}: active and assigned to the viewer, {@code DONE}: handled by the viewer and finished) and
 * the filters; null means any.
 */
public record TicketFilter(
    ScopeFilter scope,
    String viewerId,
    Box box,
    TicketState state,
    String categoryId,
    String assigneeId,
    Boolean overdue,
    TicketPriority priority,
    TicketType type,
    String text) {

  /** The seed's tabs of 我的工单: 提报, 待办, 已办. */
  public enum Box {
    SUBMITTED,
    TODO,
    DONE
  }

  private static final String ACTIVE = "state in ('OPEN','ASSIGNED','IN_PROGRESS')";

  String where(List<Object> args, Instant now) {
    StringBuilder w = new StringBuilder(scopeSql(scope, args));
    if (box == Box.SUBMITTED) and(w, "requester_id = ?", args, viewerId);
    if (box == Box.TODO) and(w, ACTIVE + " and assignee_id = ?", args, viewerId);
    if (box == Box.DONE) and(w, "not " + ACTIVE + " and assignee_id = ?", args, viewerId);
    if (state != null) and(w, "state = ?", args, state.name());
    if (categoryId != null) {
      and(
          w,
          "category_id in (with recursive sub(id) as (select ?::varchar union all select c.id"
              + " from ticket_category c join sub on c.parent_id = sub.id) select id from sub)",
          args,
          categoryId);
    }
    if ("none".equals(assigneeId)) w.append(" and assignee_id is null and assignee_group is null");
    else if (assigneeId != null) and(w, "assignee_id = ?", args, assigneeId);
    if (overdue != null) {
      w.append(overdue ? " and " : " and not ")
          .append("(" + ACTIVE + " and (overdue or due_at < ?))");
      args.add(ts(now));
    }
    if (priority != null) and(w, "priority = ?", args, priority.name());
    if (type != null) and(w, "type = ?", args, type.name());
    if (text != null) {
      w.append(" and (strpos(lower(title), lower(?)) > 0 or number::text = ?)");
      args.add(text);
      args.add(text);
    }
    return w.toString();
  }

  /** The SQL condition of a data scope on the ticket's owner columns. */
  static String scopeSql(ScopeFilter scope, List<Object> args) {
    if (scope.all()) return "true";
    StringBuilder s = new StringBuilder("tenant_id = ?");
    args.add(scope.tenantId());
    if (scope.orgIds() != null) {
      s.append(" and org_id = any (?)");
      args.add(scope.orgIds().toArray(String[]::new));
    }
    if (scope.ownerId() != null) {
      s.append(" and requester_id = ?");
      args.add(scope.ownerId());
    }
    return s.toString();
  }

  private static void and(StringBuilder w, String cond, List<Object> args, Object value) {
    w.append(" and ").append(cond);
    args.add(value);
  }
}
