package io.computility.server.market.application;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Applications and their items in PostgreSQL. */
@Repository
class ApplicationStore {
  private static final String SELECT =
      "select a.*, u.username, b.name as system_name from application a"
          + " left join app_user u on u.id = a.applicant_id"
          + " left join business_system b on b.id = a.business_system_id";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  ApplicationStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<ApplicationRow> find(String id) {
    return jdbc.query(SELECT + " where a.id = ?", this::row, id).stream().findFirst();
  }

  /** Locks the application's row: submit, withdraw, edit and the approval's outcome queue here. */
  Optional<ApplicationRow> lock(String id) {
    jdbc.query("select id from application where id = ? for update", (rs, i) -> 1, id);
    return find(id);
  }

  List<ApplicationRow> list(ApplicationFilter f, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = f.where(args);
    args.add(limit);
    args.add(offset);
    return jdbc.query(
        SELECT + where + " order by a.created_at desc, a.id limit ? offset ?",
        this::row,
        args.toArray());
  }

  long count(ApplicationFilter f) {
    List<Object> args = new ArrayList<>();
    String where = f.where(args);
    Long n =
        jdbc.queryForObject(
            "select count(*) from application a" + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  void insert(ApplicationRow a, String businessType) {
    jdbc.update(
        "insert into application (id, number, tenant_id, org_id, applicant_id,"
            + " business_system_id, business_type, title, reason, state, imported, created_at,"
            + " updated_at, submitted_at, decided_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        a.id(),
        a.number(),
        a.tenantId(),
        a.orgId(),
        a.applicantId(),
        a.businessSystemId(),
        businessType,
        a.title(),
        a.reason(),
        a.state(),
        a.imported(),
        ts(a.createdAt()),
        ts(a.updatedAt()),
        ts(a.submittedAt()),
        ts(a.decidedAt()));
  }

  void edit(String id, String businessSystemId, String title, String reason, Instant now) {
    jdbc.update(
        "update application set business_system_id = ?, title = ?, reason = ?, updated_at = ?"
            + " where id = ?",
        businessSystemId,
        title,
        reason,
        ts(now),
        id);
  }

  void state(String id, String state, String rejectReason, Instant now) {
    jdbc.update(
        "update application set state = ?, reject_reason = ?, updated_at = ?,"
            + " submitted_at = case when ? = 'IN_APPROVAL' then ? else submitted_at end,"
            + " decided_at = case when ? in ('APPROVED', 'REJECTED') then ? else decided_at end"
            + " where id = ?",
        state,
        rejectReason,
        ts(now),
        state,
        ts(now),
        state,
        ts(now),
        id);
  }

  int delete(String id) {
    return jdbc.update("delete from application where id = ?", id);
  }

  void replaceItems(String applicationId, List<ItemView> items) {
    jdbc.update("delete from application_item where application_id = ?", applicationId);
    for (int i = 0; i < items.size(); i++) {
      ItemView it = items.get(i);
      jdbc.update(
          "insert into application_item (id, application_id, position, product_id, action,"
              + " order_id, quantity, components, duration) values (?,?,?,?,?,?,?,?::jsonb,?)",
          it.id(),
          applicationId,
          i,
          it.productId(),
          it.action().name(),
          it.orderId(),
          it.quantity(),
          json.write(it.components()),
          it.duration());
    }
  }

  List<ItemView> items(String applicationId) {
    return jdbc.query(
        "select i.*, p.name from application_item i join product p on p.id = i.product_id"
            + " where i.application_id = ? order by i.position",
        (rs, n) ->
            new ItemView(
                rs.getString("id"),
                rs.getString("product_id"),
                rs.getString("name"),
                ItemAction.valueOf(rs.getString("action")),
                rs.getString("order_id"),
                rs.getInt("quantity"),
                json.read(rs.getString("components"), ProductComponents.class),
                rs.getString("duration")),
        applicationId);
  }

  /** The next business number of the day: SQyyyyMMdd-nnnn (more digits past 9999). */
  String nextNumber(java.time.LocalDate day) {
    Integer n =
        jdbc.queryForObject(
            "insert into application_number (day, last) values (?, 1) on conflict (day)"
                + " do update set last = application_number.last + 1 returning last",
            Integer.class,
            java.sql.Date.valueOf(day));
    return "SQ" + day.toString().replace("-", "") + "-" + String.format("%04d", n);
  }

  private ApplicationRow row(ResultSet rs, int i) throws SQLException {
    return new ApplicationRow(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("tenant_id"),
        rs.getString("org_id"),
        rs.getString("applicant_id"),
        rs.getString("username"),
        rs.getString("business_system_id"),
        rs.getString("system_name"),
        rs.getString("title"),
        rs.getString("reason"),
        rs.getString("state"),
        rs.getString("reject_reason"),
        rs.getBoolean("imported"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "submitted_at"),
        instant(rs, "decided_at"));
  }
}
