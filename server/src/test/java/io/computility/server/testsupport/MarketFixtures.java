package io.computility.server.testsupport;

import io.computility.server.identity.tenancy.Ids;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Products written straight into the catalogue's tables, for tests of the parts that read the
 * catalogue (cart, applications, orders) without going through its API.
 */
public final class MarketFixtures {
  private MarketFixtures() {}

  /** A first-level category with one child; returns the child's id. */
  public static String category(JdbcTemplate jdbc) {
    Timestamp now = Timestamp.from(Instant.now());
    String parent = Ids.next("cat");
    String child = Ids.next("cat");
    jdbc.update(
        "insert into product_category (id, parent_id, name, created_at) values (?, null, ?, ?)",
        parent,
        "Compute " + parent,
        now);
    jdbc.update(
        "insert into product_category (id, parent_id, name, created_at) values (?, ?, ?, ?)",
        child,
        parent,
        "GPU " + child,
        now);
    return child;
  }

  /** An enabled product on shelf for all tenants; returns its id. */
  public static String product(
      JdbcTemplate jdbc, ProductType type, String centerId, ProductComponents components) {
    Timestamp now = Timestamp.from(Instant.now());
    String id = Ids.next("prod");
    jdbc.update(
        "insert into product (id, number, name, type, category_id, center_id, components,"
            + " durations, state, enabled, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?::jsonb, '[\"P1D\",\"P1M\"]'::jsonb, 'ON_SHELF', true, ?, ?)",
        id,
        "SN-" + id,
        "Product " + id,
        type.name(),
        category(jdbc),
        centerId,
        "{\"cpu\":"
            + components.cpu()
            + ",\"memory_mb\":"
            + components.memoryMb()
            + ",\"gpu\":"
            + components.gpu()
            + ",\"gpu_memory_mb\":"
            + components.gpuMemoryMb()
            + ",\"vgpu_percent\":"
            + components.vgpuPercent()
            + ",\"storage_gb\":"
            + components.storageGb()
            + "}",
        now,
        now);
    return id;
  }
}
