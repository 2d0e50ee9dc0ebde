package io.computility.server.market.catalogue;

import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Products as the back office lists and shows them, with their shelf tenants. */
@Repository
class ProductReads {
  private final JdbcTemplate jdbc;
  private final ProductRows rows;

  ProductReads(JdbcTemplate jdbc, ProductRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  Optional<ProductDetail> find(String id) {
    return withTenants(
            jdbc.query(
                "select " + ProductRows.COLUMNS + " from product p where p.id = ?",
                rows::detail,
                id))
        .stream()
        .findFirst();
  }

  ProductDetail require(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("id", "no product '" + id + "'"));
  }

  /** Newest first: the back office's order. */
  static final String NEWEST = "p.created_at desc, p.id";

  /** By service number: the marketplace's order, stable for a catalogue loaded at once. */
  static final String BY_NUMBER = "p.number, p.id";

  /** One page of the products matching {@code f} (built by {@link ProductFilter}), in order. */
  PageData<ProductDetail> page(ProductFilter f, String order, int page, int size) {
    Long total =
        jdbc.queryForObject(
            "select count(*) from product p" + f.where(), Long.class, f.args().toArray());
    List<Object> args = new ArrayList<>(f.args());
    args.add(size);
    args.add((long) page * size);
    List<ProductDetail> items =
        jdbc.query(
            "select "
                + ProductRows.COLUMNS
                + " from product p"
                + f.where()
                + " order by "
                + order
                + " limit ? offset ?",
            rows::detail,
            args.toArray());
    return new PageData<>(withTenants(items), total == null ? 0 : total, page, size);
  }

  /** The listed tenants of each product, read once for all of them. */
  private List<ProductDetail> withTenants(List<ProductDetail> products) {
    if (products.isEmpty()) return products;
    Map<String, List<String>> byProduct = new HashMap<>();
    jdbc.query(
        "select product_id, tenant_id from product_shelf_tenant where product_id = any(?)"
            + " order by tenant_id",
        rs -> {
          byProduct.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        },
        (Object) products.stream().map(ProductDetail::id).toArray(String[]::new));
    return products.stream()
        .map(p -> p.withTenants(byProduct.getOrDefault(p.id(), List.of())))
        .toList();
  }
}
