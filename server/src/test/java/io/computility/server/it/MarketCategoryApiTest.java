package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The two-level product categories through the API (NET-8.3b 分类). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("NET-8.3 CMP-ops product categories")
class MarketCategoryApiTest extends FederationTestBase {
  MarketApi m;

  @BeforeAll
  void setUp() {
    m = new MarketApi(port);
  }

  @Test
  @DisplayName(
      "NET-8.3 categories form a two-level tree: a child of a child is refused naming parent_id")
  void twoLevels() throws Exception {
    String[] c = m.categories("tree");
    JsonNode tree = MarketApi.ok(m.admin.get("/api/v1/market/categories"));
    JsonNode parent = null;
    for (JsonNode n : tree) if (n.path("id").asString().equals(c[0])) parent = n;
    assertThat(parent).isNotNull();
    assertThat(parent.path("children").get(0).path("id").asString()).isEqualTo(c[1]);
    Http.Answer third =
        m.admin.post(
            "/api/v1/market/categories", "{\"name\":\"third\",\"parent_id\":\"" + c[1] + "\"}");
    assertThat(third.status()).isEqualTo(400);
    assertThat(third.body().path("error").path("field").asString()).isEqualTo("parent_id");
    Http.Answer unknown =
        m.admin.post("/api/v1/market/categories", "{\"name\":\"x\",\"parent_id\":\"cat-none\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text()).contains("parent_id");
  }

  @Test
  @DisplayName("NET-8.3 bad category input answers 4xx naming the field and creates nothing")
  void badInput() throws Exception {
    int before = MarketApi.ok(m.admin.get("/api/v1/market/categories")).size();
    for (String body :
        new String[] {"{}", "{\"name\":\"\"}", "{\"name\":\"" + "x".repeat(129) + "\"}"}) {
      Http.Answer a = m.admin.post("/api/v1/market/categories", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.body().path("error").path("field").asString()).isEqualTo("name");
    }
    Http.Answer sort = m.admin.post("/api/v1/market/categories", "{\"name\":\"s\",\"sort\":-1}");
    assertThat(sort.body().path("error").path("field").asString()).isEqualTo("sort");
    String[] c = m.categories("dup");
    Http.Answer dup =
        m.admin.post("/api/v1/market/categories", "{\"name\":\"" + m.name("dup") + "\"}");
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.body().path("error").path("field").asString()).isEqualTo("name");
    assertThat(MarketApi.ok(m.admin.get("/api/v1/market/categories")).size()).isEqualTo(before + 1);
    assertThat(m.admin.put("/api/v1/market/categories/cat-none", "{\"name\":\"y\"}").status())
        .isEqualTo(404);
    Http.Answer move =
        m.admin.put(
            "/api/v1/market/categories/" + c[1], "{\"name\":\"y\",\"parent_id\":\"other\"}");
    assertThat(move.body().path("error").path("field").asString()).isEqualTo("parent_id");
  }

  @Test
  @DisplayName(
      "NET-8.3 deleting a category in use is refused with 409 naming it; an unused one goes")
  void deleteInUse() throws Exception {
    String[] c = m.categories("del");
    m.product(MarketApi.compute(m.name("del-product"), c[1], null, "x"));
    Http.Answer child = m.admin.delete("/api/v1/market/categories/" + c[1]);
    assertThat(child.status()).isEqualTo(409);
    assertThat(child.text()).contains(m.name("del-child"));
    Http.Answer parent = m.admin.delete("/api/v1/market/categories/" + c[0]);
    assertThat(parent.status()).isEqualTo(409);
    assertThat(parent.text()).contains(m.name("del"));
    String[] free = m.categories("free");
    MarketApi.ok(
        m.admin.put(
            "/api/v1/market/categories/" + free[1], "{\"name\":\"renamed-" + m.suffix + "\"}"));
    MarketApi.ok(m.admin.delete("/api/v1/market/categories/" + free[1]));
    MarketApi.ok(m.admin.delete("/api/v1/market/categories/" + free[0]));
    assertThat(m.admin.delete("/api/v1/market/categories/" + free[0]).status()).isEqualTo(404);
  }
}
