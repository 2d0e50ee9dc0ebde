package io.computility.server.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@DisplayName("ISSUE-13 equal hash work for unknown and known usernames")
class DummyPasswordCheckTest {

  /** A real bcrypt encoder that counts its password checks. */
  static final class CountingEncoder implements PasswordEncoder {
    final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final AtomicInteger matches = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      matches.incrementAndGet();
      return bcrypt.matches(raw, encoded);
    }
  }

  @Test
  @DisplayName(
      "ISSUE-13 no user, no hash or no password: one bcrypt check all the same, never a match")
  void dummyCheck() {
    CountingEncoder enc = new CountingEncoder();
    DummyPasswordCheck check = new DummyPasswordCheck(enc);
    String hash = enc.encode("Right-Pw-1");
    assertThat(check.matches("Right-Pw-1", hash)).isTrue();
    assertThat(check.matches("Wrong-Pw-1", hash)).isFalse();
    assertThat(check.matches("Right-Pw-1", null)).isFalse();
    assertThat(check.matches(null, hash)).isFalse();
    assertThat(check.matches(null, null)).isFalse();
    assertThat(enc.matches.get()).isEqualTo(5);
  }
}
