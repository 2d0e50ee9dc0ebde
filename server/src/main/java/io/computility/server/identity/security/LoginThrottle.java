package io.computility.server.identity.security;

import io.computility.server.shared.config.ComputilityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login throttling instead of a lock that strangers could trigger (docs/security.md): failures are
 * counted per client address, per (account, client address) and per account; each count past its
 * bound makes further attempts from that key wait, twice as long after every further failure, up to
 * {@code password.lock-duration}. The per-account bound is far higher than the per-(account,
 * client) one, so a client guessing one account does not stop its owner logging in from elsewhere.
 */
@Component
public class LoginThrottle {
  private final FailureCounter counter;
  private final FailureCounter.Rule perClient;
  private final FailureCounter.Rule perAccountClient;
  private final FailureCounter.Rule perAccount;

  public LoginThrottle(
      ComputilityProperties props,
      Clock clock,
      @Value("${computility.security.login-throttle.client-failures:20}") int clientFailures,
      @Value("${computility.security.login-throttle.account-failures:100}") int accountFailures,
      @Value("${computility.security.login-throttle.first-delay:1s}") Duration firstDelay,
      @Value("${computility.security.login-throttle.forget-after:1h}") Duration forgetAfter) {
    ComputilityProperties.Password p = props.security().password();
    Duration max = p.lockDuration().compareTo(firstDelay) < 0 ? firstDelay : p.lockDuration();
    this.counter = new FailureCounter(forgetAfter, 100_000, clock);
    this.perClient = new FailureCounter.Rule(clientFailures, firstDelay, max);
    this.perAccountClient = new FailureCounter.Rule(p.maxFailures(), firstDelay, max);
    this.perAccount = new FailureCounter.Rule(accountFailures, firstDelay, max);
  }

  /** Until when this attempt must wait; null when it may be checked now. */
  public Instant waitUntil(String username, String client) {
    return Stream.of(
            counter.waitUntil(clientKey(client), perClient),
            counter.waitUntil(accountClientKey(username, client), perAccountClient),
            counter.waitUntil(accountKey(username), perAccount))
        .filter(java.util.Objects::nonNull)
        .max(Instant::compareTo)
        .orElse(null);
  }

  /** A wrong password, or an unknown username: the same count either way. */
  public void failed(String username, String client) {
    counter.failed(clientKey(client));
    counter.failed(accountClientKey(username, client));
    counter.failed(accountKey(username));
  }

  /**
   * The right password: the account's counts start over. The client's count stays, so that logging
   * in to one's own account does not reset guessing at others.
   */
  public void succeeded(String username, String client) {
    counter.forget(accountClientKey(username, client));
    counter.forget(accountKey(username));
  }

  private static String clientKey(String client) {
    return "c|" + client;
  }

  private static String accountKey(String username) {
    return "a|" + username.toLowerCase(Locale.ROOT);
  }

  private static String accountClientKey(String username, String client) {
    return accountKey(username) + "|" + client;
  }
}
