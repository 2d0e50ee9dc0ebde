package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.market.application.ApplicationApproved;
import io.computility.server.market.application.ItemAction;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.testsupport.MarketFixtures;
import io.computility.server.testsupport.TestAuth;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code computility order list|get} against a real server. */
@DisplayName("CMP-ops CLI order commands against a real server")
class OrderCommandsTest extends CliServerTestBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  @DisplayName(
      "CMP-ops computility order list shows an order made by an approval (simulated) and order get its state history; an unknown id exits 1")
  void listAndGet() {
    String tenant = jdbc.queryForObject("select id from tenant where platform", String.class);
    String admin =
        jdbc.queryForObject("select id from app_user where username = 'admin'", String.class);
    String product =
        MarketFixtures.product(
            jdbc, ProductType.STORAGE, "alpha", new ProductComponents(0, 0, 0, 0, 0, 10));
    String item = "item-" + UUID.randomUUID();
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new ApplicationApproved(
                    "app-cli",
                    "APP-CLI",
                    tenant,
                    null,
                    admin,
                    null,
                    List.of(
                        new ApplicationApproved.Item(
                            item, product, ItemAction.NEW, null, 1, null, "P1M")))));
    String order =
        jdbc.queryForObject("select id from market_order where item_id = ?", String.class, item);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select state from market_order where id = ?", String.class, order),
            "ACTIVE"::equals);
    CliRun login =
        CliRun.of("login", "--server", server(), "-u", "admin", "-p", TestAuth.ADMIN_PASSWORD);
    assertThat(login.code()).as(login.err()).isEqualTo(ComputilityCli.OK);

    CliRun list =
        CliRun.of("order", "list", "--server", server(), "--state", "active", "--type", "storage");
    assertThat(list.code()).as(list.err()).isEqualTo(ComputilityCli.OK);
    assertThat(list.out()).contains("ORDER ID", order, "ACTIVE", "STORAGE");
    CliRun get = CliRun.of("order", "get", order, "--server", server());
    assertThat(get.code()).as(get.err()).isEqualTo(ComputilityCli.OK);
    assertThat(get.out()).contains("State:     ACTIVE", "PROVISION", "PENDING");
    CliRun missing = CliRun.of("order", "get", "ord-nothing", "--server", server());
    assertThat(missing.code()).isEqualTo(ComputilityCli.SERVER_ERROR);
    CliRun bad = CliRun.of("order", "list", "--server", server(), "--state", "sleeping");
    assertThat(bad.code()).isEqualTo(ComputilityCli.SERVER_ERROR);
    assertThat(bad.err()).contains("state");
  }
}
