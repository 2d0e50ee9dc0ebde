package io.computility.server.identity.security;

import io.computility.server.identity.audit.AuditChain;
import io.computility.server.identity.tenancy.PasswordPolicy;
import io.computility.server.identity.tenancy.TenantRow;
import io.computility.server.identity.tenancy.TenantStore;
import io.computility.server.identity.tenancy.UserRow;
import io.computility.server.identity.tenancy.UserStore;
import io.computility.server.shared.config.ComputilityProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password login: throttled per client and account after repeated failures ({@link LoginThrottle}),
 * the same hash work for unknown usernames, disabled users and tenants refused, expired passwords
 * refused, optionally a single session per user; every attempt in the login log.
 */
@Service
public class LoginService {
  private final UserStore users;
  private final TenantStore tenants;
  private final TokenStore tokenStore;
  private final TokenService tokens;
  private final DummyPasswordCheck passwords;
  private final LoginThrottle throttle;
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
      LoginThrottle throttle,
      AuditChain audit,
      ComputilityProperties props,
      Clock clock) {
    this.users = users;
    this.tenants = tenants;
    this.tokenStore = tokenStore;
    this.tokens = tokens;
    this.passwords = new DummyPasswordCheck(encoder);
    this.throttle = throttle;
    this.audit = audit;
    this.settings = props.security();
    this.policy = new PasswordPolicy(settings.password());
    this.clock = clock;
  }

  public PasswordPolicy policy() {
    return policy;
  }

  public LoginOutcome login(String username, String password, String from) {
    PasswordCheck c = checkPassword(username, password, from);
    LoginOutcome outcome =
        c.user() == null
            ? new LoginOutcome(c.failure(), null, null, c.retryAt())
            : attempt(c.user());
    log(username, c.user() == null ? "-" : c.user().tenantId(), from, outcome.result());
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
   * The outcome of a password check: the user when the password matched, otherwise why not
   * (BAD_CREDENTIALS alike for an unknown user and a wrong password, or THROTTLED until retryAt).
   */
  public record PasswordCheck(UserRow user, String failure, Instant retryAt) {}

  /**
   * Checks a password under the throttle: a throttled attempt is refused before any check; an
   * unknown username costs the same hash work as a wrong password and counts the same.
   */
  public PasswordCheck checkPassword(String username, String password, String from) {
    Instant until = throttle.waitUntil(username, from);
    if (until != null) return new PasswordCheck(null, LoginOutcome.THROTTLED, until);
    Optional<UserRow> u = users.byUsername(username);
    if (!passwords.matches(password, u.map(UserRow::passwordHash).orElse(null))) {
      throttle.failed(username, from);
      u.ifPresent(x -> users.failedLogin(x.id()));
      return new PasswordCheck(null, "BAD_CREDENTIALS", null);
    }
    throttle.succeeded(username, from);
    return new PasswordCheck(u.get(), null, null);
  }

  private LoginOutcome attempt(UserRow u) {
    Instant now = clock.instant();
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
