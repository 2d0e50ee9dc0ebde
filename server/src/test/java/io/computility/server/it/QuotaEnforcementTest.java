package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tenant and organisation quotas enforced on job and pool task submission against a real server and
 * PostgreSQL: refused with 409 naming quota.&lt;resource&gt;, released when work ends, and never
 * overshot by concurrent submissions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("CMP-tenancy quota enforcement on jobs and pool tasks")
class QuotaEnforcementTest extends FederationTestBase {
  static final String PW = TenantFixture.PASSWORD;
  TenantFixture f;
  Http adminA;

  @BeforeAll
  void tenants() throws Exception {
    f = new TenantFixture(port).build();
    adminA = new Http(port, f.adminAToken);
    ScopedResourcesTest.registerPoolNode(port, "quota-" + f.suffix, 4);
  }

  /** A sub-organisation of {@code parent} with the given quota. */
  String org(String name, String parent, String quota) throws Exception {
    Http.Answer a =
        adminA.post(
            "/api/v1/orgs",
            "{\"name\":\"" + name + "\",\"parent_id\":\"" + parent + "\",\"quota\":" + quota + "}");
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a.data().path("id").asString();
  }

  /** A tenant user in {@code org}, signed in. */
  Http userIn(String login, String org) throws Exception {
    f.user(adminA, login, org, "tenant-user");
    return new Http(port, TestAuth.login(port, f.name(login), PW));
  }

  static String quota(int cpu, int gpu, int instances) {
    return "{\"cpu\":%d,\"memory_mb\":200000,\"disk_gb\":100,\"instances\":%d,\"gpu\":%d}"
        .formatted(cpu, instances, gpu);
  }

  /** A small quota for pool tasks only, leaving the root's CPU and memory to the other tests. */
  static String cards(int gpu) {
    return "{\"cpu\":1,\"memory_mb\":100,\"disk_gb\":1,\"instances\":5,\"gpu\":%d}".formatted(gpu);
  }

  static String job(String spec, int replicas) {
    return ("{\"name\":\"q\",\"tasks\":[{\"name\":\"w\",\"command\":\"sleep 100000\","
            + "\"imageId\":\"pytorch-2.3\",\"resourceSpecId\":\"%s\",\"replicaNumber\":%d}]}")
        .formatted(spec, replicas);
  }

  static void refused(Http.Answer a, String quota) {
    assertThat(a.status()).as(a.text()).isEqualTo(409);
    assertThat(a.body().path("errorMsg").asString()).startsWith(quota + " ");
  }

  @Test
  @DisplayName(
      "CMP-tenancy a job past its organisation's GPU quota, or past an ancestor's, is refused with 409 naming quota.gpu; the organisation shows allocated, available, used and in flight; stopping a job releases its share")
  void jobQuota() throws Exception {
    String parent = org("q-parent", f.rootOrgA, quota(100, 4, 20));
    String child = org("q-child", parent, quota(100, 3, 20));
    Http p = userIn("q-p", parent);
    Http c = userIn("q-c", child);
    Http.Answer first = p.post("/openapi/v1/trainjob", job("gpu-1x", 2));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    // the child's own quota (3) has room, its parent's (4, 2 held) does not
    Http.Answer overParent = c.post("/openapi/v1/trainjob", job("gpu-1x", 3));
    refused(overParent, "quota.gpu");
    assertThat(overParent.body().path("errorMsg").asString()).contains("q-parent");
    Http.Answer overChild = c.post("/openapi/v1/trainjob", job("gpu-4x", 1));
    refused(overChild, "quota.gpu");
    assertThat(c.post("/openapi/v1/trainjob", job("gpu-1x", 2)).status()).isEqualTo(201);
    // a CPU-only job asks no GPU and still fits
    assertThat(p.post("/openapi/v1/trainjob", job("cpu-4", 1)).status()).isEqualTo(201);
    refused(p.post("/openapi/v1/trainjob", job("gpu-1x", 1)), "quota.gpu");

    // the organisation's figures: its children's allocation and what its subtree holds
    var figures = adminA.get("/api/v1/orgs/" + parent).data();
    assertThat(figures.path("quota_allocated").path("gpu").asLong()).isEqualTo(3);
    assertThat(figures.path("quota_available").path("gpu").asLong()).isEqualTo(1);
    assertThat(
            figures.path("quota_used").path("gpu").asLong()
                + figures.path("quota_in_flight").path("gpu").asLong())
        .as(figures.toString())
        .isEqualTo(4);

    String jobId = first.data().path("jobId").asString();
    assertThat(p.post("/openapi/v1/trainjob/" + jobId + "/stop", "").status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> p.post("/openapi/v1/trainjob", job("gpu-1x", 2)).status() == 201);
  }

