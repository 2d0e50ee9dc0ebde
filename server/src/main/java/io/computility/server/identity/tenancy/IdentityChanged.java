package io.computility.server.identity.tenancy;

/**
 * Published by every write that can change what a bearer token resolves to: a token revoked or
 * switched to another role, a user or tenant disabled, deleted, moved or given other roles, a
 * role's permissions or an organisation tree changed. The principal cache drops what it holds once
 * the change commits.
 *
 * @param what a short description for the log, e.g. "user u-1 disabled"
 */
public record IdentityChanged(String what) {}
