package io.computility.server.identity.tenancy;

/**
 * The sign-in sessions of users. User management ends them when a user is disabled or their
 * password changes; the security package (its token store) implements this.
 */
public interface UserSessions {

  /** Ends every session (not the API tokens) of the user at once. */
  void revokeSessions(String userId);
}
