package io.computility.server.security;

import io.computility.server.audit.AuditChain;
import io.computility.server.config.ComputilityProperties;
import io.computility.server.tenancy.TenantRow;
import io.computility.server.tenancy.TenantStore;
import io.computility.server.tenancy.UserRow;
import io.computility.server.tenancy.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password login: lockout after repeated failures, disabled users and tenants refused, expired
 * passwords refused, optionally a single session per user; every attempt in the login log.
 */
@Service
public class LoginService {
  private final UserStore users;
  private final TenantStore tenants;
  private final TokenStore tokenStore;
  private final TokenService tokens;
  private final PasswordEncoder encoder;
  private final AuditChain audit;
  private final ComputilityProperties.Security settings;
  private final PasswordPolicy policy;
  private final Clock clock;

  public LoginService(
      UserStore users,
      TenantStore tenants,
      TokenStore tokenStore,
      TokenService tokens,
      PasswordEncoder encoder,
      AuditChain audit,
      ComputilityProperties props,
      Clock clock) {
    this.users = users;
    this.tenants = tenants;
    this.tokenStore = tokenStore;
    this.tokens = tokens;
    this.encoder = encoder;
    this.audit = audit;
    this.settings = props.security();
    this.policy = new PasswordPolicy(settings.password());
    this.clock = clock;
  }

  public PasswordPolicy policy() {
    return policy;
  }

  public LoginOutcome login(String username, String password, String from) {
    Optional<UserRow> found = users.byUsername(username);
    LoginOutcome outcome = found.map(u -> attempt(u, password)).orElse(refused("BAD_CREDENTIALS"));
    log(username, found.map(UserRow::tenantId).orElse("-"), from, outcome.result());
    return outcome;
  }

  /** Logs in a user an external provider vouched for (OIDC); the same checks but no password. */
  public LoginOutcome trusted(UserRow u, String from) {
    LoginOutcome outcome = usable(u) ? session(u) : refused("DISABLED");
    log(u.username(), u.tenantId(), from, "OIDC_" + outcome.result());
    return outcome;
  }

  /** Logs an OIDC login refused before any user was found (e.g. UNKNOWN_USER). */
  public void refusedOidc(String username, String from, String result) {
    log(username, "-", from, "OIDC_" + result);
  }

  /**
   * Checks a password with the lockout rules (a wrong one counts as a failure); null when it
   * matches, otherwise LOCKED or BAD_CREDENTIALS.
   */
  public String checkPassword(UserRow u, String password) {
    Instant now = clock.instant();
    if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) return "LOCKED";
    if (u.passwordHash() == null
        || password == null
        || !encoder.matches(password, u.passwordHash())) {
      ComputilityProperties.Password p = settings.password();
      users.failedLogin(u.id(), p.maxFailures(), now.plus(p.lockDuration()));
      return "BAD_CREDENTIALS";
    }
    return null;
  }

  private LoginOutcome attempt(UserRow u, String password) {
    Instant now = clock.instant();
    String failed = checkPassword(u, password);
    if (failed != null) return refused(failed);
    if (!usable(u)) return refused("DISABLED");
    if (policy.expired(u.passwordChangedAt(), now)) return refused("PASSWORD_EXPIRED");
    users.loggedIn(u.id());
    return session(u);
  }

  private boolean usable(UserRow u) {
    return u.enabled() && tenants.find(u.tenantId()).map(TenantRow::enabled).orElse(false);
  }

  private LoginOutcome session(UserRow u) {
    List<String> roles = users.roleIds(u.id());
    if (roles.isEmpty()) return refused("NO_ROLE");
    if (settings.password().singleSession()) tokenStore.revokeSessions(u.id());
    Instant expires = clock.instant().plus(settings.sessionTtl());
    return new LoginOutcome(
        LoginOutcome.OK,
        tokens.issue(u.id(), TokenRow.SESSION, "login", roles.get(0), expires),
        u.id());
  }

  private static LoginOutcome refused(String why) {
    return new LoginOutcome(why, null, null);
  }

  private void log(String username, String tenantId, String from, String result) {
    audit.append(
        new AuditChain.Event("LOGIN", username, tenantId, "login", username, from, result));
  }
}
