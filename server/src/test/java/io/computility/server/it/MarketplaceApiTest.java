package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The marketplace as tenants see it (NET-8.2, CMP-service): only products on shelf, enabled and
 * shelved for the caller's tenant; fuzzy search, categories, types and the model plaza's filters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("NET-8.2 CMP-service marketplace")
class MarketplaceApiTest extends FederationTestBase {
  MarketApi m;
  String[] cat;
  String[] other;
  String[] tenantA;
  String[] tenantB;
  Http userA;
  Http userB;
  String forAll;
  String onlyA;
  String draft;
  String disabled;
  String model;

  @BeforeAll
  void setUp() throws Exception {
    m = new MarketApi(port);
    cat = m.categories("wall");
    other = m.categories("other");
    tenantA = m.tenant("a");
    tenantB = m.tenant("b");
    userA = new Http(port, tenantA[1]);
    userB = new Http(port, tenantB[1]);
    forAll =
        m.product(MarketApi.compute(m.name("Shared GPU"), cat[1], "alpha", "A100 for everyone"));
    m.shelve(forAll);
    onlyA = m.product(MarketApi.compute(m.name("Private GPU"), cat[1], "beta", "only-for-a"));
    m.shelve(onlyA, tenantA[0]);
    draft = m.product(MarketApi.compute(m.name("Draft GPU"), cat[1], null, "never shown"));
    disabled = m.product(MarketApi.compute(m.name("Disabled GPU"), cat[1], null, "off"));
    m.shelve(disabled);
    MarketApi.ok(
        m.admin.post(
            "/api/v1/market/products/" + disabled + "/transition", "{\"action\":\"DISABLE\"}"));
    model =
        m.product(
            """
            {"name":"%s","type":"MODEL_SERVICE","category_id":"%s","provider_name":"Model Lab %s",
             "introduction":"a chat model","attributes":{"tags":["chat-%s"],"task":"text-generation",
             "framework":"PyTorch","chip_types":["Ascend"]}}
            """
                .formatted(m.name("Qwen"), other[1], m.suffix, m.suffix));
    m.shelve(model);
  }

  /** The offers matching {@code query}; a search always includes this class's suffix. */
  String offers(String query) {
    String q =
        query.startsWith("search=")
            ? query.replaceFirst("&|$", "+" + m.suffix + "$0")
            : "search=" + m.suffix + (query.isEmpty() ? "" : "&" + query);
    return "/api/v1/market/offers?size=1000&" + q;
  }

  @Test
  @DisplayName(
      "NET-8.2 CMP-ops per-tenant shelving: tenant B does not see tenant A's product, by list or by id")
  void perTenant() throws Exception {
    assertThat(MarketApi.ids(userA.get(offers(""))))
        .contains(forAll, onlyA, model)
        .doesNotContain(draft, disabled);
    assertThat(MarketApi.ids(userB.get(offers(""))))
        .contains(forAll, model)
        .doesNotContain(onlyA, draft, disabled);
    assertThat(userB.get("/api/v1/market/offers/" + onlyA).status()).isEqualTo(404);
    assertThat(userB.get("/api/v1/market/offers/" + draft).status()).isEqualTo(404);
    JsonNode a = MarketApi.ok(userA.get("/api/v1/market/offers/" + onlyA));
    assertThat(a.path("center_id").asString()).isEqualTo("beta");
    assertThat(a.path("region").asString()).isEqualTo("east");
    assertThat(a.path("number").asString()).startsWith("SVC-");
    assertThat(a.path("category_name").asString()).isEqualTo(m.name("wall-child"));
    assertThat(a.path("components").path("gpu").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "CMP-service fuzzy search by name, provider and introduction, case-insensitive; % is literal")
  void search() throws Exception {
    assertThat(MarketApi.ids(userA.get(offers("search=shared+gpu")))).containsExactly(forAll);
    assertThat(MarketApi.ids(userA.get(offers("search=MODEL+LAB")))).containsExactly(model);
    assertThat(MarketApi.ids(userA.get(offers("search=everyone")))).containsExactly(forAll);
    assertThat(MarketApi.ids(userA.get(offers("search=%25+x")))).isEmpty();
    assertThat(
            MarketApi.ok(userA.get("/api/v1/market/offers?size=1&search=gpu+" + m.suffix))
                .path("total")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  @DisplayName(
      "CMP-service category tree and type filter: a first-level category lists its children's products")
  void categoriesAndTypes() throws Exception {
    assertThat(MarketApi.ids(userA.get(offers("category_id=" + cat[0]))))
        .containsExactlyInAnyOrder(forAll, onlyA);
    assertThat(MarketApi.ids(userA.get(offers("category_id=" + other[1])))).containsExactly(model);
    assertThat(MarketApi.ids(userA.get(offers("type=MODEL_SERVICE")))).containsExactly(model);
    assertThat(MarketApi.ids(userB.get(offers("type=COMPUTE")))).containsExactly(forAll);
    assertThat(MarketApi.ok(userA.get("/api/v1/market/categories")).size()).isGreaterThan(1);
  }

  @Test
  @DisplayName(
      "CMP-service model plaza: filter by tag, task, framework and chip type; facets list the values")
  void modelPlaza() throws Exception {
    String base = "type=MODEL_SERVICE&";
    assertThat(MarketApi.ids(userA.get(offers(base + "tag=chat-" + m.suffix))))
        .containsExactly(model);
    assertThat(MarketApi.ids(userA.get(offers(base + "task=text-generation"))))
        .containsExactly(model);
    assertThat(MarketApi.ids(userA.get(offers(base + "framework=PyTorch&chip=Ascend"))))
        .containsExactly(model);
    assertThat(MarketApi.ids(userA.get(offers(base + "chip=NVIDIA")))).isEmpty();
    JsonNode facets = MarketApi.ok(userB.get("/api/v1/market/offers/facets"));
    assertThat(facets.path("tags").toString()).contains("chat-" + m.suffix);
    assertThat(facets.path("chip_types").toString()).contains("Ascend");
  }

  @Test
  @DisplayName("NET-8.2 bad marketplace parameters answer 400 naming the parameter")
  void badParams() throws Exception {
    String[][] cases = {
      {"type=FOO", "type"},
      {"size=0", "size"},
      {"size=abc", "size"},
      {"page=-1", "page"},
      {"search=" + "x".repeat(129), "search"},
      {"tag=" + "t".repeat(65), "tag"},
      {"category_id=" + "c".repeat(64), "category_id"}
    };
    for (String[] c : cases) {
      Http.Answer a = userA.get("/api/v1/market/offers?" + c[0]);
      assertThat(a.status()).as(c[0] + " " + a.text()).isEqualTo(400);
      assertThat(a.text()).contains(c[1]);
    }
    assertThat(userA.get("/api/v1/market/products").status()).isEqualTo(403);
    assertThat(userA.post("/api/v1/market/categories", "{\"name\":\"x\"}").status()).isEqualTo(403);
  }
}
