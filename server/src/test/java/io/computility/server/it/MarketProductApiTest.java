package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Product registration, update with optimistic locking and the lifecycle (NET-8.3b). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("NET-8.3 CMP-ops product catalogue")
class MarketProductApiTest extends FederationTestBase {
  MarketApi m;
  String[] cat;

  @BeforeAll
  void setUp() throws Exception {
    m = new MarketApi(port);
    cat = m.categories("products");
  }

  @Test
  @DisplayName(
      "NET-8.3 a registered product is a draft with a generated unique service number and every field kept")
  void register() throws Exception {
    String a = m.product(MarketApi.compute(m.name("gpu-a"), cat[1], "alpha", "one A100"));
    String b = m.product(MarketApi.compute(m.name("gpu-b"), cat[1], null, "pool"));
    JsonNode p = MarketApi.ok(m.admin.get("/api/v1/market/products/" + a));
    assertThat(p.path("state").asString()).isEqualTo("DRAFT");
    assertThat(p.path("enabled").asBoolean()).isTrue();
    assertThat(p.path("number").asString()).startsWith("SVC-");
    assertThat(p.path("center_id").asString()).isEqualTo("alpha");
    assertThat(p.path("components").path("gpu_memory_mb").asLong()).isEqualTo(81920);
    assertThat(p.path("specs").get(0).path("components").path("gpu").asLong()).isEqualTo(2);
    assertThat(p.path("durations").toString()).isEqualTo("[\"P1D\",\"P1M\"]");
    assertThat(p.path("provider_id").asString()).isEqualTo("platform");
    assertThat(p.path("version").asInt()).isZero();
    JsonNode q = MarketApi.ok(m.admin.get("/api/v1/market/products/" + b));
    assertThat(q.path("number").asString()).isNotEqualTo(p.path("number").asString());
    assertThat(q.path("center_id").isMissingNode() || q.path("center_id").isNull()).isTrue();
    String model =
        m.product(
            """
            {"name":"%s","type":"MODEL_SERVICE","category_id":"%s","attributes":{"tags":["chat"],
             "task":"text-generation","framework":"PyTorch","chip_types":["NVIDIA","Ascend"]}}
            """
                .formatted(m.name("llm"), cat[1]));
    JsonNode attrs =
        MarketApi.ok(m.admin.get("/api/v1/market/products/" + model)).path("attributes");
    assertThat(attrs.path("chip_types").toString()).isEqualTo("[\"NVIDIA\",\"Ascend\"]");
  }

