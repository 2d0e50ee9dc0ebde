package io.computility.core.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(4, Duration.ofMillis(1), Duration.ofMillis(3));

  @Test
  @DisplayName("JC-6.4 waits double after each failure, capped at max")
  void delaysDoubleUpToMax() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(1));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(2));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(3));
    assertThat(backoff.delayAfter(30)).isEqualTo(Duration.ofMillis(3));
  }

  @Test
  @DisplayName("JC-6.4 transient failures are retried until a call succeeds")
  void retriesTransientFailures() {
    AtomicInteger calls = new AtomicInteger();
    String r =
        backoff.call(
            () -> {
              if (calls.incrementAndGet() < 3) throw new AdapterException("503", true);
              return "ok";
            });
    assertThat(r).isEqualTo("ok");
    assertThat(calls).hasValue(3);
  }

  @Test
  @DisplayName("JC-6.4 after the last attempt the transient failure surfaces; refusals at once")
  void givesUp() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                backoff.call(
                    () -> {
                      calls.incrementAndGet();
                      throw new AdapterException("timeout", true);
                    }))
        .hasMessage("timeout");
    assertThat(calls).hasValue(4);
    calls.set(0);
    assertThatThrownBy(
            () ->
                backoff.call(
                    () -> {
                      calls.incrementAndGet();
                      throw new AdapterException("bad image", false);
                    }))
        .hasMessage("bad image");
    assertThat(calls).hasValue(1);
  }

  @Test
  @DisplayName("JC-6.4 settings are validated")
  void validates() {
    assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("attempts");
    assertThatThrownBy(() -> new Backoff(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("max");
  }
}
