package io.computility.server.market.application;

import static io.computility.server.shared.jdbc.Sql.ts;

import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Cart items per user in PostgreSQL ({@code cart_item}). */
@Repository
class CartStore {
  static final int MAX_ITEMS = 200;
  private static final String SELECT =
      "select c.id, c.product_id, p.name, c.quantity, c.components, c.duration"
          + " from cart_item c join product p on p.id = c.product_id";
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  CartStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  List<ItemView> list(String userId) {
    return jdbc.query(
        SELECT + " where c.user_id = ? order by c.created_at, c.id", this::row, userId);
  }

  Optional<ItemView> find(String userId, String id) {
    return jdbc.query(SELECT + " where c.user_id = ? and c.id = ?", this::row, userId, id).stream()
        .findFirst();
  }

  int count(String userId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from cart_item where user_id = ?", Integer.class, userId);
    return n == null ? 0 : n;
  }

  void insert(String userId, String tenantId, ItemView i, Instant now) {
    jdbc.update(
        "insert into cart_item (id, user_id, tenant_id, product_id, quantity, components,"
            + " duration, created_at, updated_at) values (?,?,?,?,?,?::jsonb,?,?,?)",
        i.id(),
        userId,
        tenantId,
        i.productId(),
        i.quantity(),
        json.write(i.components()),
        i.duration(),
        ts(now),
        ts(now));
  }

  void update(String userId, ItemView i, Instant now) {
    jdbc.update(
        "update cart_item set quantity = ?, components = ?::jsonb, duration = ?, updated_at = ?"
            + " where id = ? and user_id = ?",
        i.quantity(),
        json.write(i.components()),
        i.duration(),
        ts(now),
        i.id(),
        userId);
  }

  int delete(String userId, String id) {
    return jdbc.update("delete from cart_item where id = ? and user_id = ?", id, userId);
  }

  private ItemView row(ResultSet rs, int n) throws SQLException {
    return new ItemView(
        rs.getString("id"),
        rs.getString("product_id"),
        rs.getString("name"),
        ItemAction.NEW,
        null,
        rs.getInt("quantity"),
        json.read(rs.getString("components"), ProductComponents.class),
        rs.getString("duration"));
  }
}
