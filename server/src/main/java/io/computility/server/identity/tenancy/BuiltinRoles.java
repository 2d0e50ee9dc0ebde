package io.computility.server.identity.tenancy;

import static io.computility.server.identity.Permissions.*;

import io.computility.server.identity.DataScope;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The roles every installation has; they cannot be deleted or changed through the API. */
public final class BuiltinRoles {

  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String PLATFORM_AUDITOR = "platform-auditor";
  public static final String PLATFORM_AGENT = "platform-agent";
  public static final String PLATFORM_OPERATOR = "platform-operator";
  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String TENANT_USER = "tenant-user";
  public static final String TENANT_VIEWER = "tenant-viewer";

  private BuiltinRoles() {}

  public static List<RoleRow> all(Instant now) {
    return List.of(
        role(
            PLATFORM_ADMIN,
            "Platform administrator",
            true,
            false,
            DataScope.ALL,
            codes(true, false),
            now),
        role(
            PLATFORM_AUDITOR,
            "Platform auditor (read-only)",
            true,
            true,
            DataScope.ALL,
            codes(true, true),
            now),
        role(
            PLATFORM_AGENT,
            "Node agent or peer platform (machine)",
            true,
            false,
            DataScope.ALL,
            Set.of(
                "pool",
                POOL_READ,
                POOL_AGENT,
                POOL_TASK_READ,
                POOL_TASK_SUBMIT,
                POOL_TASK_STOP,
                "monitoring",
                MONITOR_READ,
                MONITOR_PUSH,
                "tier",
                TIER_READ,
                TIER_WRITE,
                "federation",
                CENTER_READ,
                CATALOG_READ,
                JOB_READ,
                JOB_SUBMIT,
                JOB_STOP,
                "market",
                MARKETPLACE_READ,
                "operations",
                PRODUCT_READ,
                PRODUCT_REGISTER),
            now),
        role(
            PLATFORM_OPERATOR,
            "Platform operator (applications and approvals)",
            true,
            false,
            DataScope.ALL,
            Set.of(
                "apply",
                APPLY_READ,
                APPROVAL_READ,
                APPROVAL_ACT,
                "approval",
                APPLICATION_ALL_READ,
                APPLICATION_IMPORT,
                APPROVAL_FLOW_READ),
            now),
        role(
            TENANT_ADMIN,
            "Tenant administrator",
            false,
            false,
            DataScope.TENANT,
            codes(false, false),
            now),
        role(
            TENANT_USER,
            "Tenant user",
            false,
            false,
            DataScope.SELF,
            Set.of(
                "federation",
                CENTER_READ,
                CATALOG_READ,
                JOB_READ,
                JOB_SUBMIT,
                JOB_STOP,
                POOL_TASK_READ,
                POOL_TASK_SUBMIT,
                POOL_TASK_STOP,
                POLICY_READ,
                "support",
                TICKET_READ,
                TICKET_WRITE,
                NOTICE_READ,
                "market",
                MARKETPLACE_READ,
                ORDER_READ,
                ORDER_WRITE,
                DEMAND_READ,
                DEMAND_WRITE,
                "apply",
                APPLY_READ,
                APPLY_WRITE,
                APPROVAL_READ,
                APPROVAL_ACT),
            now),
        role(
            TENANT_VIEWER,
            "Tenant viewer (read-only)",
            false,
            true,
            DataScope.ORG_AND_CHILDREN,
            codes(false, true),
            now));
  }

  private static RoleRow role(
      String id,
      String name,
      boolean platform,
      boolean readOnly,
      DataScope scope,
      Set<String> permissions,
      Instant now) {
    return new RoleRow(
        id,
        null,
        name,
        platform ? "PLATFORM" : "TENANT",
        true,
        readOnly,
        scope,
        List.of(),
        permissions,
        now);
  }
}
