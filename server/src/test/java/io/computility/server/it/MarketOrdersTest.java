package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.server.market.application.ApplicationApproved;
import io.computility.server.market.application.ItemAction;
import io.computility.server.market.catalogue.ProductComponents;
import io.computility.server.market.catalogue.ProductType;
import io.computility.server.market.order.ApiKeys;
import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.MarketFixtures;
import io.computility.server.testsupport.TestAuth;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders against a real server and PostgreSQL: an approval (simulated: the test publishes {@link
 * ApplicationApproved} in a transaction, as the applications part does) creates orders that the
 * provisioning loop provisions on the platform, and terminations release.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("NET-8.3 CMP-ops orders: approval, provisioning, resources, termination")
class MarketOrdersTest extends FederationTestBase {
  static final String PW = TenantFixture.PASSWORD;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApiKeys keys;
  @Autowired io.computility.server.market.order.OrderBook book;

  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  String tenant;
  String org;
  String userId;
  Http admin;
  Http user;

  @BeforeAll
  void poolNode() throws Exception {
    ScopedResourcesTest.registerPoolNode(port, "ord-node-" + suffix, 2);
  }

  /** A tenant of its own for each test (no GPU quota), its admin and a tenant user. */
  void freshTenant() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Http platform = new Http(port);
    String body =
        ("{\"name\":\"ord-%s\",\"quota\":{\"cpu\":100,\"memory_mb\":1000000,\"disk_gb\":100,"
                + "\"instances\":20,\"gpu\":0},\"admin_username\":\"ord-admin-%s\","
                + "\"admin_password\":\"%s\"}")
            .formatted(suffix, suffix, PW);
    tenant = TenantFixture.created(platform.post("/api/v1/tenants", body)).path("id").asString();
    admin = new Http(port, TestAuth.login(port, "ord-admin-" + suffix, PW));
    org = admin.get("/api/v1/orgs").data().get(0).path("id").asString();
    String u =
        "{\"username\":\"ord-user-%s\",\"password\":\"%s\",\"org_id\":\"%s\",\"roles\":[\"tenant-user\"]}"
            .formatted(suffix, PW, org);
    userId = TenantFixture.created(admin.post("/api/v1/users", u)).path("id").asString();
    user = new Http(port, TestAuth.login(port, "ord-user-" + suffix, PW));
  }

  /** Stands in for the applications part: the approval is simulated. */
  void approve(String tenantId, ApplicationApproved.Item... items) {
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new ApplicationApproved(
                    "app-" + UUID.randomUUID(),
                    "APP-1",
                    tenantId,
                    org,
                    userId,
                    null,
                    List.of(items))));
  }

  static ApplicationApproved.Item item(String product, int quantity) {
    return new ApplicationApproved.Item(
        "item-" + UUID.randomUUID(), product, ItemAction.NEW, null, quantity, null, "P1M");
  }

  static ApplicationApproved.Item terminate(String orderId) {
    return new ApplicationApproved.Item(
        "item-" + UUID.randomUUID(), null, ItemAction.TERMINATE, orderId, 0, null, null);
  }

  String orderOf(String itemId) {
    return jdbc.queryForObject(
        "select id from market_order where item_id = ?", String.class, itemId);
  }

  String awaitState(String orderId, String state) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> admin.get("/api/v1/market/orders/" + orderId).data().path("state").asString(),
            state::equals);
    return orderId;
  }

  static String job(String spec) {
    return ("{\"name\":\"o\",\"tasks\":[{\"name\":\"w\",\"command\":\"sleep 100000\","
            + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"%s\",\"replicaNumber\":1}]}")
        .formatted(spec);
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops approval (simulated) -> order -> provisioning grants quota on the center: a job of the tenant refused for quota is then accepted; terminating releases the grant and the next job is refused again")
  void computeGrantOnCenter() throws Exception {
    freshTenant();
    String product =
        MarketFixtures.product(
            jdbc, ProductType.COMPUTE, "alpha", new ProductComponents(4, 32768, 1, 0, 0, 0));
    Http.Answer refused = user.post("/openapi/v1/trainjob", job("gpu-1x"));
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.body().path("errorMsg").asString()).startsWith("quota.gpu");

    ApplicationApproved.Item item = item(product, 1);
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "ACTIVE");
    var detail = user.get("/api/v1/market/orders/" + order).data();
    assertThat(detail.path("number").asString()).startsWith("ORD");
    assertThat(detail.path("end_at").asString()).isNotEmpty();
    assertThat(detail.path("history").toString()).contains("PENDING", "PROVISIONING", "ACTIVE");

    Http.Answer accepted = user.post("/openapi/v1/trainjob", job("gpu-1x"));
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
    var resources = user.get("/api/v1/market/resources").data().path("items");
    assertThat(resources.toString()).contains(order, "QUOTA_GRANT", "\"allowed\":false");

    approve(tenant, terminate(order));
    awaitState(order, "TERMINATED");
    Http.Answer again = user.post("/openapi/v1/trainjob", job("gpu-1x"));
    assertThat(again.status()).as(again.text()).isEqualTo(409);
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops a replayed approval (simulated) creates one order and provisioning it again leaves one grant; a change naming another tenant's order is refused and rolls the approval back")
  void replayAndIsolation() throws Exception {
    freshTenant();
    String product =
        MarketFixtures.product(
            jdbc, ProductType.STORAGE, "beta", new ProductComponents(0, 0, 0, 0, 0, 50));
    ApplicationApproved.Item item = item(product, 2);
    approve(tenant, item);
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "ACTIVE");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from market_order where item_id = ?",
                Integer.class,
                item.itemId()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from quota_grant where order_id = ?", Integer.class, order))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select disk_gb from quota_grant where order_id = ?", Long.class, order))
        .isEqualTo(100);

    assertThatThrownBy(() -> approve("t-someone-else", terminate(order)))
        .hasMessageContaining("no order");
    assertThat(admin.get("/api/v1/market/orders/" + order).data().path("state").asString())
        .isEqualTo("ACTIVE");
    Http.Answer unknownFilter = admin.get("/api/v1/market/orders?state=BOGUS");
    assertThat(unknownFilter.status()).isEqualTo(400);
    assertThat(unknownFilter.body().path("errorMsg").asString()).startsWith("state");
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops an application changing another tenant's order or an ended order is refused when it is made, naming items[0].order_id, and nothing is stored")
  void itemCheckRefusesForeignAndEndedOrders() throws Exception {
    freshTenant();
    String product =
        MarketFixtures.product(
            jdbc, ProductType.STORAGE, "beta", new ProductComponents(0, 0, 0, 0, 0, 10));
    ApplicationApproved.Item item = item(product, 1);
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "ACTIVE");
    Http owner = user;
    String terminate =
        "{\"title\":\"end it\",\"reason\":\"r\",\"items\":[{\"product_id\":\"%s\","
                .formatted(product)
            + "\"quantity\":1,\"action\":\"TERMINATE\",\"order_id\":\"%s\"}]}".formatted(order);

    freshTenant();
    Http.Answer foreign = user.post("/api/v1/market/applications", terminate);
    assertThat(foreign.status()).as(foreign.text()).isEqualTo(404);
    assertThat(foreign.body().path("errorMsg").asString()).startsWith("items[0].order_id");
    assertThat(user.get("/api/v1/market/applications").data().path("total").asLong()).isZero();

    Http.Answer mine = owner.post("/api/v1/market/applications", terminate);
    assertThat(mine.status()).as(mine.text()).isEqualTo(201);
    jdbc.update("update market_order set state = 'TERMINATED' where id = ?", order);
    Http.Answer ended = owner.post("/api/v1/market/applications", terminate);
    assertThat(ended.status()).as(ended.text()).isEqualTo(409);
    assertThat(ended.body().path("errorMsg").asString()).startsWith("items[0].order_id");
  }

  @Test
  @DisplayName(
      "CMP-aipool a vGPU slice ordered on the platform's pool: the tenant's pool task refused for quota then runs; the slice stops (its grant suspended) and starts again")
  void sliceOnPool() throws Exception {
    freshTenant();
    String product =
        MarketFixtures.product(
            jdbc, ProductType.COMPUTE, null, new ProductComponents(0, 0, 0, 8192, 50, 0));
    Http.Answer refused =
        user.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("ord-s1", 30));
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    ApplicationApproved.Item item = item(product, 1);
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "ACTIVE");
    assertThat(
            jdbc.queryForObject(
                "select compute_percent from pool_reservation where order_id = ? and active",
                Long.class,
                order))
        .isEqualTo(50);
    Http.Answer runs = user.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("ord-s1", 30));
    assertThat(runs.status()).as(runs.text()).isEqualTo(201);

    Http.Answer stopped = user.post("/api/v1/market/resources/" + order + "/stop", "");
    assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
    assertThat(stopped.data().path("stopped").asBoolean()).isTrue();
    assertThat(stopped.data().path("start").path("allowed").asBoolean()).isTrue();
    assertThat(user.post("/api/v1/market/resources/" + order + "/stop", "").status())
        .isEqualTo(409);
    Http.Answer started = user.post("/api/v1/market/resources/" + order + "/start", "");
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pool_reservation where order_id = ? and active",
                Integer.class,
                order))
        .isEqualTo(1);
    user.post("/api/v1/pool/tasks/" + runs.data().path("id").asString() + "/stop", "");
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops a model service order issues an API key shown once and stored hashed; terminating revokes it")
  void apiKey() throws Exception {
    freshTenant();
    String product =
        MarketFixtures.product(jdbc, ProductType.MODEL_SERVICE, null, ProductComponents.NONE);
    ApplicationApproved.Item item = item(product, 1);
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "ACTIVE");
    Http.Answer first = user.post("/api/v1/market/resources/" + order + "/api-key", "");
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    String key = first.data().path("api_key").asString();
    assertThat(key).startsWith("cty_");
    assertThat(user.post("/api/v1/market/resources/" + order + "/api-key", "").status())
        .isEqualTo(409);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from market_api_key where hash = ? or reveal_once is not null and order_id = ?",
                Integer.class,
                key,
                order))
        .isZero();
    assertThat(keys.verify(key)).contains(order);
    approve(tenant, terminate(order));
    awaitState(order, "TERMINATED");
    assertThat(keys.verify(key)).isEmpty();
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops crash safety: an order left PENDING (as by a crash before provisioning) is provisioned by the loop without any new event")
  void pendingAfterRestart() throws Exception {
    freshTenant();
    String id = "ord-crash-" + suffix;
    jdbc.update(
        "insert into market_order (id, number, tenant_id, org_id, applicant_id, product_name, type,"
            + " center_id, quantity, components, duration, state, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, 'left over', 'DEV_ENV', 'gamma', 1,"
            + " '{\"cpu\":2,\"memory_mb\":4096,\"gpu\":0,\"gpu_memory_mb\":0,\"vgpu_percent\":0,\"storage_gb\":0}',"
            + " 'P1D', 'PENDING', now(), now())",
        id,
        "ORD-CRASH-" + suffix,
        tenant,
        org,
        userId);
    awaitState(id, "ACTIVE");
    assertThat(
            jdbc.queryForObject(
                "select instances from quota_grant where order_id = ? and active", Long.class, id))
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops a manual service opens a manual fulfilment and one work order (service catalogue, related to the order, requested by the applicant) and waits PROVISIONING; another ticket naming the order changes nothing; the operator resolving the work order makes the order ACTIVE")
  void manual() throws Exception {
    freshTenant();
    String product = MarketFixtures.product(jdbc, ProductType.MANUAL, null, ProductComponents.NONE);
    ApplicationApproved.Item item = item(product, 1);
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "PROVISIONING");
    assertThat(
            jdbc.queryForObject(
                "select state from manual_fulfilment where order_id = ?", String.class, order))
        .isEqualTo("OPEN");
    String ticket =
        jdbc.queryForObject(
            "select ticket_id from manual_fulfilment where order_id = ?", String.class, order);
    var mine = user.get("/api/v1/market/tickets/" + ticket);
    assertThat(mine.status()).as(mine.text()).isEqualTo(200);
    assertThat(mine.data().toString()).contains(order, "tc-catalogue", userId, "OPEN");

    jdbc.update("update market_order set state = 'PENDING' where id = ?", order);
    awaitState(order, "PROVISIONING"); // provisioned again: still one fulfilment, one work order
    assertThat(
            jdbc.queryForObject(
                "select count(*) from ticket where related_id = ?", Integer.class, order))
        .isEqualTo(1);

    Http operator = new Http(port);
    String other =
        TenantFixture.created(
                user.post(
                    "/api/v1/market/tickets",
                    ("{\"title\":\"where is it\",\"category_id\":\"tc-catalogue\","
                            + "\"description\":\"d\",\"priority\":\"NORMAL\",\"type\":\"SUPPORT\","
                            + "\"related_id\":\"%s\"}")
                        .formatted(order)))
            .path("id")
            .asString();
    ok(operator.post("/api/v1/market/tickets/" + other + "/claim", "{}"));
    ok(operator.post("/api/v1/market/tickets/" + other + "/resolve", "{}"));
    assertThat(admin.get("/api/v1/market/orders/" + order).data().path("state").asString())
        .isEqualTo("PROVISIONING");

    ok(operator.post("/api/v1/market/tickets/" + ticket + "/claim", "{}"));
    ok(operator.post("/api/v1/market/tickets/" + ticket + "/resolve", "{\"note\":\"delivered\"}"));
    var done = admin.get("/api/v1/market/orders/" + order).data();
    assertThat(done.path("state").asString()).isEqualTo("ACTIVE");
    assertThat(done.path("history").toString()).contains("FULFILLED");
    assertThat(
            jdbc.queryForObject(
                "select state from manual_fulfilment where order_id = ?", String.class, order))
        .isEqualTo("DONE");
  }

  static void ok(Http.Answer a) {
    assertThat(a.status()).as(a.text()).isBetween(200, 201);
  }

  @Test
  @DisplayName(
      "NET-8.3 CMP-ops lifecycle: an order near its end is EXPIRING, a renewal (simulated approval) makes it ACTIVE with a later end, a resize changes the grant, past its end it is EXPIRED and its grant released")
  void expiryRenewResize() throws Exception {
    freshTenant();
    String product =
        MarketFixtures.product(
            jdbc, ProductType.DEV_ENV, "gamma", new ProductComponents(2, 4096, 0, 0, 0, 0));
    ApplicationApproved.Item item =
        new ApplicationApproved.Item(
            "item-" + UUID.randomUUID(), product, ItemAction.NEW, null, 1, null, "PT1H");
    approve(tenant, item);
    String order = awaitState(orderOf(item.itemId()), "EXPIRING"); // within the 72 h window
    String end = admin.get("/api/v1/market/orders/" + order).data().path("end_at").asString();

    approve(
        tenant,
        new ApplicationApproved.Item(
            "item-" + UUID.randomUUID(), product, ItemAction.RENEW, order, 0, null, "P1M"));
    var renewed = admin.get("/api/v1/market/orders/" + order).data();
    assertThat(renewed.path("state").asString()).isEqualTo("ACTIVE");
    assertThat(java.time.Instant.parse(renewed.path("end_at").asString()))
        .isAfter(java.time.Instant.parse(end).plus(Duration.ofDays(27)));

    approve(
        tenant,
        new ApplicationApproved.Item(
            "item-" + UUID.randomUUID(), product, ItemAction.RESIZE, order, 3, null, null));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select cpu from quota_grant where order_id = ?", Long.class, order),
            c -> c == 6);

    jdbc.update("update market_order set end_at = now() - interval '1 minute' where id = ?", order);
    awaitState(order, "EXPIRED");
    assertThat(
            jdbc.queryForObject(
                "select active from quota_grant where order_id = ?", Boolean.class, order))
        .isFalse();
    assertThat(admin.get("/api/v1/market/orders/" + order).data().path("history").toString())
        .contains("EXPIRING", "RENEW", "RESIZE", "EXPIRED");
  }
}
