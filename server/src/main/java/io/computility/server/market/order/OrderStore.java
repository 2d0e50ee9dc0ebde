package io.computility.server.market.order;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.identity.ScopeFilter;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Orders in PostgreSQL. Every read maps rows only; no query runs inside a row mapper. */
@Repository
class OrderStore {
  static final String COLUMNS = "select * from market_order";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  OrderStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts; false when an order of that item (or demand) already exists. */
  boolean insert(String id, String number, NewOrder o, Instant now) {
    return jdbc.update(
            "insert into market_order (id, number, item_id, demand_id, application_id,"
                + " application_number, tenant_id, org_id, applicant_id, business_system_id,"
                + " product_id, product_name, type, center_id, quantity, components, duration,"
                + " price, state, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,'PENDING',?,?)"
                + " on conflict do nothing",
            id,
            number,
            o.itemId(),
            o.demandId(),
            o.applicationId(),
            o.applicationNumber(),
            o.tenantId(),
            o.orgId(),
            o.applicantId(),
            o.businessSystemId(),
            o.productId(),
            o.productName(),
            o.type().name(),
            o.centerId(),
            o.quantity(),
            json.write(o.components()),
            o.duration(),
            o.price(),
            ts(now),
            ts(now))
        > 0;
  }

  Optional<OrderRow> find(String id) {
    return jdbc.query(COLUMNS + " where id = ?", this::row, id).stream().findFirst();
  }

  Optional<OrderRow> byItem(String itemId) {
    return jdbc.query(COLUMNS + " where item_id = ?", this::row, itemId).stream().findFirst();
  }

  Optional<OrderRow> byDemand(String demandId) {
    return jdbc.query(COLUMNS + " where demand_id = ?", this::row, demandId).stream().findFirst();
  }

  /** Locks the order for this transaction; empty when another worker holds it. */
  Optional<OrderRow> lock(String id) {
    return jdbc.query(COLUMNS + " where id = ? for update skip locked", this::row, id).stream()
        .findFirst();
  }

  /** Locks the order, waiting for a worker that holds it. */
  Optional<OrderRow> lockWaiting(String id) {
    return jdbc.query(COLUMNS + " where id = ? for update", this::row, id).stream().findFirst();
  }

  /** Ids of orders with work to do: to provision, a pending change, or near or past their end. */
  List<String> work(Instant expiringBefore, Instant now, int limit) {
    return jdbc.queryForList(
        "select id from market_order where state = 'PENDING' or pending_action is not null"
            + " or (state = 'ACTIVE' and end_at <= ?) or (state = 'EXPIRING' and end_at <= ?)"
            + " order by updated_at limit ?",
        String.class,
        ts(expiringBefore),
        ts(now),
        limit);
  }

  void update(OrderRow o, Instant now) {
    jdbc.update(
        "update market_order set state = ?, reason = ?, pending_action = ?, stopped = ?,"
            + " attempts = ?, quantity = ?, components = ?::jsonb, start_at = ?, end_at = ?,"
            + " updated_at = ? where id = ?",
        o.state().name(),
        o.reason(),
        o.pendingAction(),
        o.stopped(),
        o.attempts(),
        o.quantity(),
        json.write(o.components()),
        ts(o.startAt()),
        ts(o.endAt()),
        ts(now),
        o.id());
  }

  /** A page of the orders a scope reaches, newest first, with filters. */
  List<OrderRow> list(ScopeFilter scope, OrderFilter f, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(scope, f, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query(
        COLUMNS + where + " order by created_at desc, id limit ? offset ?",
        this::row,
        args.toArray());
  }

  long count(ScopeFilter scope, OrderFilter f) {
    List<Object> args = new ArrayList<>();
    String where = where(scope, f, args);
    Long n =
        jdbc.queryForObject(
            "select count(*) from market_order" + where, Long.class, args.toArray());
    return n == null ? 0 : n;
  }

  private static String where(ScopeFilter scope, OrderFilter f, List<Object> args) {
    StringBuilder w = new StringBuilder(" where true");
    if (!scope.all()) {
      w.append(" and tenant_id = ?");
      args.add(scope.tenantId());
      if (scope.orgIds() != null) {
        w.append(" and org_id = any (?)");
        args.add(scope.orgIds().toArray(String[]::new));
      }
      if (scope.ownerId() != null) {
        w.append(" and applicant_id = ?");
        args.add(scope.ownerId());
      }
    }
    if (f.state() != null) {
      w.append(" and state = ?");
      args.add(f.state().name());
    }
    if (f.type() != null) {
      w.append(" and type = ?");
      args.add(f.type().name());
    }
    if (f.tenantId() != null) {
      w.append(" and tenant_id = ?");
      args.add(f.tenantId());
    }
    if (f.centerId() != null) {
      w.append(" and center_id = ?");
      args.add(f.centerId());
    }
    if (f.number() != null) {
      w.append(" and (number ilike ? or product_name ilike ?)");
      String like =
          "%" + f.number().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      args.add(like);
      args.add(like);
    }
    if (f.holding()) w.append(" and state in ('ACTIVE', 'EXPIRING')");
    return w.toString();
  }

  private OrderRow row(ResultSet rs, int i) throws SQLException {
    return new OrderRow(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("item_id"),
        rs.getString("demand_id"),
        rs.getString("application_id"),
        rs.getString("application_number"),
        rs.getString("tenant_id"),
        rs.getString("org_id"),
        rs.getString("applicant_id"),
        rs.getString("business_system_id"),
        rs.getString("product_id"),
        rs.getString("product_name"),
        ProductType.valueOf(rs.getString("type")),
        rs.getString("center_id"),
        rs.getInt("quantity"),
        json.read(rs.getString("components"), ProductComponents.class),
        rs.getString("duration"),
        rs.getBigDecimal("price"),
        OrderState.valueOf(rs.getString("state")),
        rs.getString("reason"),
        rs.getString("pending_action"),
        rs.getBoolean("stopped"),
        rs.getInt("attempts"),
        instant(rs, "start_at"),
        instant(rs, "end_at"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
