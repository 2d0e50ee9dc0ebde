package io.computility.server.identity.tenancy;

import java.time.Instant;

/**
 * An organisation of a tenant's tree; parentId null for the root. {@code quotaEnforced}: its quota
 * switch, checked at submission only while on.
 */
public record OrgRow(
    String id,
    String tenantId,
    String parentId,
    String name,
    Quota quota,
    boolean quotaEnforced,
    Instant createdAt) {}
