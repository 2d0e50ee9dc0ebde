package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Pool tasks, resource specs and centers as tenant resources on a real server: lists hold only what
 * the caller's data scope reaches and a single resource outside it answers 404, as jobs do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-tenancy CMP-security pool tasks, specs and centers filtered by data scope")
class ScopedResourcesTest extends FederationTestBase {
  TenantFixture f;
  Http platform;
  Http userA;
  Http adminA;
  Http viewerA;
  Http adminB;

  @BeforeAll
  void tenants() throws Exception {
    f = new TenantFixture(port).build();
    platform = new Http(port);
    userA = new Http(port, f.userAToken);
    adminA = new Http(port, f.adminAToken);
    viewerA = new Http(port, f.viewerAToken);
    adminB = new Http(port, f.adminBToken);
    registerPoolNode(port, "scope-" + f.suffix, 2);
  }

  /** A pool node with {@code cards} cards, registered over the agent API by the test itself. */
  static void registerPoolNode(int port, String node, int cards) throws Exception {
    StringBuilder devices = new StringBuilder();
    for (int i = 0; i < cards; i++) {
      if (i > 0) devices.append(',');
      devices.append(
          "{\"index\":%d,\"uuid\":\"%s-gpu-%d\",\"vendor\":\"nvidia\",\"model\":\"A100\",\"memoryMb\":40000,\"healthy\":true}"
              .formatted(i, node, i));
    }
    Http.Answer r =
        new Http(port, TestAuth.AGENT_TOKEN)
            .post(
                "/api/v1/pool/agents",
                "{\"node\":\"%s\",\"agentId\":\"%s-agent\",\"version\":\"test\",\"backend\":\"fake\",\"devices\":[%s]}"
                    .formatted(node, node, devices));
    assertThat(r.status()).as(r.text()).isEqualTo(200);
  }

  static String poolTask(String name, int percent) {
    return "{\"name\":\"%s\",\"computePercent\":%d,\"memoryMb\":1000,\"command\":[\"sleep\",\"1000\"]}"
        .formatted(name, percent);
  }

  static List<String> ids(Http.Answer list, String field) {
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    for (JsonNode n : list.data()) out.add(n.path(field).asString());
    return out;
  }

  @Test
  @DisplayName(
      "CMP-tenancy a tenant user's pool task carries its tenant and organisation: its owner and tenant admin see it; tenant B, an out-of-scope viewer and lists of others do not")
  void poolTasks() throws Exception {
    Http.Answer created = userA.post("/api/v1/pool/tasks", poolTask("a-task", 10));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.data().path("id").asString();
    assertThat(created.data().path("tenant").asString()).isEqualTo(f.tenantA);
    Http.Answer foreign =
        userA.post(
            "/api/v1/pool/tasks",
            poolTask("x", 10).replace("{", "{\"tenant\":\"" + f.tenantB + "\","));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.body().path("errorMsg").asString()).startsWith("tenant ");

