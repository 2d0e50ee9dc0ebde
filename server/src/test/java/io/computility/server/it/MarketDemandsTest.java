package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Demand matching (NET-8.4a) on the test topology's sim centers (alpha: gpu-1x at 20/h, 400 W,
 * performance 1; beta: 30/h, 700 W, performance 2; gamma: 10/h, 380 W, performance 0.8): offers
 * from the federation's scheduler, acceptance by rule or by the user, the order that follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("NET-8.4 demand matching: publish, offers, accept, order")
class MarketDemandsTest extends FederationTestBase {
  @Autowired JdbcTemplate jdbc;
  TenantFixture f;
  Http user;

  @BeforeAll
  void tenants() throws Exception {
    f = new TenantFixture(port).build();
    user = new Http(port, f.userAToken);
  }

  static String demand(String rule, String extra) {
    return ("{\"name\":\"train\",\"cpu\":2,\"memory_mb\":8192,\"gpu\":1,\"quantity\":1,"
            + "\"duration\":\"P1D\",\"rule\":\"%s\"%s}")
        .formatted(rule, extra);
  }

  JsonNode publish(String body) throws Exception {
    Http.Answer a = user.post("/api/v1/market/demands", body);
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a.data();
  }

  static String accepted(JsonNode d) {
    return acceptedOffer(d).path("center_id").asString();
  }

  static JsonNode acceptedOffer(JsonNode d) {
    String offer = d.path("offer_id").asString();
    for (JsonNode o : d.path("offers")) {
      if (o.path("id").asString().equals(offer)) return o;
    }
    throw new AssertionError("no accepted offer in " + d);
  }

  /**
   * The least value of a decimal field over the offers. Which centers offer depends on their free
   * room at that moment, which other test classes sharing the sim centers change; so the rules are
   * checked against the offers made, not against fixed centers.
   */
  static java.math.BigDecimal least(JsonNode d, String field) {
    java.math.BigDecimal min = null;
    for (JsonNode o : d.path("offers")) {
      java.math.BigDecimal v = o.path(field).decimalValue();
      if (min == null || v.compareTo(min) < 0) min = v;
    }
    return min;
  }

  @Test
  @DisplayName(
      "NET-8.4 a demand is answered with offers scored by the scheduler (price exact, energy, region); CHEAPEST accepts the cheapest and the order is provisioned")
  void cheapest() throws Exception {
    JsonNode d = publish(demand("CHEAPEST", ""));
    assertThat(d.path("state").asString()).as(d.toString()).isEqualTo("ACCEPTED");
    assertThat(d.path("offers").size()).isGreaterThanOrEqualTo(1);
    assertThat(acceptedOffer(d).path("total_price").decimalValue())
        .isEqualByComparingTo(least(d, "total_price"));
    for (JsonNode o : d.path("offers")) {
      assertThat(o.path("score").asDouble()).isBetween(0.0, 100.0);
      if (!o.path("center_id").asString().equals("gamma")) continue;
      // gamma sells gpu-1x at 10 per hour: 24 hours cost 240, exact
      assertThat(o.path("total_price").decimalValue()).isEqualByComparingTo("240");
      assertThat(o.path("spec_id").asString()).isEqualTo("gpu-1x");
      assertThat(o.path("region").asString()).isEqualTo("west");
    }
    String order = d.path("order_id").asString();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> user.get("/api/v1/market/orders/" + order).data().path("state").asString(),
            "ACTIVE"::equals);
    assertThat(
            jdbc.queryForObject(
                "select gpu from quota_grant where order_id = ?", Long.class, order))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("NET-8.4 FASTEST, GREENEST and WEIGHTED rules each accept their own choice")
  void rules() throws Exception {
    JsonNode fastest = publish(demand("FASTEST", ""));
    assertThat(acceptedOffer(fastest).path("earliest_start").asString())
        .isEqualTo(
            java.util.stream.StreamSupport.stream(fastest.path("offers").spliterator(), false)
                .map(o -> o.path("earliest_start").asString())
                .min(String::compareTo)
                .orElseThrow());
    JsonNode greenest = publish(demand("GREENEST", ""));
    assertThat(acceptedOffer(greenest).path("energy_kwh").decimalValue())
        .isEqualByComparingTo(least(greenest, "energy_kwh"));
    JsonNode w = publish(demand("WEIGHTED", ",\"weights\":{\"speed\":1,\"price\":0.1}"));
    assertThat(w.path("state").asString()).as(w.toString()).isEqualTo("ACCEPTED");
    JsonNode region = publish(demand("CHEAPEST", ",\"region\":\"north\""));
    for (JsonNode o : region.path("offers"))
      assertThat(o.path("region").asString()).isEqualToIgnoringCase("north");
  }

