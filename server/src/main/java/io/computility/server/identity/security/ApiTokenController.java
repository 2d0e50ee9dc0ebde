package io.computility.server.identity.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens for the JC API, the CLI and machines (node agents and peer platforms log in
 * as a user holding the platform-agent role and use such a token). A token acts with one of its
 * owner's roles; the secret is shown once.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Authentication")
public class ApiTokenController {
  private final TokenService tokens;
  private final TokenStore store;
  private final UserStore users;
  private final Duration maxTtl;
  private final Clock clock;

  public ApiTokenController(
      TokenService tokens,
      TokenStore store,
      UserStore users,
      ComputilityProperties props,
      Clock clock) {
    this.tokens = tokens;
    this.store = store;
    this.users = users;
    this.maxTtl = props.security().apiTokenTtl();
    this.clock = clock;
  }

  /** A token request; role_id defaults to the caller's active role, ttl_days 0 = no expiry. */
  public record NewToken(
      String name,
      @JsonProperty("role_id") String roleId,
      @JsonProperty("ttl_days") Integer ttlDays) {}

  public record TokenInfo(
      @JsonProperty("token_id") String tokenId,
      String name,
      @JsonProperty("role_id") String roleId,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("expires_at") Instant expiresAt,
      String token) {}

  @PostMapping
  @Operation(summary = "Create a personal API token; the secret is in this answer only")
  public ResponseEntity<Envelope<TokenInfo>> create(@RequestBody(required = false) NewToken body) {
    Check.present(body, "body");
    String name = Check.text(body.name(), "name", 128);
    AuthUser me = CurrentUser.get();
    String role = body.roleId() == null ? me.roleId() : Check.id(body.roleId(), "role_id");
    if (!users.roleIds(me.userId()).contains(role)) {
      throw new ForbiddenException("role_id", "is not a role of this user");
    }
    int days = body.ttlDays() == null ? 0 : body.ttlDays();
    if (days < 0 || days > 3650) throw Check.bad("ttl_days", "must be between 0 and 3650");
    Instant expires = days == 0 ? null : clock.instant().plus(Duration.ofDays(days));
    if (!maxTtl.isZero()) {
      Instant cap = clock.instant().plus(maxTtl);
      if (expires == null || expires.isAfter(cap)) expires = cap;
    }
    TokenService.Issued t = tokens.issue(me.userId(), TokenRow.API, name, role, expires);
    return ResponseEntity.status(201).body(Envelope.created(info(t.row(), t.token())));
  }

  @GetMapping
  @Operation(summary = "The caller's live API tokens (without secrets)")
  public Envelope<List<TokenInfo>> list() {
    return Envelope.ok(
        store.apiTokens(CurrentUser.get().userId()).stream().map(t -> info(t, null)).toList());
  }

  @DeleteMapping("/{tokenId}")
  @Operation(summary = "Revoke one of the caller's tokens")
  public Envelope<Void> revoke(@PathVariable String tokenId) {
    Check.id(tokenId, "tokenId");
    if (!store.revoke(CurrentUser.get().userId(), tokenId)) {
      throw new NotFoundException("tokenId", "no token '" + tokenId + "' of yours");
    }
    return Envelope.ok(null);
  }

  private static TokenInfo info(TokenRow t, String secret) {
    return new TokenInfo(t.id(), t.name(), t.roleId(), t.createdAt(), t.expiresAt(), secret);
  }
}
