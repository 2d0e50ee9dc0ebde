package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The lists the console reads that the APIs lacked: simulations (filtered, paged) and the pool's
 * stored quotas, specs and resource groups, on a real server and PostgreSQL.
 */
class ConsoleListsApiTest extends FederationTestBase {
  private static final String CENTERS =
      "id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,bandwidth_mbps\\n"
          + "a,east,1,8,1.0,100,300,1.0,5,1000\\n";

  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName(
      "NET-7.3b JC-6.6 GET /api/v1/simulations lists runs newest first, filtered by status and"
          + " level and paged on the server; bad filters answer 400 naming the parameter")
  void simulationList() throws Exception {
    Http http = new Http(port);
    // Other classes may share this server: count from what is there now.
    long before = http.get("/api/v1/simulations").data().path("total").asLong();
    long doneBefore =
        http.get("/api/v1/simulations?status=DONE&level=federation").data().path("total").asLong();
    String body =
        "{\"level\":\"federation\",\"centers\":\""
            + CENTERS
            + "\",\"jobs\":5,\"policies\":[\"%s\"]}";
    String first =
        http.post("/api/v1/simulations", body.formatted("default")).data().path("id").asString();
    String second =
        http.post("/api/v1/simulations", body.formatted("green")).data().path("id").asString();
    for (String id : new String[] {first, second}) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> http.get("/api/v1/simulations/" + id).data().path("status").asString(),
              s -> !s.equals("RUNNING"));
    }
    // A failed run as the service stores one, to filter on; the newest of all.
    jdbc.update(
        "insert into simulation (id, level, status, request, error, created_at, finished_at)"
            + " values ('failed-1', 'pool', 'FAILED', '{\"level\":\"pool\"}'::jsonb, 'boom', ?, ?)",
        Timestamp.from(Instant.now().plusSeconds(60)),
        Timestamp.from(Instant.now().plusSeconds(61)));

    JsonNode all = http.get("/api/v1/simulations").data();
    assertThat(all.path("total").asLong()).isEqualTo(before + 3);
    assertThat(all.path("items").get(0).path("id").asString()).isEqualTo("failed-1");
    assertThat(all.path("items").get(0).path("policies").size()).isZero();
    assertThat(all.path("items").get(1).path("id").asString()).isEqualTo(second);
    assertThat(all.path("items").get(1).path("policies").get(0).asString()).isEqualTo("green");
    assertThat(all.path("items").get(1).has("report")).isFalse();

    JsonNode done = http.get("/api/v1/simulations?status=DONE&level=federation").data();
    assertThat(done.path("total").asLong()).isEqualTo(doneBefore + 2);
    JsonNode failed = http.get("/api/v1/simulations?status=FAILED&level=pool").data();
    assertThat(failed.path("items").get(0).path("error").asString()).isEqualTo("boom");
    JsonNode page =
        http.get("/api/v1/simulations?status=DONE&level=federation&page=1&size=1").data();
    assertThat(page.path("total").asLong()).isEqualTo(doneBefore + 2);
    assertThat(page.path("items").size()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(first);

    Http.Answer bad = http.get("/api/v1/simulations?status=SLEEPING");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().path("errorMsg").asString()).startsWith("status");
    assertThat(http.get("/api/v1/simulations?level=galaxy").body().path("errorMsg").asString())
        .startsWith("level");
    assertThat(http.get("/api/v1/simulations?size=0").body().path("errorMsg").asString())
        .startsWith("size");
    jdbc.update("delete from simulation where id = 'failed-1'");
  }

  @Test
  @DisplayName(
      "POOL-T12.13 CMP-cluster GET /api/v1/pool/quotas and /specs list what the PUTs stored, by"
          + " name, and follow changes (groups need real cards: PoolComponentsBrowserTest)")
  void poolSettingLists() throws Exception {
    Http http = new Http(port);
    String q = "{\"computePercent\":%d,\"memoryMb\":%d}";
    assertThat(http.put("/api/v1/pool/quotas/cl-team-b", q.formatted(300, 4096)).status())
        .isEqualTo(200);
    assertThat(http.put("/api/v1/pool/quotas/cl-team-a", q.formatted(100, 2048)).status())
        .isEqualTo(200);
    assertThat(http.put("/api/v1/pool/quotas/cl-team-a", q.formatted(150, 2048)).status())
        .isEqualTo(200);
    assertThat(http.put("/api/v1/pool/specs/cl-half", q.formatted(50, 8192)).status())
        .isEqualTo(200);

    JsonNode quotas = http.get("/api/v1/pool/quotas").data();
    JsonNode a = named(quotas, "tenant", "cl-team-a");
    JsonNode b = named(quotas, "tenant", "cl-team-b");
    assertThat(a.path("computePercent").asInt()).isEqualTo(150);
    assertThat(b.path("memoryMb").asLong()).isEqualTo(4096);
    assertThat(indexOf(quotas, a)).isLessThan(indexOf(quotas, b));
    JsonNode half = named(http.get("/api/v1/pool/specs").data(), "name", "cl-half");
    assertThat(half.path("computePercent").asInt()).isEqualTo(50);
    assertThat(half.path("memoryMb").asLong()).isEqualTo(8192);
  }

  static JsonNode named(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (n.path(field).asString().equals(value)) return n;
    }
    throw new AssertionError("no " + value + " in " + list);
  }

  static int indexOf(JsonNode list, JsonNode item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).equals(item)) return i;
    }
    return -1;
  }
}
