package io.computility.server.market.catalogue;

import io.computility.server.shared.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Products in PostgreSQL; the market's other parts read them through {@link Catalogue}. */
@Repository
class ProductStore implements Catalogue {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private final JdbcTemplate jdbc;
  private final JsonColumns json;

  ProductStore(JdbcTemplate jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public Optional<ProductView> find(String productId) {
    return jdbc
        .query(
            "select id, number, name, type, category_id, center_id, components, durations, state,"
                + " enabled from product where id = ?",
            this::view,
            productId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean offeredTo(String productId, String tenantId) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from product p where p.id = ? and p.state = 'ON_SHELF' and p.enabled"
                + " and (p.shelf_scope = 'ALL' or exists (select 1 from product_shelf_tenant s"
                + " where s.product_id = p.id and s.tenant_id = ?))",
            Integer.class,
            productId,
            tenantId);
    return n != null && n > 0;
  }

  private ProductView view(ResultSet rs, int row) throws SQLException {
    return new ProductView(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("name"),
        ProductType.valueOf(rs.getString("type")),
        rs.getString("category_id"),
        rs.getString("center_id"),
        json.read(rs.getString("components"), ProductComponents.class),
        json.read(rs.getString("durations"), STRINGS),
        rs.getString("state"),
        rs.getBoolean("enabled"));
  }
}
