package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Providers (NET-8.3b 调度层多方通过 API 接口进行产品服务的注册): a center's or lower tier's machine principal
 * registers and updates its own products; operators shelve them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("NET-8.3 providers register products through the API")
class MarketProviderApiTest extends FederationTestBase {
  MarketApi m;
  Http agent;
  String[] cat;

  @BeforeAll
  void setUp() throws Exception {
    m = new MarketApi(port);
    agent = new Http(port, TestAuth.AGENT_TOKEN);
    cat = m.categories("provider");
  }

  @Test
  @DisplayName("NET-8.3 a provider registers and updates its own product; the operator shelves it")
  void register() throws Exception {
    String body =
        MarketApi.compute(m.name("center-gpu"), cat[1], "gamma", "registered by the center")
            .replace("\"provider_name\":\"Beijing AI\",", "\"provider_id\":\"someone-else\",");
    JsonNode p = MarketApi.ok(agent.post("/api/v1/market/products", body));
    String id = p.path("id").asString();
    assertThat(p.path("state").asString()).isEqualTo("DRAFT");
    assertThat(p.path("provider_id").asString())
        .isNotEqualTo("someone-else")
        .isNotEqualTo("platform");
    assertThat(p.path("provider_name").asString()).isNotBlank();
    String v0 = body.substring(0, body.lastIndexOf('}')) + ",\"version\":0}";
    JsonNode updated =
        MarketApi.ok(
            agent.put("/api/v1/market/products/" + id, v0.replace("registered", "updated")));
    assertThat(updated.path("introduction").asString()).isEqualTo("updated by the center");
    assertThat(updated.path("provider_id").asString()).isEqualTo(p.path("provider_id").asString());
    assertThat(MarketApi.ids(agent.get("/api/v1/market/products?size=1000"))).contains(id);
    // shelving is the operator's
    assertThat(
            agent
                .post("/api/v1/market/products/" + id + "/transition", "{\"action\":\"SHELVE\"}")
                .status())
        .isEqualTo(403);
    m.shelve(id);
    assertThat(MarketApi.ok(m.admin.get("/api/v1/market/products/" + id)).path("state").asString())
        .isEqualTo("ON_SHELF");
  }

  @Test
  @DisplayName("NET-8.3 a provider neither sees nor changes the platform's products")
  void ownOnly() throws Exception {
    String platform = m.product(MarketApi.compute(m.name("platform-gpu"), cat[1], null, "x"));
    assertThat(agent.get("/api/v1/market/products/" + platform).status()).isEqualTo(404);
    String body = MarketApi.compute(m.name("platform-gpu"), cat[1], null, "taken");
    Http.Answer put =
        agent.put(
            "/api/v1/market/products/" + platform,
            body.substring(0, body.lastIndexOf('}')) + ",\"version\":0}");
    assertThat(put.status()).isEqualTo(404);
    assertThat(MarketApi.ids(agent.get("/api/v1/market/products?size=1000")))
        .doesNotContain(platform);
    assertThat(
            MarketApi.ok(m.admin.get("/api/v1/market/products/" + platform))
                .path("introduction")
                .asString())
        .isEqualTo("x");
    assertThat(agent.post("/api/v1/market/categories", "{\"name\":\"x\"}").status()).isEqualTo(403);
  }
}
