package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The simulation API on a real server and PostgreSQL: start, poll, results, plot, bad input. */
class SimulationApiTest extends FederationTestBase {

  private static final String CENTERS =
      "id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,bandwidth_mbps\\n"
          + "a,east,1,8,1.0,100,300,1.0,5,1000\\n"
          + "b,west,1,8,2.0,100,300,1.0,5,1000\\n";
  private static final String JOBS =
      "arrival_s,spec,replicas,duration_s,dataset,min_security\\n"
          + "0,gpu1,1,100,,1\\n10,gpu1,1,50,,1\\n20,gpu1,1,10,,1\\n";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private int stored() {
    return jdbc.queryForObject("select count(*) from simulation", Integer.class);
  }

  @Test
  @DisplayName(
      "JC-6.6 JC-6.7 a federation simulation started through the API is stored, runs the"
          + " production pipeline and serves hand-checked figures and an SVG plot")
  void federationSimulation() throws Exception {
    Http http = new Http(port);
    Http.Answer started =
        http.post(
            "/api/v1/simulations",
            "{\"level\":\"federation\",\"centers\":\""
                + CENTERS
                + "\",\"trace\":\""
                + JOBS
                + "\",\"policies\":[\"cost-first\",\"default\"]}");
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    String id = started.data().path("id").asText();
    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> http.get("/api/v1/simulations/" + id).data(),
                d -> !d.path("status").asText().equals("RUNNING"));
    assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
    JsonNode costFirst = done.path("report").path("rows").get(0);
    assertThat(costFirst.path("policy").asText()).isEqualTo("cost-first");
    // j1 0..100 on a, j2 10..60 on b, j3 waits 20..60: waits 0, 0, 40; cost (100+100+20)/3600
    JsonNode f = costFirst.path("figures");
    assertThat(f.path("completed").asDouble()).isEqualTo(3);
    assertThat(f.path("mean_wait_s").asDouble()).isCloseTo(40 / 3.0, within());
    assertThat(f.path("p95_wait_s").asDouble()).isEqualTo(40);
    assertThat(f.path("cost").asDouble()).isCloseTo(220 / 3600.0, within());
    Http.Answer plot = http.get("/api/v1/simulations/" + id + "/plot");
    assertThat(plot.status()).isEqualTo(200);
    assertThat(plot.text()).startsWith("<svg").contains("cost-first").contains("default");
    assertThat(jdbc.queryForObject("select status from simulation where id = ?", String.class, id))
        .isEqualTo("DONE");
  }

  @Test
  @DisplayName("JC-6.6 bad simulation input is refused with a 4xx naming the field, nothing stored")
  void badInput() throws Exception {
    Http http = new Http(port);
    int before = stored();
    Http.Answer level =
        http.post("/api/v1/simulations", "{\"level\":\"galaxy\",\"policies\":[\"default\"]}");
    assertThat(level.status()).isEqualTo(400);
    assertThat(level.body().path("errorMsg").asText()).startsWith("level");
    Http.Answer policy =
        http.post(
            "/api/v1/simulations",
            "{\"level\":\"federation\",\"centers\":\"" + CENTERS + "\",\"policies\":[\"nope\"]}");
    assertThat(policy.status()).isEqualTo(400);
    assertThat(policy.body().path("errorMsg").asText()).startsWith("policies");
    Http.Answer centers =
        http.post(
            "/api/v1/simulations",
            "{\"level\":\"federation\",\"centers\":\"a,b\\n\",\"policies\":[\"default\"]}");
    assertThat(centers.status()).isEqualTo(400);
    assertThat(centers.body().path("errorMsg").asText()).startsWith("centers");
    Http.Answer nodes =
        http.post(
            "/api/v1/simulations",
            "{\"level\":\"pool\",\"trace\":\"name\\n\",\"policies\":[\"FragPack\"]}");
    assertThat(nodes.status()).isEqualTo(400);
    assertThat(nodes.body().path("errorMsg").asText()).startsWith("nodes");
    assertThat(http.get("/api/v1/simulations/none").status()).isEqualTo(404);
    assertThat(stored()).isEqualTo(before);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
