package io.computility.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NET-8.2 CLI market commands (fake HTTP server)")
class MarketCommandsTest {
  FakeServer server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  @DisplayName(
      "NET-8.2 market list --search --type queries the marketplace and prints id, number, name, type, center and category")
  void list() {
    server.ok(
        "GET /api/v1/market/offers",
        """
        {"items":[{"id":"prod-1","number":"SVC-000001","name":"A100 x1","type":"COMPUTE",
          "center_id":"bj-ai","category_name":"GPU"},
         {"id":"prod-2","number":"SVC-000002","name":"vGPU 25%","type":"COMPUTE",
          "category_name":"vGPU"},
         {"id":"prod-3","number":"SVC-000003","name":"Expert","type":"MANUAL",
          "center_id":null,"category_name":"Services"}],"total":3,"page":0,"size":20}
        """);
    CliRun r =
        CliRun.of(
            "market",
            "list",
            "--search",
            "a100 gpu",
            "--type",
            "COMPUTE",
            "--server",
            server.url());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(server.requests.get(0).pathAndQuery())
        .contains("search=a100+gpu")
        .contains("type=COMPUTE")
        .contains("page=0&size=20");
    assertThat(r.out())
        .contains("ID      NUMBER      NAME      TYPE     CENTER  CATEGORY")
        .contains("prod-1  SVC-000001  A100 x1   COMPUTE  bj-ai   GPU")
        .contains("prod-2  SVC-000002  vGPU 25%  COMPUTE  (pool)  vGPU")
        .contains("prod-3  SVC-000003  Expert    MANUAL   -       Services")
        .contains("3 of 3 products (page 0)");
  }

  @Test
  @DisplayName("NET-8.2 market list shows the server's refusal and exits 1 (fake HTTP server)")
  void refused() {
    server.answer(
        "GET /api/v1/market/offers",
        400,
        "{\"status\":400,\"code\":\"INVALID_ARGUMENT\",\"errorMsg\":\"type: must be one of"
            + " [COMPUTE]\",\"data\":null}");
    CliRun r = CliRun.of("market", "list", "--type", "FOO", "--server", server.url());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("type");
  }
}
