package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.crash.ServerProcess;
import io.computility.server.testsupport.TestAuth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two real server processes on loopback: a regional tier (one 8-GPU sim center, and the city tier
 * as a peer center) and a city tier (one 2-GPU sim center) whose parent is the regional tier.
 */
class TierFederationTest {
  private static ServerProcess upper;
  private static ServerProcess lower;

  @BeforeAll
  static void startTiers() throws Exception {
    int upperPort = ServerProcess.freePort();
    int lowerPort = ServerProcess.freePort();
    String lowerUrl = "http://127.0.0.1:" + lowerPort;
    Path upperData = Tiers.dataDir("tier-upper", "upper-tier.yaml", lowerUrl);
    Path lowerData = Tiers.dataDir("tier-lower", "lower-tier.yaml", "");
    List<String> upperArgs = new ArrayList<>(Tiers.FAST_ADAPTERS);
    upperArgs.addAll(
        List.of("--computility.tier.name=regional", "--computility.tier.region=north"));
    upper = Tiers.start(upperData, upperPort, upperArgs);
    List<String> lowerArgs = new ArrayList<>(Tiers.FAST_ADAPTERS);
    lowerArgs.addAll(
        List.of(
            "--computility.tier.name=city",
            "--computility.tier.region=north",
            "--computility.tier.parent-url=http://127.0.0.1:" + upperPort,
            "--computility.tier.parent-token=" + TestAuth.AGENT_TOKEN));
    lower = Tiers.start(lowerData, lowerPort, lowerArgs);
  }

  @AfterAll
  static void stopTiers() {
    Tiers.stopQuietly(lower);
    Tiers.stopQuietly(upper);
  }

  @Test
  @DisplayName(
      "NET-5 NET-9.1 JC-6.1.3 the lower tier's summed resources appear upward as one center")
  void lowerTierAppearsUpward() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              JsonNode city = Tiers.get(upper, "/api/v1/centers/city").path("data");
              assertThat(city.path("status").asInt()).isEqualTo(1);
              assertThat(city.path("adapter_type").asString()).isEqualTo("peer");
              JsonNode m = city.path("monitoring");
              assertThat(m.path("gpu_used").asLong() + m.path("gpu_free").asLong()).isEqualTo(2);
              assertThat(m.path("cpu_used").asLong() + m.path("cpu_free").asLong()).isEqualTo(32);
            });
    JsonNode summary = Tiers.get(lower, "/api/v1/tier/summary").path("data");
    assertThat(summary.path("name").asString()).isEqualTo("city");
    assertThat(summary.path("centers").asInt()).as("the parent is not summed").isEqualTo(1);
    assertThat(summary.path("images").path(0).path("image_id").asString()).isEqualTo("pytorch-2.3");
    JsonNode images = Tiers.get(upper, "/api/v1/images").path("data");
    assertThat(images.toString()).contains("city/pytorch-2.3");
  }

  @Test
  @DisplayName("NET-5 JC-6.4 a job submitted to the upper tier is dispatched down and completes")
  void jobDispatchedDownward() throws Exception {
    awaitAvailable(upper, "city");
    String id =
        submit(
            upper,
            "{\"name\":\"down\",\"pinnedCenters\":[\"city\"],\"tasks\":[{\"name\":\"t\","
                + "\"command\":\"echo hello-city; sleep 20\",\"imageId\":\"pytorch-2.3\","
                + "\"resourceSpecId\":\"gpu-1x\",\"replicaNumber\":1}]}");
    JsonNode job = awaitEnd(upper, id);
    assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("completed");
    assertThat(job.path("taskInfos").path(0).path("centerIDs").toString()).contains("city");
    JsonNode below = Tiers.get(lower, "/api/v1/jobs?q=tier-&size=50").path("data").path("items");
    assertThat(below.toString()).contains("completed");
    String lowerId = below.path(0).path("jobId").asString();
    JsonNode lowerJob = Tiers.get(lower, "/openapi/v1/trainjob/" + lowerId).path("data");
    assertThat(lowerJob.path("taskInfos").path(0).path("centerIDs").toString()).contains("city-a");
  }

  @Test
  @DisplayName(
      "NET-5 a job the lower tier cannot place escalates to its parent and completes there")
  void jobEscalatesUpward() throws Exception {
    awaitAvailable(lower, ParentTierId.ID);
    String id =
        submit(
            lower,
            "{\"name\":\"up\",\"escalate\":true,\"tasks\":[{\"name\":\"t\","
                + "\"command\":\"sleep 20\",\"imageId\":\"pytorch-2.3\","
                + "\"resourceSpecId\":\"gpu-4x\",\"replicaNumber\":1}]}");
    JsonNode job = awaitEnd(lower, id);
    assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("completed");
    assertThat(job.path("taskInfos").path(0).path("centerIDs").toString())
        .contains(ParentTierId.ID);
    JsonNode above = Tiers.get(upper, "/api/v1/jobs?q=tier-&size=50").path("data").path("items");
    String upperId = null;
    for (JsonNode j : above) {
      JsonNode full = Tiers.get(upper, "/openapi/v1/trainjob/" + j.path("jobId").asString());
      if (full.path("data")
          .path("taskInfos")
          .path(0)
          .path("centerIDs")
          .toString()
          .contains("regional-big")) {
        upperId = j.path("jobId").asString();
        assertThat(full.path("data").path("status").asString()).isEqualTo("completed");
      }
    }
    assertThat(upperId).as("the escalated job ran on the regional tier's own center").isNotNull();
  }

  @Test
  @DisplayName("NET-5 without escalate: true the same job is not sent up and fails in its tier")
  void noEscalationWithoutConsent() throws Exception {
    awaitAvailable(lower, ParentTierId.ID);
    String id =
        submit(
            lower,
            "{\"name\":\"stay\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 20\","
                + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"gpu-4x\",\"replicaNumber\":1}]}");
    JsonNode job = awaitEnd(lower, id);
    assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("failed");
    assertThat(job.path("taskInfos").path(0).path("centerIDs").toString())
        .doesNotContain(ParentTierId.ID);
  }

  private static void awaitAvailable(ServerProcess s, String center) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Tiers.get(s, "/api/v1/centers/" + center).path("data").path("status").asInt() == 1);
  }

  private static String submit(ServerProcess s, String body) throws Exception {
    JsonNode r = Tiers.post(s, "/openapi/v1/trainjob", body);
    assertThat(r.path("status").asInt()).as(r.toString()).isEqualTo(201);
    return r.path("data").path("jobId").asString();
  }

  private static JsonNode awaitEnd(ServerProcess s, String id) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> {
              last[0] = Tiers.get(s, "/openapi/v1/trainjob/" + id).path("data");
              return last[0].path("status").asString().matches("completed|failed|stopped");
            });
    return last[0];
  }

  /** The default id of the parent in a lower tier's registry. */
  private static final class ParentTierId {
    static final String ID = "parent-tier";
  }
}
