package io.computility.server.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ISSUE-13 growing login waits")
class FailureCounterTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final FailureCounter.Rule rule =
      new FailureCounter.Rule(3, Duration.ofSeconds(1), Duration.ofSeconds(10));

  @Test
  @DisplayName("ISSUE-13 free failures, then a wait that doubles per failure up to the cap")
  void doubling() {
    FailureCounter c = new FailureCounter(Duration.ofHours(1), 100, clock);
    for (int i = 0; i < 2; i++) c.failed("k");
    assertThat(c.waitUntil("k", rule)).isNull();
    long[] expected = {1, 2, 4, 8, 10, 10};
    for (long seconds : expected) {
      c.failed("k");
      assertThat(c.waitUntil("k", rule)).isEqualTo(now.plusSeconds(seconds));
    }
    now = now.plusSeconds(10);
    assertThat(c.waitUntil("k", rule)).isNull();
    assertThat(c.waitUntil("other", rule)).isNull();
  }

  @Test
  @DisplayName("ISSUE-13 counts are forgotten on success and after forget-after; keys are bounded")
  void forgetting() {
    FailureCounter c = new FailureCounter(Duration.ofMinutes(5), 2, clock);
    for (int i = 0; i < 3; i++) c.failed("a");
    assertThat(c.waitUntil("a", rule)).isNotNull();
    c.forget("a");
    assertThat(c.waitUntil("a", rule)).isNull();
    for (int i = 0; i < 3; i++) c.failed("b");
    now = now.plus(Duration.ofMinutes(6));
    c.failed("b");
    assertThat(c.waitUntil("b", rule)).isNull(); // the old count expired: this is failure one
    c.failed("x");
    for (int i = 0; i < 3; i++) c.failed("y"); // over the bound: not counted
    assertThat(c.waitUntil("y", rule)).isNull();
  }
}
