package io.computility.server.identity.security;

import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against a user's hash, or against a dummy hash when there is no user or no
 * hash, so that an unknown username costs the same hash work as a known one and timing does not
 * tell which usernames exist.
 */
public final class DummyPasswordCheck {
  private final PasswordEncoder encoder;
  private final String dummyHash;

  public DummyPasswordCheck(PasswordEncoder encoder) {
    this.encoder = encoder;
    this.dummyHash = encoder.encode(UUID.randomUUID().toString());
  }

  /** True only when {@code hash} is a real hash and the password matches it. */
  public boolean matches(String password, String hash) {
    String pw = password == null ? "" : password;
    if (hash == null) {
      encoder.matches(pw, dummyHash);
      return false;
    }
    return encoder.matches(pw, hash) && password != null;
  }
}