  @Test
  @DisplayName("NET-8.3 bad product input answers 400 naming the field and registers nothing")
  void badInput() throws Exception {
    String ok = MarketApi.compute(m.name("bad"), cat[1], null, "x");
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry(ok.replace("\"COMPUTE\"", "\"FOO\""), "type"),
            Map.entry(ok.replace(cat[1], cat[0]), "category_id"),
            Map.entry(ok.replace(cat[1], "cat-none"), "category_id"),
            Map.entry(
                ok.replace("\"provider_name\"", "\"center_id\":\"nowhere\",\"provider_name\""),
                "center_id"),
            Map.entry(ok.replace("\"cpu\":8", "\"cpu\":-1"), "components.cpu"),
            Map.entry(
                ok.replace("\"cpu\":8", "\"cpu\":8,\"vgpu_percent\":150"),
                "components.vgpu_percent"),
            Map.entry(ok.replace("\"P1D\"", "\"daily\""), "durations[0]"),
            Map.entry(ok.replace("\"P1M\"", "\"P1D\""), "durations[1]"),
            Map.entry(ok.replace("\"name\":\"" + m.name("bad") + "\"", "\"name\":\"\""), "name"),
            Map.entry(ok.replace("\"2 cards\"", "\"\""), "specs[0].name"),
            Map.entry(
                ok.replace("\"icon\":\"cpu\"", "\"attributes\":{\"chip_types\":[\"Z80\"]}"),
                "attributes.chip_types[0]"),
            Map.entry(
                ok.replace("\"COMPUTE\"", "\"MANUAL\"")
                    .replace("\"provider_name\"", "\"center_id\":\"alpha\",\"provider_name\""),
                "center_id"),
            Map.entry(
                "{\"name\":\"n\",\"type\":\"COMPUTE\",\"category_id\":\"" + cat[1] + "\"}",
                "components"));
    for (var c : cases.entrySet()) {
      Http.Answer a = m.admin.post("/api/v1/market/products", c.getKey());
      assertThat(a.status()).as(c.getKey() + " " + a.text()).isEqualTo(400);
      assertThat(a.body().path("error").path("field").asString())
          .as(a.text())
          .isEqualTo(c.getValue());
    }
    Http.Answer list = m.admin.get("/api/v1/market/products?search=" + m.name("bad"));
    assertThat(MarketApi.ok(list).path("total").asLong()).isZero();
    assertThat(m.admin.get("/api/v1/market/products/prod-none").status()).isEqualTo(404);
    assertThat(
            m.admin
                .get("/api/v1/market/products?type=FOO")
                .body()
                .path("error")
                .path("field")
                .asString())
        .isEqualTo("type");
    assertThat(m.admin.get("/api/v1/market/products?size=0").status()).isEqualTo(400);
  }

  @Test
  @DisplayName("NET-8.3 an update naming a stale version is refused with 409 and changes nothing")
  void optimisticLock() throws Exception {
    String id = m.product(MarketApi.compute(m.name("lock"), cat[1], null, "v0"));
    String body = MarketApi.compute(m.name("lock"), cat[1], null, "v1");
    String v0 = body.substring(0, body.lastIndexOf('}')) + ",\"version\":0}";
    JsonNode first = MarketApi.ok(m.admin.put("/api/v1/market/products/" + id, v0));
    assertThat(first.path("version").asInt()).isEqualTo(1);
    Http.Answer stale =
        m.admin.put("/api/v1/market/products/" + id, v0.replace("\"v1\"", "\"v2\""));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().path("error").path("field").asString()).isEqualTo("version");
    assertThat(
            MarketApi.ok(m.admin.get("/api/v1/market/products/" + id))
                .path("introduction")
                .asString())
        .isEqualTo("v1");
    Http.Answer none = m.admin.put("/api/v1/market/products/" + id, body);
    assertThat(none.body().path("error").path("field").asString()).isEqualTo("version");
  }

  @Test
  @DisplayName(
      "NET-8.3 lifecycle DRAFT to ON_SHELF and OFF_SHELF, enable and disable; illegal steps answer 409 naming the state")
  void lifecycle() throws Exception {
    String id = m.product(MarketApi.compute(m.name("life"), cat[1], null, "x"));
    String path = "/api/v1/market/products/" + id + "/transition";
    Http.Answer early = m.admin.post(path, "{\"action\":\"UNSHELVE\"}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.text()).contains("DRAFT");
    assertThat(MarketApi.ok(m.admin.post(path, "{\"action\":\"SHELVE\"}")).path("state").asString())
        .isEqualTo("ON_SHELF");
    Http.Answer twice = m.admin.post(path, "{\"action\":\"SHELVE\"}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.text()).contains("ON_SHELF");
    assertThat(
            MarketApi.ok(m.admin.post(path, "{\"action\":\"DISABLE\"}"))
                .path("enabled")
                .asBoolean())
        .isFalse();
    assertThat(m.admin.post(path, "{\"action\":\"DISABLE\"}").status()).isEqualTo(409);
    assertThat(
            MarketApi.ok(m.admin.post(path, "{\"action\":\"ENABLE\"}")).path("enabled").asBoolean())
        .isTrue();
    JsonNode off = MarketApi.ok(m.admin.post(path, "{\"action\":\"UNSHELVE\"}"));
    assertThat(off.path("state").asString()).isEqualTo("OFF_SHELF");
    assertThat(MarketApi.ok(m.admin.post(path, "{\"action\":\"SHELVE\"}")).path("state").asString())
        .isEqualTo("ON_SHELF");
    Http.Answer bad = m.admin.post(path, "{\"action\":\"BURN\"}");
    assertThat(bad.body().path("error").path("field").asString()).isEqualTo("action");
    Http.Answer stale = m.admin.post(path, "{\"action\":\"UNSHELVE\",\"version\":0}");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().path("error").path("field").asString()).isEqualTo("version");
    assertThat(
            m.admin
                .post("/api/v1/market/products/prod-none/transition", "{\"action\":\"SHELVE\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("NET-8.3 CMP-ops shelving per tenant: TENANTS needs known tenants, ALL takes none")
  void shelfInput() throws Exception {
    String id = m.product(MarketApi.compute(m.name("shelf"), cat[1], null, "x"));
    String path = "/api/v1/market/products/" + id + "/shelf";
    Map<String, String> cases =
        Map.of(
            "{\"scope\":\"SOME\"}", "scope",
            "{\"scope\":\"TENANTS\",\"tenants\":[]}", "tenants",
            "{\"scope\":\"TENANTS\",\"tenants\":[\"t-none\"]}", "tenants[0]",
            "{\"scope\":\"ALL\",\"tenants\":[\"platform\"]}", "tenants");
    for (var c : cases.entrySet()) {
      Http.Answer a = m.admin.put(path, c.getKey());
      assertThat(a.status()).as(a.text()).isEqualTo(400);
      assertThat(a.body().path("error").path("field").asString()).isEqualTo(c.getValue());
    }
    JsonNode p =
        MarketApi.ok(m.admin.put(path, "{\"scope\":\"TENANTS\",\"tenants\":[\"platform\"]}"));
    assertThat(p.path("shelf_scope").asString()).isEqualTo("TENANTS");
    assertThat(p.path("tenants").toString()).isEqualTo("[\"platform\"]");
  }

  @Test
  @DisplayName(
      "NET-8.3 two updates of the same version at once: exactly one is kept, the other answers 409 version")
  void concurrentUpdates() throws Exception {
    String id = m.product(MarketApi.compute(m.name("race"), cat[1], null, "v0"));
    java.util.List<java.util.concurrent.CompletableFuture<Http.Answer>> calls =
        new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String body = MarketApi.compute(m.name("race"), cat[1], null, "writer-" + i);
      String v0 = body.substring(0, body.lastIndexOf('}')) + ",\"version\":0}";
      calls.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new Http(port, m.adminToken()).put("/api/v1/market/products/" + id, v0);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    java.util.List<Integer> statuses =
        calls.stream()
            .map(java.util.concurrent.CompletableFuture::join)
            .map(Http.Answer::status)
            .toList();
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    JsonNode p = MarketApi.ok(m.admin.get("/api/v1/market/products/" + id));
    assertThat(p.path("version").asInt()).isEqualTo(1);
    assertThat(p.path("introduction").asString()).startsWith("writer-");
  }

  @Test
  @DisplayName("NET-8.3 registering answers 201 with the stored product")
  void createdStatus() throws Exception {
    Http.Answer a =
        m.admin.post(
            "/api/v1/market/products", MarketApi.compute(m.name("created"), cat[1], null, "x"));
    assertThat(a.status()).isEqualTo(201);
    assertThat(a.data().path("number").asString()).startsWith("SVC-");
    Http.Answer c =
        m.admin.post("/api/v1/market/categories", "{\"name\":\"" + m.name("c201") + "\"}");
    assertThat(c.status()).isEqualTo(201);
  }
}
