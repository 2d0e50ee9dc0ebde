package io.computility.server.identity.security;

/**
 * What a login attempt came to: a token, or why not. Every outcome goes to the login log.
 *
 * @param result OK, BAD_CREDENTIALS, THROTTLED, DISABLED, PASSWORD_EXPIRED, NO_ROLE
 * @param issued the token when result is OK
 * @param retryAt when THROTTLED: the earliest instant the next attempt is checked
 */
public record LoginOutcome(
    String result, TokenService.Issued issued, String userId, java.time.Instant retryAt) {
  public static final String OK = "OK";
  public static final String THROTTLED = "THROTTLED";

  public LoginOutcome(String result, TokenService.Issued issued, String userId) {
    this(result, issued, userId, null);
  }

  public boolean ok() {
    return OK.equals(result);
  }
}
