package io.computility.server.tenancy;

import java.time.Instant;

/** An organisation of a tenant's tree; parentId null for the root. */
public record OrgRow(
    String id, String tenantId, String parentId, String name, Quota quota, Instant createdAt) {}
