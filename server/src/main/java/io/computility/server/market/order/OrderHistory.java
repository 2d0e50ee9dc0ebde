package io.computility.server.market.order;

import static io.computility.server.shared.jdbc.Sql.instant;
import static io.computility.server.shared.jdbc.Sql.ts;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The state history of orders: every transition and applied change, oldest first. */
@Repository
class OrderHistory {
  private final JdbcTemplate jdbc;

  OrderHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One entry of an order's history. */
  record Entry(
      Instant at, OrderState from, OrderState to, String action, String actor, String note) {}

  void add(
      String orderId, OrderState from, OrderState to, String action, String actor, String note) {
    jdbc.update(
        "insert into market_order_history (order_id, at, from_state, to_state, action, actor, note)"
            + " values (?,?,?,?,?,?,?)",
        orderId,
        ts(Instant.now()),
        from == null ? null : from.name(),
        to.name(),
        action,
        actor,
        note == null ? null : note.substring(0, Math.min(512, note.length())));
  }

  List<Entry> of(String orderId) {
    return jdbc.query(
        "select * from market_order_history where order_id = ? order by id",
        (rs, i) ->
            new Entry(
                instant(rs, "at"),
                rs.getString("from_state") == null
                    ? null
                    : OrderState.valueOf(rs.getString("from_state")),
                OrderState.valueOf(rs.getString("to_state")),
                rs.getString("action"),
                rs.getString("actor"),
                rs.getString("note")),
        orderId);
  }
}
