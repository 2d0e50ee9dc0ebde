package io.computility.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 finding 6: scheduling metrics showed platform-wide counters to every tenant. */
class SchedulingMetricsScopeTest extends FederationTestBase {
  private static final String JOB =
      "{\"name\":\"m\",\"tasks\":[{\"name\":\"t\",\"command\":\"sleep 1\",\"imageId\":\"pytorch-2.3\","
          + "\"resourceSpecId\":\"cpu-4\",\"replicaNumber\":1}]}";

  @Test
  @DisplayName(
      "ISSUE-13 a tenant's /api/v1/scheduling/metrics counts only its own jobs; the platform"
          + " admin's counts every job")
  void tenantSeesOwnMetrics() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Http admin = new Http(port);
    String tenant =
        "{\"name\":\"m-"
            + suffix
            + "\",\"quota\":{\"cpu\":100,\"memory_mb\":100000,\"disk_gb\":10,\"instances\":10,"
            + "\"gpu\":1},\"admin_username\":\"m-admin-"
            + suffix
            + "\",\"admin_password\":\"Tenant-Pw-123\"}";
    assertThat(admin.post("/api/v1/tenants", tenant).status()).isEqualTo(201);
    Http tenantAdmin = new Http(port, TestAuth.login(port, "m-admin-" + suffix, "Tenant-Pw-123"));

    assertThat(admin.post("/openapi/v1/trainjob", JOB).status()).isEqualTo(201);
    assertThat(admin.post("/openapi/v1/trainjob", JOB).status()).isEqualTo(201);
    Http.Answer own = tenantAdmin.post("/openapi/v1/trainjob", JOB);
    assertThat(own.status()).as(own.text()).isEqualTo(201);

    Http.Answer mine = tenantAdmin.get("/api/v1/scheduling/metrics");
    assertThat(mine.status()).as(mine.text()).isEqualTo(200);
    assertThat(mine.data().path("submitted").asLong()).isEqualTo(1);
    assertThat(admin.get("/api/v1/scheduling/metrics").data().path("submitted").asLong())
        .isGreaterThanOrEqualTo(3);
  }
}