    assertThat(userA.get("/api/v1/pool/tasks/" + id).status()).isEqualTo(200);
    assertThat(adminA.get("/api/v1/pool/tasks/" + id).status()).isEqualTo(200);
    assertThat(ids(adminA.get("/api/v1/pool/tasks"), "id")).contains(id);
    assertThat(ids(platform.get("/api/v1/pool/tasks"), "id")).contains(id);
    // the viewer's scope is the sub-organisation; the task belongs to the root organisation
    assertThat(viewerA.get("/api/v1/pool/tasks/" + id).status()).isEqualTo(404);
    assertThat(ids(viewerA.get("/api/v1/pool/tasks"), "id")).doesNotContain(id);
    for (String path : List.of("/api/v1/pool/tasks/" + id, "/api/v1/pool/tasks/" + id + "/logs")) {
      Http.Answer a = adminB.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.text()).doesNotContain("a-task");
    }
    assertThat(adminB.post("/api/v1/pool/tasks/" + id + "/stop", "").status()).isEqualTo(404);
    assertThat(adminB.get("/api/v1/pool/tasks").text()).doesNotContain(id);
    assertThat(adminB.get("/api/v1/pool/queue").text()).doesNotContain(id);
    // a tenant admin reuses A's idempotency key: a new task of B, not A's task
    String keyed = poolTask("k", 10).replace("{", "{\"clientKey\":\"key-" + f.suffix + "\",");
    String a1 = userA.post("/api/v1/pool/tasks", keyed).data().path("id").asString();
    Http.Answer b1 = adminB.post("/api/v1/pool/tasks", keyed);
    assertThat(b1.status()).as(b1.text()).isEqualTo(201);
    assertThat(b1.data().path("id").asString()).isNotEqualTo(a1);
    assertThat(b1.data().path("tenant").asString()).isEqualTo(f.tenantB);

    assertThat(userA.post("/api/v1/pool/tasks/" + id + "/stop", "").status()).isEqualTo(200);
    userA.post("/api/v1/pool/tasks/" + a1 + "/stop", "");
    adminB.post("/api/v1/pool/tasks/" + b1.data().path("id").asString() + "/stop", "");
  }

  static String spec(String id) {
    return "{\"resource_spec_id\":\"%s\",\"resource_spec_name\":\"private\",\"resource_quantity\":{\"cpu\":\"2\",\"memory\":\"4Gi\"},\"service_type\":\"batch\",\"price\":1,\"computing_center_list\":\"alpha\"}"
        .formatted(id);
  }

  @Test
  @DisplayName(
      "CMP-tenancy a tenant's private spec is seen by its tenant only; platform specs are shared unless restricted to tenants; tenants cannot change platform specs")
  void specs() throws Exception {
    String mine = f.name("spec-a");
    Http.Answer created = adminA.post("/api/v1/specs", spec(mine));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(ids(userA.get("/api/v1/specs"), "resource_spec_id")).contains(mine, "gpu-1x");
    assertThat(ids(adminB.get("/api/v1/specs"), "resource_spec_id"))
        .contains("gpu-1x")
        .doesNotContain(mine);
    assertThat(adminB.get("/api/v1/specs/" + mine).status()).isEqualTo(404);
    assertThat(adminB.put("/api/v1/specs/" + mine, spec(mine)).status()).isEqualTo(404);
    assertThat(adminB.delete("/api/v1/specs/" + mine).status()).isEqualTo(404);
    assertThat(adminB.put("/api/v1/specs/gpu-1x", spec("gpu-1x")).status()).isEqualTo(403);
    assertThat(adminB.put("/api/v1/specs/" + mine + "/tenants", "{\"tenants\":[]}").status())
        .isEqualTo(403);
    // tenant B cannot run a job on A's private spec: refused as an unknown spec
    String job =
        "{\"name\":\"j\",\"tasks\":[{\"name\":\"w\",\"command\":\"sleep 1\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"%s\",\"replicaNumber\":1}]}";
    Http.Answer refused = adminB.post("/openapi/v1/trainjob", job.formatted(mine));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("errorMsg").asString()).startsWith("tasks[0].resourceSpecId ");
    assertThat(adminA.post("/openapi/v1/trainjob", job.formatted(mine)).status()).isEqualTo(201);

    String shared = f.name("spec-p");
    assertThat(platform.post("/api/v1/specs", spec(shared)).status()).isEqualTo(201);
    assertThat(ids(adminB.get("/api/v1/specs"), "resource_spec_id")).contains(shared);
    Http.Answer restricted =
        platform.put(
            "/api/v1/specs/" + shared + "/tenants", "{\"tenants\":[\"" + f.tenantA + "\"]}");
    assertThat(restricted.status()).as(restricted.text()).isEqualTo(200);
    assertThat(ids(adminB.get("/api/v1/specs"), "resource_spec_id")).doesNotContain(shared);
    assertThat(adminB.get("/api/v1/specs/" + shared).status()).isEqualTo(404);
    assertThat(adminA.get("/api/v1/specs/" + shared).status()).isEqualTo(200);
    assertThat(platform.put("/api/v1/specs/" + mine + "/tenants", "{\"tenants\":[]}").status())
        .isEqualTo(409);
    assertThat(adminA.delete("/api/v1/specs/" + mine).status()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "CMP-tenancy a center restricted to tenant A is neither listed, found nor scheduled to for tenant B; the visibility list is platform-managed")
  void centers() throws Exception {
    String center = "gamma";
    Http.Answer bad =
        platform.put("/api/v1/centers/" + center + "/tenants", "{\"tenants\":[\"nope\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().path("errorMsg").asString()).startsWith("tenants ");
    assertThat(adminA.put("/api/v1/centers/" + center + "/tenants", "{\"tenants\":[]}").status())
        .isEqualTo(403);
    Http.Answer r =
        platform.put(
            "/api/v1/centers/" + center + "/tenants", "{\"tenants\":[\"" + f.tenantA + "\"]}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    try {
      assertThat(platform.get("/api/v1/centers/" + center + "/tenants").text()).contains(f.tenantA);
      assertThat(ids(adminB.get("/api/v1/centers"), "ai_center_id")).doesNotContain(center);
      for (String p : List.of("", "/monitoring", "/queues")) {
        assertThat(adminB.get("/api/v1/centers/" + center + p).status()).as(p).isEqualTo(404);
      }
      assertThat(ids(userA.get("/api/v1/centers"), "ai_center_id")).contains(center);
      assertThat(userA.get("/api/v1/centers/" + center).status()).isEqualTo(200);
      assertThat(ids(platform.get("/api/v1/centers"), "ai_center_id")).contains(center);
      // tenant B's jobs stay off the center: pinning it is refused, others are pinned elsewhere
      String job =
          "{\"name\":\"b\",%s\"tasks\":[{\"name\":\"w\",\"command\":\"sleep 20\",\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":6}]}";
      Http.Answer pinned =
          adminB.post("/openapi/v1/trainjob", job.formatted("\"pinnedCenters\":[\"gamma\"],"));
      assertThat(pinned.status()).isEqualTo(400);
      assertThat(pinned.body().path("errorMsg").asString()).startsWith("pinnedCenters[0] ");
      Http.Answer spread = adminB.post("/openapi/v1/trainjob", job.formatted(""));
      assertThat(spread.status()).as(spread.text()).isEqualTo(201);
      String id = spread.data().path("jobId").asString();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  List.of("running", "completed")
                      .contains(
                          adminB
                              .get("/openapi/v1/trainjob/" + id)
                              .data()
                              .path("status")
                              .asString()));
      JsonNode placed = adminB.get("/openapi/v1/trainjob/" + id).data().path("taskInfos").get(0);
      assertThat(placed.path("centerIDs").toString()).doesNotContain(center).contains("\"");
    } finally {
      platform.put("/api/v1/centers/" + center + "/tenants", "{\"tenants\":[]}");
    }
    assertThat(ids(adminB.get("/api/v1/centers"), "ai_center_id")).contains(center);
  }
}
