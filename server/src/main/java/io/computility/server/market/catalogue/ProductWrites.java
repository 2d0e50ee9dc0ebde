package io.computility.server.market.catalogue;

import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every change to a product: register, update, lifecycle, shelving. Changes to an existing product
 * name the version the caller read; a row changed meanwhile answers 409 {@code version}.
 */
@Repository
class ProductWrites {
  private final JdbcTemplate jdbc;
  private final ProductRows rows;

  ProductWrites(JdbcTemplate jdbc, ProductRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  /** Registers a draft product with a new service number; returns its id. */
  String insert(ValidProduct p, Instant now) {
    String id = CatalogueIds.next("prod");
    Timestamp t = Timestamp.from(now);
    jdbc.update(
        "insert into product (id, number, name, type, category_id, center_id, provider_id,"
            + " provider_name, introduction, icon, components, specs, durations, attributes,"
            + " state, enabled, shelf_scope, version, created_at, updated_at) values (?,"
            + " 'SVC-' || lpad(nextval('product_number_seq')::text, 6, '0'), ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, 'DRAFT', true, 'ALL', 0, ?, ?)",
        id,
        p.name(),
        p.type().name(),
        p.categoryId(),
        p.centerId(),
        p.providerId(),
        p.providerName(),
        p.introduction(),
        p.icon(),
        rows.write(p.components()),
        rows.write(p.specs()),
        rows.write(p.durations()),
        rows.write(p.attributes()),
        t,
        t);
    return id;
  }

  void update(String id, int version, ValidProduct p, Instant now) {
    int n =
        jdbc.update(
            "update product set name = ?, type = ?, category_id = ?, center_id = ?,"
                + " provider_id = ?, provider_name = ?, introduction = ?, icon = ?,"
                + " components = ?::jsonb, specs = ?::jsonb, durations = ?::jsonb,"
                + " attributes = ?::jsonb, version = version + 1, updated_at = ?"
                + " where id = ? and version = ?",
            p.name(),
            p.type().name(),
            p.categoryId(),
            p.centerId(),
            p.providerId(),
            p.providerName(),
            p.introduction(),
            p.icon(),
            rows.write(p.components()),
            rows.write(p.specs()),
            rows.write(p.durations()),
            rows.write(p.attributes()),
            Timestamp.from(now),
            id,
            version);
    if (n == 0) throw stale(version);
  }

  void lifecycle(String id, int version, ProductState state, boolean enabled, Instant now) {
    int n =
        jdbc.update(
            "update product set state = ?, enabled = ?, version = version + 1, updated_at = ?"
                + " where id = ? and version = ?",
            state.name(),
            enabled,
            Timestamp.from(now),
            id,
            version);
    if (n == 0) throw stale(version);
  }

  void shelf(String id, int version, ShelfScope scope, List<String> tenants, Instant now) {
    int n =
        jdbc.update(
            "update product set shelf_scope = ?, version = version + 1, updated_at = ?"
                + " where id = ? and version = ?",
            scope.name(),
            Timestamp.from(now),
            id,
            version);
    if (n == 0) throw stale(version);
    jdbc.update("delete from product_shelf_tenant where product_id = ?", id);
    jdbc.batchUpdate(
        "insert into product_shelf_tenant (product_id, tenant_id) values (?, ?)",
        new HashSet<>(tenants).stream().map(t -> new Object[] {id, t}).toList());
  }

  static ConflictException stale(int version) {
    return new ConflictException(
        "version",
        "the product was changed by someone else since version " + version + "; reload it",
        ErrorReason.CONFLICT,
        ErrorDetail.params("value", version));
  }
}