  @Test
  @DisplayName(
      "CMP-tenancy the tenant's own quota is enforced: instances past the tenant total answer 409 naming quota.instances")
  void tenantQuota() throws Exception {
    Http admin = new Http(port);
    Http.Answer edited =
        admin.put("/api/v1/tenants/" + f.tenantB, "{\"quota\":" + quota(1000, 64, 2) + "}");
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    Http b = new Http(port, f.adminBToken);
    assertThat(b.post("/openapi/v1/trainjob", job("cpu-4", 2)).status()).isEqualTo(201);
    refused(b.post("/openapi/v1/trainjob", job("cpu-4", 1)), "quota.instances");
    var t = b.get("/api/v1/tenants/" + f.tenantB).data();
    assertThat(
            t.path("quota_used").path("instances").asLong()
                + t.path("quota_in_flight").path("instances").asLong())
        .as(t.toString())
        .isEqualTo(2);
  }

  @Test
  @DisplayName(
      "CMP-tenancy concurrent job submissions never overshoot an organisation's instance quota")
  void concurrentJobs() throws Exception {
    String org = org("q-conc", f.rootOrgA, quota(100, 0, 4));
    Http u = userIn("q-conc", org);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      calls.add(() -> u.post("/openapi/v1/trainjob", job("cpu-4", 1)).status());
    }
    assertAllAtOnce(calls, 4, 8);
  }

  @Test
  @DisplayName(
      "CMP-tenancy POOL-T12.6 a pool task past its organisation's GPU quota answers 409 naming quota.gpu (not queued); stopping a task releases it; jobs and pool tasks share the quota")
  void poolTaskQuota() throws Exception {
    String org = org("q-pool", f.rootOrgA, quota(100, 2, 20));
    Http u = userIn("q-pool", org);
    Http.Answer first = u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("p1", 60));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("p2", 100)).status())
        .isEqualTo(201);
    Http.Answer over = u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("p3", 10));
    refused(over, "quota.gpu");
    assertThat(u.get("/api/v1/pool/tasks").text()).doesNotContain("\"p3\"");
    String id = first.data().path("id").asString();
    assertThat(u.post("/api/v1/pool/tasks/" + id + "/stop", "").status()).isEqualTo(200);
    assertThat(u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("p3", 10)).status())
        .isEqualTo(201);
    // a job and pool tasks share the organisation's quota
    refused(u.post("/openapi/v1/trainjob", job("gpu-1x", 1)), "quota.gpu");
  }

  @Test
  @DisplayName(
      "CMP-tenancy POOL-T12.6 concurrent pool task submissions never overshoot an organisation's GPU quota")
  void concurrentPoolTasks() throws Exception {
    String org = org("q-pconc", f.rootOrgA, quota(100, 3, 20));
    Http u = userIn("q-pconc", org);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String body = ScopedResourcesTest.poolTask("c" + i, 10);
      calls.add(() -> u.post("/api/v1/pool/tasks", body).status());
    }
    assertAllAtOnce(calls, 3, 7);
  }

  @Test
  @DisplayName(
      "CMP-tenancy CMP-config the quota switch: on by default and shown in the tenant's details; a platform admin turns it off (submissions past the quota are then accepted, usage still reported) and on again; a tenant admin cannot touch it")
  void quotaSwitch() throws Exception {
    Http admin = new Http(port);
    String tenantBody =
        ("{\"name\":\"%s\",\"quota\":%s,\"admin_username\":\"%s\",\"admin_password\":\"%s\"}")
            .formatted(f.name("tenant-sw"), quota(100, 1, 20), f.name("sw-admin"), PW);
    Http.Answer made = admin.post("/api/v1/tenants", tenantBody);
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    String tenant = made.data().path("id").asString();
    assertThat(made.data().path("quota_enforced").asBoolean(false)).isTrue();
    Http sw = new Http(port, TestAuth.login(port, f.name("sw-admin"), PW));
    assertThat(sw.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("sw1", 100)).status())
        .isEqualTo(201);
    refused(sw.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("sw2", 10)), "quota.gpu");

    // a tenant admin may not switch its own quota off
    Http.Answer self = sw.put("/api/v1/tenants/" + tenant, "{\"quota_enforced\":false}");
    assertThat(self.status()).as(self.text()).isEqualTo(403);

    Http.Answer off = admin.put("/api/v1/tenants/" + tenant, "{\"quota_enforced\":false}");
    assertThat(off.status()).as(off.text()).isEqualTo(200);
    assertThat(off.data().path("quota_enforced").asBoolean(true)).isFalse();
    assertThat(off.data().path("quota_total").path("gpu").asLong()).isEqualTo(1);
    assertThat(sw.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("sw2", 10)).status())
        .isEqualTo(201);
    assertThat(sw.post("/openapi/v1/trainjob", job("gpu-1x", 1)).status()).isEqualTo(201);
    var details = sw.get("/api/v1/tenants/" + tenant).data();
    assertThat(details.path("quota_enforced").asBoolean(true)).isFalse();
    assertThat(
            details.path("quota_used").path("gpu").asLong()
                + details.path("quota_in_flight").path("gpu").asLong())
        .as(details.toString())
        .isEqualTo(3);

    Http.Answer on = admin.put("/api/v1/tenants/" + tenant, "{\"quota_enforced\":true}");
    assertThat(on.data().path("quota_enforced").asBoolean(false)).isTrue();
    refused(sw.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("sw3", 10)), "quota.gpu");
    // the platform tenant is never limited, so its switch cannot be turned on
    Http.Answer platform = admin.put("/api/v1/tenants/platform", "{\"quota_enforced\":true}");
    assertThat(platform.status()).as(platform.text()).isEqualTo(400);
    assertThat(platform.body().path("errorMsg").asString()).startsWith("quota_enforced ");
  }

  @Test
  @DisplayName(
      "CMP-tenancy POOL-7.1d growing a pool task's slice past its organisation's GPU quota answers 409 quota.gpu and changes nothing; growing within the whole cards it holds is allowed")
  void resizeRechecksQuota() throws Exception {
    String org = org("q-resize", f.rootOrgA, cards(1));
    Http u = userIn("q-resize", org);
    ScopedResourcesTest.registerPoolNode(port, "resize-" + f.suffix, 2);
    // two cards at 40 % each count as one whole card
    String body = ScopedResourcesTest.poolTask("r1", 40).replace("{", "{\"count\":2,");
    Http.Answer made = u.post("/api/v1/pool/tasks", body);
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    String task = "/api/v1/pool/tasks/" + made.data().path("id").asString();
    Http admin = new Http(port);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !admin.get(task).data().path("state").asString().equals("QUEUED"));
    // 2 x 60 % = 1.2 cards: two whole cards, past the quota of one
    Http.Answer grow = admin.put(task + "/slice", "{\"computePercent\":60,\"memoryMb\":1000}");
    refused(grow, "quota.gpu");
    assertThat(grow.body().path("errorMsg").asString()).contains("q-resize");
    assertThat(admin.get(task).data().path("computePercent").asInt()).isEqualTo(40);
    // 2 x 50 % is still one card
    Http.Answer within = admin.put(task + "/slice", "{\"computePercent\":50,\"memoryMb\":1000}");
    assertThat(within.status()).as(within.text()).isEqualTo(200);
    assertThat(admin.get(task).data().path("computePercent").asInt()).isEqualTo(50);
  }

  @Test
  @DisplayName(
      "CMP-tenancy CMP-config an organisation's quota switch: a platform admin turns it off (its own quota is then not checked, its figures still shown); the tenant admin may not")
  void orgQuotaSwitch() throws Exception {
    String org = org("q-osw", f.rootOrgA, cards(0));
    Http u = userIn("q-osw", org);
    refused(u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("o1", 10)), "quota.gpu");
    Http.Answer self = adminA.put("/api/v1/orgs/" + org, "{\"quota_enforced\":false}");
    assertThat(self.status()).as(self.text()).isEqualTo(403);
    assertThat(adminA.get("/api/v1/orgs/" + org).data().path("quota_enforced").asBoolean(false))
        .isTrue();
    Http admin = new Http(port);
    Http.Answer off =
        admin.put("/api/v1/orgs/" + org + "?tenant_id=" + f.tenantA, "{\"quota_enforced\":false}");
    assertThat(off.status()).as(off.text()).isEqualTo(200);
    assertThat(off.data().path("quota_enforced").asBoolean(true)).isFalse();
    assertThat(u.post("/api/v1/pool/tasks", ScopedResourcesTest.poolTask("o1", 10)).status())
        .isEqualTo(201);
    var figures = adminA.get("/api/v1/orgs/" + org).data();
    assertThat(
            figures.path("quota_used").path("gpu").asLong()
                + figures.path("quota_in_flight").path("gpu").asLong())
        .as(figures.toString())
        .isEqualTo(1);
  }

  /** Sends the calls all at once; that many are accepted (201), the rest refused (409). */
  private static void assertAllAtOnce(List<Callable<Integer>> calls, int accepted, int refused)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> s : pool.invokeAll(calls)) statuses.add(s.get());
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses.stream().filter(s -> s == 201).count())
        .as(statuses.toString())
        .isEqualTo(accepted);
    assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(refused);
  }
}
