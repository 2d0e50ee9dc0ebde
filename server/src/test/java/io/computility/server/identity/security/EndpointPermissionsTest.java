package io.computility.server.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.identity.Permission;
import io.computility.server.identity.Permissions;
import io.computility.server.identity.tenancy.BuiltinRoles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CMP-security the endpoint permission map")
class EndpointPermissionsTest {

  private static String need(String method, String path) {
    return EndpointPermissions.find(method, path).map(r -> r.requirement()).orElse("none");
  }

  @Test
  @DisplayName("CMP-security reads and writes of one resource need the page and the button code")
  void pageAndButton() {
    assertThat(need("GET", "/api/v1/policies/default")).isEqualTo(Permissions.POLICY_READ);
    assertThat(need("PUT", "/api/v1/policies/default")).isEqualTo(Permissions.POLICY_WRITE);
    assertThat(need("POST", "/openapi/v1/trainjob")).isEqualTo(Permissions.JOB_SUBMIT);
    assertThat(need("POST", "/openapi/v1/trainjob/j-1/stop")).isEqualTo(Permissions.JOB_STOP);
    assertThat(need("POST", "/api/v1/pool/agents/n1/heartbeat")).isEqualTo(Permissions.POOL_AGENT);
    assertThat(need("PATCH", "/api/v1/pool/nodes/n1")).isEqualTo(Permissions.POOL_WRITE);
    assertThat(need("GET", "/api/v1/tier/summary")).isEqualTo(Permissions.TIER_READ);
    assertThat(need("POST", "/api/v1/monitoring/samples")).isEqualTo(Permissions.MONITOR_PUSH);
    assertThat(need("POST", "/api/v1/monitoring/logs")).isEqualTo(Permissions.MONITOR_PUSH);
    assertThat(need("GET", "/api/v1/monitoring/logs")).isEqualTo(Permissions.MONITOR_READ);
    assertThat(need("POST", "/api/v1/monitoring/rules")).isEqualTo(Permissions.MONITOR_WRITE);
    assertThat(need("POST", "/api/v1/monitoring/alerts/a-1/ack"))
        .isEqualTo(Permissions.MONITOR_WRITE);
  }

  @Test
  @DisplayName(
      "CMP-tenancy tenants submit and stop pool tasks and write private specs; visibility lists of centers and platform specs are platform-side")
  void scopedResources() {
    assertThat(need("POST", "/api/v1/pool/tasks")).isEqualTo(Permissions.POOL_TASK_SUBMIT);
    assertThat(need("POST", "/api/v1/pool/tasks/t1/stop")).isEqualTo(Permissions.POOL_TASK_STOP);
    assertThat(need("GET", "/api/v1/pool/tasks/t1/logs")).isEqualTo(Permissions.POOL_TASK_READ);
    assertThat(need("PUT", "/api/v1/pool/tasks/t1/slice")).isEqualTo(Permissions.POOL_WRITE);
    assertThat(need("PUT", "/api/v1/specs/s1")).isEqualTo(Permissions.SPEC_WRITE);
    assertThat(need("PUT", "/api/v1/specs/s1/tenants")).isEqualTo(Permissions.CATALOG_WRITE);
    assertThat(need("GET", "/api/v1/specs/s1/tenants")).isEqualTo(Permissions.CATALOG_WRITE);
    assertThat(need("PUT", "/api/v1/centers/c1/tenants")).isEqualTo(Permissions.CENTER_WRITE);
    assertThat(Permissions.find(Permissions.CENTER_WRITE).orElseThrow().side())
        .isEqualTo(Permission.Side.PLATFORM);
    assertThat(Permissions.find(Permissions.SPEC_WRITE).orElseThrow().side())
        .isEqualTo(Permission.Side.TENANT);
  }

