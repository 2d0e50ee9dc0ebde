package io.computility.server.identity.tenancy;

import java.time.Instant;

/** A tenant as stored. */
public record TenantRow(
    String id,
    String name,
    String desc,
    boolean platform,
    boolean enabled,
    Quota quota,
    boolean quotaEnforced,
    Instant createdAt,
    Instant updatedAt) {}
