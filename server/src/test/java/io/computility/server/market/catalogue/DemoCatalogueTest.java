package io.computility.server.market.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded demo's marketplace file: every product passes the catalogue's checks and lands on
 * shelf. Tests use their own database, so the demo is never loaded by itself here: this test adds
 * it in a transaction it rolls back.
 */
@DisplayName("NET-8.2 CMP-service the demo marketplace")
class DemoCatalogueTest extends FederationTestBase {
  @Autowired ApplicationContext context;
  @Autowired CategoryStore categories;
  @Autowired ProductChecks checks;
  @Autowired ProductWrites writes;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired Catalogue catalogue;

  @Test
  @DisplayName(
      "NET-8.2 the demo's categories and products are valid and go on shelf: compute on the demo centers and local, a vGPU slice of the pool, a model service, storage, a manual service")
  void demoLoads() throws Exception {
    assertThat(context.getBeansOfType(DemoCatalogue.class)).isEmpty();
    DemoCatalogue demo = new DemoCatalogue(categories, checks, writes, tx, Clock.systemUTC());
    tx.executeWithoutResult(
        status -> {
          try {
            demo.add(DemoCatalogue.read());
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          assertThat(
                  jdbc.queryForList(
                      "select distinct type from product where category_id like 'demo-%' and"
                          + " state = 'ON_SHELF' and enabled",
                      String.class))
              .containsExactlyInAnyOrder(
                  "COMPUTE", "DEV_ENV", "MODEL_SERVICE", "STORAGE", "MANUAL");
          assertThat(
                  jdbc.queryForList(
                      "select center_id from product where category_id = 'demo-gpu'", String.class))
              .contains("bj-ai", "sh-ai", "sz-ascend", "local");
          String slice =
              jdbc.queryForObject(
                  "select id from product where category_id = 'demo-vgpu'", String.class);
          ProductView v = catalogue.find(slice).orElseThrow();
          assertThat(v.centerId()).isNull();
          assertThat(v.components().vgpuPercent()).isEqualTo(25);
          assertThat(v.components().gpuMemoryMb()).isEqualTo(4096);
          assertThat(catalogue.offeredTo(slice, "platform")).isTrue();
          status.setRollbackOnly();
        });
    assertThat(categories.find("demo-compute")).isEmpty();
  }
}
