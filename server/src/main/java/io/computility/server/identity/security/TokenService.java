package io.computility.server.identity.security;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.Ids;
import io.computility.server.identity.tenancy.RoleRow;
import io.computility.server.identity.tenancy.RoleStore;
import io.computility.server.identity.tenancy.ScopeResolver;
import io.computility.server.identity.tenancy.TenantStore;
import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Issues opaque bearer tokens ({@code cty_…}, 256 random bits; only their SHA-256 is stored) and
 * turns a presented token into the caller, checking on every request that the token is live, the
 * user and tenant enabled and the role still held.
 */
@Service
public class TokenService {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TokenStore tokens;
  private final UserStore users;
  private final RoleStore roles;
  private final TenantStore tenants;
  private final ScopeResolver scopes;
  private final Clock clock;
  private final PrincipalCache cache;

  public TokenService(
      TokenStore tokens,
      UserStore users,
      RoleStore roles,
      TenantStore tenants,
      ScopeResolver scopes,
      Clock clock,
      PrincipalCache cache) {
    this.cache = cache;
    this.tokens = tokens;
    this.users = users;
    this.roles = roles;
    this.tenants = tenants;
    this.scopes = scopes;
    this.clock = clock;
  }

  /** An issued token: the secret (shown once) and its stored row. */
  public record Issued(String token, TokenRow row) {}

  public Issued issue(String userId, String kind, String name, String roleId, Instant expiresAt) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "cty_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    TokenRow row =
        new TokenRow(
            Ids.next("tok"), userId, kind, name, roleId, clock.instant(), expiresAt, false);
    tokens.insert(row, hash(token));
    return new Issued(token, row);
  }

  /**
   * Registers a secret chosen by configuration (the machine token) as an API token of the user,
   * unless it is registered already.
   */
  public void register(String userId, String roleId, String name, String secret) {
    if (!secret.startsWith("cty_") || secret.length() < 24) {
      throw new IllegalStateException(
          "computility.security.agent-token must start with cty_ and have at least 24 characters");
    }
    if (tokens.exists(hash(secret))) return;
    TokenRow row =
        new TokenRow(
            Ids.next("tok"), userId, TokenRow.API, name, roleId, clock.instant(), null, false);
    tokens.insert(row, hash(secret));
  }

  /**
   * The caller a token stands for. Answered from {@link PrincipalCache} in the common case; a cache
   * miss checks that the token is live, the user and tenant enabled and the role still held.
   */
  public Optional<AuthUser> authenticate(String token) {
    if (token == null || !token.startsWith("cty_")) return Optional.empty();
    String hash = hash(token);
    PrincipalCache.Entry e = cache.get(hash, () -> load(hash));
    if (e == null) return Optional.empty();
    if (e.expiresAt() != null && !e.expiresAt().isAfter(clock.instant())) {
      cache.forget(hash);
      return Optional.empty();
    }
    return Optional.of(e.user());
  }

  private PrincipalCache.Entry load(String hash) {
    Optional<TokenRow> t = tokens.live(hash, clock.instant());
    if (t.isEmpty()) return null;
    Optional<UserRow> user = users.byId(t.get().userId()).filter(UserRow::enabled);
    if (user.isEmpty()) return null;
    boolean tenantEnabled = tenants.find(user.get().tenantId()).map(x -> x.enabled()).orElse(false);
    if (!tenantEnabled || !users.roleIds(user.get().id()).contains(t.get().roleId())) {
      return null;
    }
    return roles
        .byId(t.get().roleId())
        .map(
            r ->
                new PrincipalCache.Entry(
                    principal(user.get(), r, t.get().id()), t.get().expiresAt()))
        .orElse(null);
  }

  public AuthUser principal(UserRow u, RoleRow r, String tokenId) {
    return new AuthUser(
        u.id(),
        u.username(),
        u.tenantId(),
        u.orgId(),
        r.id(),
        r.platformSide(),
        r.readOnly(),
        java.util.Set.copyOf(r.permissions()),
        scopes.resolve(u, r),
        tokenId);
  }

  static String sha256Base64Url(String text) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hash(String token) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
