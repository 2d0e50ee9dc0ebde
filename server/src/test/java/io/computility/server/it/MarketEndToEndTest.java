package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The market's main path through the real server, PostgreSQL and Flowable, as its users take it: an
 * operator lists two products, a tenant user finds them in the marketplace, puts both in the cart
 * and applies; the tenant admin approves, then two platform operators countersign; the orders
 * provision a quota grant on a center and a vGPU slice on the pool, so a job and a pool task the
 * tenant was refused before are accepted; a termination, approved the same way, releases both.
 */
@DisplayName("NET-8.2 NET-8.3 CMP-service market end to end: marketplace, cart, approval, orders")
class MarketEndToEndTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(
      "NET-8.2 CMP-service a tenant user browses, carts two products, submits; tenant admin then two operators (countersign) approve; the quota and the slice are granted (a refused job and pool task now run); a terminate application releases both")
  void marketplaceToRunningResourceAndBack() throws Exception {
    MarketApi catalogue = new MarketApi(port);
    MarketWorld w =
        new MarketWorld(port)
            .build(
                jdbc,
                "{\"cpu\":100,\"memory_mb\":1000000,\"disk_gb\":100,\"instances\":20,\"gpu\":0}");
    ScopedResourcesTest.registerPoolNode(port, w.name("e2e-node"), 2);
    // the operator lists a GPU server on center alpha and a vGPU slice of the pool
    String category = catalogue.categories("e2e")[1];
    String gpuServer =
        catalogue.product(MarketApi.compute(w.name("e2e-a100"), category, "alpha", "one card"));
    String slice =
        catalogue.product(
            """
            {"name":"%s","type":"COMPUTE","category_id":"%s","provider_name":"Platform pool",
             "introduction":"a quarter card","icon":"cpu","components":{"gpu_memory_mb":8192,
             "vgpu_percent":50},"durations":["P1D","P1M"]}
            """
                .formatted(w.name("e2e-slice"), category));
    catalogue.shelve(gpuServer);
    catalogue.shelve(slice);

    // refused before: no GPU quota, no pool share
    assertThat(w.applicant.post("/openapi/v1/trainjob", MarketOrdersTest.job("gpu-1x")).status())
        .isEqualTo(409);
    assertThat(
            w.applicant
                .post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask(w.name("e2e-t"), 30))
                .status())
        .isEqualTo(409);

    // browse: fuzzy search finds both, in another letter case
    JsonNode offers =
        MarketApi.ok(
            w.applicant.get("/api/v1/market/offers?search=E2E%20" + w.suffix.toUpperCase()));
    assertThat(offers.path("items").toString()).contains(gpuServer, slice);

    // cart: two products, one adjusted
    String itemA = cart(w, gpuServer, 1);
    String itemB = cart(w, slice, 2);
    MarketApi.ok(
        w.applicant.put(
            "/api/v1/market/cart/items/" + itemB, "{\"quantity\":1,\"duration\":\"P1M\"}"));
    w.twoStepFlow();
    String app = apply(w, List.of(itemA, itemB), "e2e");
    MarketApi.ok(w.applicant.post("/api/v1/market/applications/" + app + "/submit", "{}"));

    approveAll(w, app);
    List<String> orders = ordersOf(w, app, 2);

    // granted: the job and the pool task are accepted now
    Http.Answer job = w.applicant.post("/openapi/v1/trainjob", MarketOrdersTest.job("gpu-1x"));
    assertThat(job.status()).as(job.text()).isEqualTo(201);
    // its card goes back to the sim centers other test classes share
    w.applicant.post("/openapi/v1/trainjob/" + job.data().path("jobId").asString() + "/stop", "");
    Http.Answer task =
        w.applicant.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask(w.name("e2e-t"), 30));
    assertThat(task.status()).as(task.text()).isEqualTo(201);
    w.applicant.post("/api/v1/pool/tasks/" + task.data().path("id").asString() + "/stop", "");
    assertThat(w.applicant.get("/api/v1/market/resources").data().path("items").toString())
        .contains(orders.get(0), orders.get(1));

    // terminate both through an application with approval; the grants are released
    String terminate =
        MarketApi.ok(
                w.applicant.post(
                    "/api/v1/market/applications",
                    """
                    {"title":"end","reason":"done","submit":true,"items":[
                     {"action":"TERMINATE","order_id":"%s","product_id":"%s","quantity":1},
                     {"action":"TERMINATE","order_id":"%s","product_id":"%s","quantity":1}]}
                    """
                        .formatted(orders.get(0), gpuServer, orders.get(1), slice)))
            .path("application")
            .path("id")
            .asString();
    approveAll(w, terminate);
    for (String o : orders) awaitOrder(w, o, "TERMINATED");
    assertThat(w.applicant.post("/openapi/v1/trainjob", MarketOrdersTest.job("gpu-1x")).status())
        .isEqualTo(409);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from quota_grant g join market_order o on o.id = g.order_id"
                    + " where o.application_id = ? and g.active",
                Integer.class,
                app))
        .isZero();
  }

  static String cart(MarketWorld w, String product, int quantity) throws Exception {
    return MarketApi.id(
        w.applicant.post(
            "/api/v1/market/cart/items",
            "{\"product_id\":\"%s\",\"quantity\":%d,\"duration\":\"P1M\"}"
                .formatted(product, quantity)));
  }

  static String apply(MarketWorld w, List<String> cartItems, String title) throws Exception {
    return MarketApi.ok(
            w.applicant.post(
                "/api/v1/market/applications",
                "{\"title\":\"%s\",\"reason\":\"training\",\"cart_item_ids\":[\"%s\"]}"
                    .formatted(title, String.join("\",\"", cartItems))))
        .path("application")
        .path("id")
        .asString();
  }

  /** Step 1: the tenant admin; step 2: both operators (countersign), each in their own call. */
  static void approveAll(MarketWorld w, String app) throws Exception {
    String first =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> MarketWorld.tasks(w.tenantAdmin, app), t -> t.size() == 1)
            .get(0);
    MarketApi.ok(MarketWorld.approve(w.tenantAdmin, first, "ok for the team"));
    for (Http op : List.of(w.operator1, w.operator2)) {
      String t =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> MarketWorld.tasks(op, app), l -> l.size() == 1)
              .get(0);
      MarketApi.ok(MarketWorld.approve(op, t, "capacity available"));
    }
  }

  List<String> ordersOf(MarketWorld w, String app, int n) throws Exception {
    List<String> ids = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              ids.clear();
              ids.addAll(
                  jdbc.queryForList(
                      "select id from market_order where application_id = ? and state = 'ACTIVE' order by id",
                      String.class,
                      app));
              return ids.size() == n;
            });
    return List.copyOf(ids);
  }

  static void awaitOrder(MarketWorld w, String order, String state) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> w.applicant.get("/api/v1/market/orders/" + order).data().path("state").asString(),
            state::equals);
  }
}
