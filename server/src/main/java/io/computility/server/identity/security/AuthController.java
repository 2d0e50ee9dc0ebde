package io.computility.server.identity.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.identity.tenancy.RoleRow;
import io.computility.server.identity.tenancy.RoleStore;
import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import io.computility.server.shared.web.ForbiddenException;
import io.computility.server.shared.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Password login, logout, the caller's profile, role switching and own password change. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
public class AuthController {
  private final LoginService login;
  private final TokenStore tokens;
  private final UserStore users;
  private final RoleStore roles;
  private final PasswordEncoder encoder;
  private final java.time.Clock clock;

  public AuthController(
      LoginService login,
      TokenStore tokens,
      UserStore users,
      RoleStore roles,
      PasswordEncoder encoder,
      java.time.Clock clock) {
    this.login = login;
    this.tokens = tokens;
    this.users = users;
    this.roles = roles;
    this.encoder = encoder;
    this.clock = clock;
  }

  /** Login request. */
  public record LoginRequest(String username, String password) {}

  /** An issued bearer token. */
  public record TokenData(
      String token,
      @JsonProperty("token_id") String tokenId,
      @JsonProperty("expires_at") Instant expiresAt,
      @JsonProperty("active_role") String activeRole) {}

  /** The caller. */
  public record MeData(
      @JsonProperty("user_id") String userId,
      String username,
      @JsonProperty("tenant_id") String tenantId,
      @JsonProperty("org_id") String orgId,
      @JsonProperty("active_role") String activeRole,
      List<String> roles,
      List<String> permissions,
      @JsonProperty("data_scope") String dataScope) {}

  public record SwitchRole(@JsonProperty("role_id") String roleId) {}

  public record ChangePassword(
      String username,
      @JsonProperty("old_password") String oldPassword,
      @JsonProperty("new_password") String newPassword) {}

  @PostMapping("/login")
  @Operation(summary = "CMP-security password login; answers a bearer token")
  public ResponseEntity<Envelope<?>> login(
      @RequestBody(required = false) LoginRequest body, HttpServletRequest request) {
    Check.present(body, "body");
    Check.id(body.username(), "username");
    Check.required(body.password(), "password");
    LoginOutcome o = login.login(body.username(), body.password(), request.getRemoteAddr());
    if (LoginOutcome.THROTTLED.equals(o.result())) return throttled(o.retryAt());
    if (!o.ok()) {
      // one answer for an unknown user and a wrong password: it does not say which was wrong
      if ("BAD_CREDENTIALS".equals(o.result())) return invalidCredentials();
      return ResponseEntity.status(403).body(refused(o.result()));
    }
    TokenRow t = o.issued().row();
    return ResponseEntity.ok(
        Envelope.ok(new TokenData(o.issued().token(), t.id(), t.expiresAt(), t.roleId())));
  }

  @PostMapping("/logout")
  @Operation(summary = "Revoke the token this request came with")
  public Envelope<Void> logout() {
    AuthUser me = CurrentUser.get();
    tokens.revoke(me.userId(), me.tokenId());
    return Envelope.ok(null);
  }

  @GetMapping("/me")
  @Operation(summary = "The caller: tenant, organisation, roles, active role and permissions")
  public Envelope<MeData> me() {
    AuthUser me = CurrentUser.get();
    RoleRow role = roles.byId(me.roleId()).orElseThrow();
    return Envelope.ok(
        new MeData(
            me.userId(),
            me.username(),
            me.tenantId(),
            me.orgId(),
            me.roleId(),
            users.roleIds(me.userId()),
            me.permissions().stream().sorted().toList(),
            role.dataScope().name()));
  }

  @PostMapping("/role")
  @Operation(summary = "Switch the active role of this token without logging in again")
  public Envelope<MeData> switchRole(@RequestBody(required = false) SwitchRole body) {
    Check.present(body, "body");
    String roleId = Check.id(body.roleId(), "role_id");
    AuthUser me = CurrentUser.get();
    if (!users.roleIds(me.userId()).contains(roleId)) {
      throw new ForbiddenException("role_id", "is not a role of this user");
    }
    tokens.switchRole(me.tokenId(), roleId);
    RoleRow role = roles.byId(roleId).orElseThrow();
    return Envelope.ok(
        new MeData(
            me.userId(),
            me.username(),
            me.tenantId(),
            me.orgId(),
            roleId,
            users.roleIds(me.userId()),
            role.permissions().stream().sorted().toList(),
            role.dataScope().name()));
  }

  @PostMapping("/password")
  @Operation(summary = "Change one's own password, given the old one (also when it expired)")
  public ResponseEntity<Envelope<?>> changePassword(
      @RequestBody(required = false) ChangePassword body, HttpServletRequest request) {
    Check.present(body, "body");
    Check.id(body.username(), "username");
    Check.required(body.oldPassword(), "old_password");
    login.policy().check(body.newPassword(), "new_password");
    LoginService.PasswordCheck c =
        login.checkPassword(body.username(), body.oldPassword(), request.getRemoteAddr());
    if (LoginOutcome.THROTTLED.equals(c.failure())) return throttled(c.retryAt());
    // the same 400 for an unknown username as for a wrong old password
    if (c.user() == null) {
      throw new InvalidInputException(
          "old_password", "does not match", ErrorReason.BAD_CREDENTIALS, null);
    }
    UserRow u = c.user();
    if (!u.enabled()) throw new ForbiddenException("username", "is disabled");
    if (encoder.matches(body.newPassword(), u.passwordHash())) {
      throw new InvalidInputException("new_password", "must differ from the old password");
    }
    users.setPassword(u.id(), encoder.encode(body.newPassword()), clock.instant());
    tokens.revokeSessions(u.id());
    return ResponseEntity.ok(Envelope.ok(null));
  }

  /**
   * 401 for an unknown user and a wrong password alike; the error data names no field (neither the
   * username nor the password is known to be the wrong one).
   */
  private static ResponseEntity<Envelope<?>> invalidCredentials() {
    return ResponseEntity.status(401)
        .body(
            Envelope.error(
                401,
                "UNAUTHENTICATED",
                "invalid username or password",
                ErrorDetail.of(ErrorReason.BAD_CREDENTIALS, null)));
  }

  /** 403 for a login refused after the password matched: DISABLED, PASSWORD_EXPIRED, NO_ROLE. */
  static Envelope<Void> refused(String result) {
    String msg = "login refused: " + result.toLowerCase().replace('_', ' ');
    return Envelope.error(
        403, result, msg, ErrorDetail.of(ErrorReason.FORBIDDEN, null, "refusal", result));
  }

  /** 429 with Retry-After (whole seconds, rounded up) and the instant in the message. */
  private ResponseEntity<Envelope<?>> throttled(Instant until) {
    Instant at = until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
    long seconds = Math.max(1, java.time.Duration.between(clock.instant(), at).toSeconds());
    return ResponseEntity.status(429)
        .header("Retry-After", Long.toString(seconds))
        .body(
            Envelope.error(
                429,
                "TOO_MANY_ATTEMPTS",
                "too many failed logins; try again after " + at,
                ErrorDetail.of(
                    ErrorReason.LOCKED,
                    null,
                    "until",
                    at.toString(),
                    "retryAfterSeconds",
                    seconds)));
  }
}