  @Test
  @DisplayName(
      "CMP-security POOL-T12.23 migrating a pool task is an operator's pool:write; the checkpoint hand-over is the agents' pool:agent; pool quota, spec and group lists are pool:read")
  void migrationAndPoolLists() {
    assertThat(need("POST", "/api/v1/pool/tasks/t1/migrate")).isEqualTo(Permissions.POOL_WRITE);
    for (String m : new String[] {"GET", "PUT"}) {
      assertThat(need(m, "/api/v1/pool/agents/n1/checkpoints/t1"))
          .isEqualTo(Permissions.POOL_AGENT);
    }
    assertThat(need("POST", "/api/v1/pool/agents/n1/checkpoints/t1/failure"))
        .isEqualTo(Permissions.POOL_AGENT);
    for (String list : new String[] {"quotas", "specs", "groups"}) {
      assertThat(need("GET", "/api/v1/pool/" + list)).isEqualTo(Permissions.POOL_READ);
    }
    assertThat(need("PUT", "/api/v1/tenants/t1")).isEqualTo(Permissions.TENANT_WRITE);
    assertThat(Permissions.find(Permissions.POOL_AGENT).orElseThrow().side())
        .isEqualTo(Permission.Side.PLATFORM);
    assertThat(Permissions.find(Permissions.TENANT_WRITE).orElseThrow().side())
        .isEqualTo(Permission.Side.PLATFORM);
  }

  @Test
  @DisplayName(
      "CMP-security the machine role (node agents, peer tiers) may report to the pool, push"
          + " monitoring data and read a tier, but not change rules, users or the pool")
  void machineRole() {
    var agent =
        BuiltinRoles.all(java.time.Instant.EPOCH).stream()
            .filter(r -> r.id().equals(BuiltinRoles.PLATFORM_AGENT))
            .findFirst()
            .orElseThrow()
            .permissions();
    assertThat(agent)
        .contains(need("POST", "/api/v1/pool/agents"))
        .contains(need("POST", "/api/v1/monitoring/samples"))
        .contains(need("POST", "/api/v1/monitoring/events"))
        .contains(need("GET", "/api/v1/tier/summary"))
        .doesNotContain(need("POST", "/api/v1/monitoring/rules"))
        .doesNotContain(need("POST", "/api/v1/users"))
        .doesNotContain(need("PATCH", "/api/v1/pool/nodes/n1"));
  }

  @Test
  @DisplayName(
      "CMP-security console files are public; an undeclared API path has no rule (platform admin only)")
  void consoleAndUndeclared() {
    assertThat(need("GET", "/")).isEqualTo(EndpointPermissions.PUBLIC);
    assertThat(need("GET", "/assets/index.js")).isEqualTo(EndpointPermissions.PUBLIC);
    assertThat(need("GET", "/api/v1/unknown")).isEqualTo("none");
    assertThat(need("POST", "/somewhere")).isEqualTo("none");
    assertThat(need("GET", "/actuator/metrics")).isEqualTo(Permissions.SYSTEM_READ);
  }

  @Test
  @DisplayName(
      "NET-8.2 NET-8.3 market: tenants browse the marketplace, providers register their products,"
          + " operators keep categories, shelves and lifecycle")
  void market() {
    assertThat(need("GET", "/api/v1/market/offers")).isEqualTo(Permissions.MARKETPLACE_READ);
    assertThat(need("GET", "/api/v1/market/categories")).isEqualTo(Permissions.MARKETPLACE_READ);
    assertThat(need("POST", "/api/v1/market/categories")).isEqualTo(Permissions.PRODUCT_WRITE);
    assertThat(need("DELETE", "/api/v1/market/categories/c1")).isEqualTo(Permissions.PRODUCT_WRITE);
    assertThat(need("GET", "/api/v1/market/products/p1")).isEqualTo(Permissions.PRODUCT_READ);
    assertThat(need("POST", "/api/v1/market/products")).isEqualTo(Permissions.PRODUCT_REGISTER);
    assertThat(need("PUT", "/api/v1/market/products/p1")).isEqualTo(Permissions.PRODUCT_REGISTER);
    assertThat(need("PUT", "/api/v1/market/products/p1/shelf"))
        .isEqualTo(Permissions.PRODUCT_WRITE);
    assertThat(need("POST", "/api/v1/market/products/p1/transition"))
        .isEqualTo(Permissions.PRODUCT_WRITE);
    var roles = BuiltinRoles.all(java.time.Instant.EPOCH);
    for (var r : roles) {
      if (r.id().startsWith("tenant-")) {
        assertThat(r.permissions()).as(r.id()).contains(Permissions.MARKETPLACE_READ);
        assertThat(r.permissions()).as(r.id()).doesNotContain(Permissions.PRODUCT_READ);
      }
      if (r.id().equals(BuiltinRoles.PLATFORM_AGENT)) {
        assertThat(r.permissions())
            .contains(Permissions.PRODUCT_REGISTER)
            .doesNotContain(Permissions.PRODUCT_WRITE);
      }
    }
  }
}
