/** Tenants, organisations, users, roles, business systems, data scopes and quotas (CMP-tenancy). */
package io.computility.server.identity.tenancy;
