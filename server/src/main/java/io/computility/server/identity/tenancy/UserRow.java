package io.computility.server.identity.tenancy;

import java.time.Instant;

/** A user as stored; passwordHash is a DelegatingPasswordEncoder value ({bcrypt}…). */
public record UserRow(
    String id,
    String tenantId,
    String orgId,
    String username,
    String displayName,
    String passwordHash,
    boolean enabled,
    Instant passwordChangedAt,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt) {}