  @Test
  @DisplayName(
      "NET-8.4 over budget nothing is accepted automatically and the state says why; the user confirms an offer and it becomes an order; MANUAL waits for the user")
  void budgetAndConfirm() throws Exception {
    JsonNode d = publish(demand("CHEAPEST", ",\"budget\":100.5"));
    assertThat(d.path("state").asString()).isEqualTo("OFFERED");
    assertThat(d.path("reason").asString()).contains("budget exceeded", "100.5");
    assertThat(least(d, "total_price")).isGreaterThan(new java.math.BigDecimal("100.5"));
    assertThat(d.path("order_id").isMissingNode() || d.path("order_id").isNull()).isTrue();
    String offer = d.path("offers").get(0).path("id").asString();
    Http.Answer ok =
        user.post(
            "/api/v1/market/demands/" + d.path("id").asString() + "/accept",
            "{\"offer_id\":\"" + offer + "\"}");
    assertThat(ok.status()).as(ok.text()).isEqualTo(200);
    assertThat(ok.data().path("state").asString()).isEqualTo("ACCEPTED");
    assertThat(ok.data().path("order_id").asString()).startsWith("ord-");
    Http.Answer twice =
        user.post(
            "/api/v1/market/demands/" + d.path("id").asString() + "/accept",
            "{\"offer_id\":\"" + offer + "\"}");
    assertThat(twice.status()).isEqualTo(409);

    JsonNode manual = publish(demand("MANUAL", ""));
    assertThat(manual.path("state").asString()).isEqualTo("OFFERED");
    Http.Answer cancel =
        user.post("/api/v1/market/demands/" + manual.path("id").asString() + "/cancel", "");
    assertThat(cancel.data().path("state").asString()).isEqualTo("CANCELLED");
  }

  @Test
  @DisplayName("NET-8.4 bad input answers 400 naming the field and stores nothing")
  void badInput() throws Exception {
    Integer before = jdbc.queryForObject("select count(*) from market_demand", Integer.class);
    String[][] cases = {
      {demand("CHEAPEST", "").replace("\"cpu\":2", "\"cpu\":-1"), "cpu"},
      {demand("CHEAPEST", "").replace("P1D", "soon"), "duration"},
      {demand("SOMETIMES", ""), "rule"},
      {demand("CHEAPEST", ",\"budget\":-3"), "budget"},
      {demand("CHEAPEST", ",\"budget\":1.123456"), "budget"},
      {demand("WEIGHTED", ",\"weights\":{\"luck\":1}"), "weights"},
      {demand("WEIGHTED", ""), "weights"},
      {demand("CHEAPEST", "").replace("\"train\"", "\"\""), "name"},
      {demand("CHEAPEST", "").replace("\"quantity\":1", "\"quantity\":100000"), "quantity"},
      {demand("CHEAPEST", ",\"policy\":\"no-such-policy\""), "policy"},
    };
    for (String[] c : cases) {
      Http.Answer a = user.post("/api/v1/market/demands", c[0]);
      assertThat(a.status()).as(c[0] + " " + a.text()).isEqualTo(400);
      assertThat(a.body().path("errorMsg").asString()).as(a.text()).startsWith(c[1]);
    }
    assertThat(jdbc.queryForObject("select count(*) from market_demand", Integer.class))
        .isEqualTo(before);
    assertThat(user.post("/api/v1/market/demands/x/accept", "{}").status()).isIn(400, 404);
  }
}
