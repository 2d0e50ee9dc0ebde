/**
 * Who may do what: tenants, organisations, users, roles and quotas ({@code tenancy}), sign-in,
 * tokens, OIDC and endpoint permissions ({@code security}), and the tamper-evident operation log
 * ({@code audit}). This package holds the published principal: {@link AuthUser}, {@link
 * CurrentUser}, {@link Permission}s and the data scope ({@link ScopeFilter}). Other contexts may
 * also use the types of {@code tenancy} marked {@code @NamedInterface("tenancy")}.
 */
@ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"shared"})
package io.computility.server.identity;

import org.springframework.modulith.ApplicationModule;
