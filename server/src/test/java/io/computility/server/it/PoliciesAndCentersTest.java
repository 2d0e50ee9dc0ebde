package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Policies through the API steer real decisions; centers join and leave with the topology file. */
class PoliciesAndCentersTest extends FederationTestBase {

  @Value("${computility.topology}")
  Path topology;

  @Test
  @DisplayName(
      "NET-7.3b JC-6.6.3 a policy created through the API is validated, steers the job it names, and can be edited and deleted")
  void policyCrudSteersScheduling() throws Exception {
    Http http = new Http(port);
    Http.Answer bad =
        http.post(
            "/api/v1/policies", "{\"name\":\"x\",\"description\":\"\",\"weights\":{\"nope\":1}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().path("errorMsg").asText()).startsWith("weights.nope");
    Http.Answer negative =
        http.post(
            "/api/v1/policies",
            "{\"name\":\"x\",\"description\":\"\",\"weights\":{\"lowest-price\":-1}}");
    assertThat(negative.status()).isEqualTo(400);

    Http.Answer cheap =
        http.post(
            "/api/v1/policies",
            "{\"name\":\"cheapest\",\"description\":\"price only\",\"weights\":{\"lowest-price\":1}}");
    assertThat(cheap.status()).isEqualTo(201);
    awaitFreeGpu("gamma");
    String cheapJob = submit(http, "cheapest");
    assertThat(centerOf(http, cheapJob))
        .isEqualTo("gamma"); // gpu-1x costs 10 there, 20 and 30 elsewhere

    Http.Answer edited =
        http.put(
            "/api/v1/policies/cheapest",
            "{\"name\":\"cheapest\",\"description\":\"now fastest\",\"weights\":{\"highest-performance\":1}}");
    assertThat(edited.status()).isEqualTo(200);
    awaitFreeGpu("beta");
    String fastJob = submit(http, "cheapest");
    assertThat(centerOf(http, fastJob)).isEqualTo("beta"); // performance 2.0

    assertThat(http.delete("/api/v1/policies/cheapest").status()).isEqualTo(200);
    assertThat(http.get("/api/v1/policies/cheapest").status()).isEqualTo(404);
    assertThat(http.delete("/api/v1/policies/default").status()).isEqualTo(409);
  }

  @Test
  @DisplayName(
      "JC-6.5 JC-6.1.1 centers added to and removed from the topology join and leave the federation (status 0 when gone)")
  void centersJoinAndLeave() throws Exception {
    Http http = new Http(port);
    String original = Files.readString(topology);
    String delta =
        original.replace(
            "specs:",
            """
              - id: delta
                region: south
                geometry: [113.26, 23.13]
                capacity: {cpu: "32", gpu: "2", memory: "256Gi", storage: "1Ti"}
                images:
                  - {id: pytorch-2.3, name: pytorch-2.3}
            specs:""");
    Files.writeString(topology, delta);
    touch(topology);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> http.get("/api/v1/centers/delta").data().path("status").asInt() == 1);
    Files.writeString(topology, original);
    touch(topology);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> http.get("/api/v1/centers/delta").data().path("status").asInt() == 0);
    assertThat(registry.adapter("delta")).isEmpty();
  }

  /**
   * Other classes in this cached context may still run GPU work on the shared centers: wait until
   * the center has a free card, for longer than a monitoring interval so that the scheduler's view
   * has it too.
   */
  private void awaitFreeGpu(String centerId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .during(Duration.ofMillis(600))
        .until(() -> sim(centerId).snapshot().free().gpu() >= 1);
  }

  private static void touch(Path p) throws Exception {
    Files.setLastModifiedTime(
        p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));
  }

  private static String submit(Http http, String policy) throws Exception {
    Http.Answer a =
        http.post(
            "/openapi/v1/trainjob",
            "{\"name\":\"p\",\"policy\":\""
                + policy
                + "\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 1\","
                + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"gpu-1x\",\"replicaNumber\":1}]}");
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a.data().path("jobId").asText();
  }

  private static String centerOf(Http http, String jobId) throws Exception {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                http.get("/openapi/v1/trainjob/" + jobId)
                        .data()
                        .path("taskInfos")
                        .get(0)
                        .path("centerIDs")
                        .size()
                    == 1);
    JsonNode t = http.get("/openapi/v1/trainjob/" + jobId).data().path("taskInfos").get(0);
    return t.path("centerIDs").get(0).asText();
  }
}
