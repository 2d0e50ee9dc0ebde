package io.computility.server.identity.security;

import java.time.Instant;

/** A bearer token as stored (only its hash); kind SESSION (login) or API (personal token). */
public record TokenRow(
    String id,
    String userId,
    String kind,
    String name,
    String roleId,
    Instant createdAt,
    Instant expiresAt,
    boolean revoked) {

  public static final String SESSION = "SESSION";
  public static final String API = "API";
}
