package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.computility.adapter.peer.PeerCenterAdapter;
import io.computility.core.adapter.AdapterException;
import io.computility.core.center.CenterStatus;
import io.computility.server.testsupport.PeerConfigBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Timeouts, 5xx and expired credentials of a remote center, against a mock HTTP backend. */
class PeerRetryMockTest {
  private final MockTierBackend backend;
  private final PeerCenterAdapter adapter;

  PeerRetryMockTest() throws Exception {
    backend = new MockTierBackend();
    adapter =
        new PeerCenterAdapter(
            PeerConfigBuilder.peer("mock", backend.url())
                .token("secret-token")
                .callTimeout(Duration.ofMillis(300))
                .pollInterval(Duration.ofSeconds(10))
                .backoff(3, 20, 50)
                .build());
  }

  @AfterEach
  void close() {
    adapter.close();
    backend.close();
  }

  @Test
  @DisplayName("JC-6.4 mock HTTP backend: two 503 answers are retried, the third call succeeds")
  void serverErrorsAreRetried() {
    backend.failNext(2, 503);
    assertThat(adapter.snapshot().free().gpu()).isEqualTo(8);
    assertThat(backend.calls).hasValue(3);
    assertThat(backend.authorizations).containsOnly("Bearer secret-token");
  }

  @Test
  @DisplayName(
      "JC-6.1.1 JC-6.4 mock HTTP backend: lasting 5xx, expired credentials (401) and timeouts"
          + " surface as transient failures after every attempt; status 2 (unknown)")
  void lastingFailuresSurface() {
    for (int status : new int[] {500, 401}) {
      backend.calls.set(0);
      backend.failNext(-1, status);
      Throwable t = catchThrowable(adapter::snapshot);
      assertThat(t)
          .isInstanceOfSatisfying(
              AdapterException.class, e -> assertThat(e.transientFailure()).isTrue())
          .hasMessageContaining(String.valueOf(status));
      assertThat(backend.calls).as("attempts after %s", status).hasValue(3);
      assertThat(adapter.describe().center().status()).isEqualTo(CenterStatus.UNKNOWN);
    }
    assertThat(catchThrowable(adapter::snapshot)).hasMessageContaining("credentials");
    backend.healthy();
    backend.delay(1000);
    Throwable slow = catchThrowable(adapter::snapshot);
    assertThat(slow)
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isTrue());
    backend.delay(0);
    assertThat(adapter.describe().center().status()).isEqualTo(CenterStatus.AVAILABLE);
  }

  @Test
  @DisplayName("JC-6.4 mock HTTP backend: a refused request (400) is not retried")
  void refusalsAreNotRetried() {
    backend.failNext(-1, 400);
    Throwable t = catchThrowable(adapter::images);
    assertThat(t)
        .isInstanceOfSatisfying(
            AdapterException.class, e -> assertThat(e.transientFailure()).isFalse());
    assertThat(backend.calls).hasValue(1);
    assertThat(adapter.describe().center().status()).isEqualTo(CenterStatus.UNAVAILABLE);
  }
}
