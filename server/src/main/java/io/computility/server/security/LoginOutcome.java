package io.computility.server.security;

/**
 * What a login attempt came to: a token, or why not. Every outcome goes to the login log.
 *
 * @param result OK, BAD_CREDENTIALS, LOCKED, DISABLED, PASSWORD_EXPIRED
 * @param issued the token when result is OK
 */
public record LoginOutcome(String result, TokenService.Issued issued, String userId) {
  public static final String OK = "OK";

  public boolean ok() {
    return OK.equals(result);
  }
}
