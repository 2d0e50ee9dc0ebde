package io.computility.adapter.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Refused and expired tokens against the real slurmrestd. */
class SlurmTokenTest {

  @BeforeAll
  static void reachSlurm() {
    RealSlurm.require();
  }

  @Test
  @DisplayName("JC-6.4 a token slurmrestd refuses (expired) is minted again and the call retried")
  void refusedTokenIsReminted() {
    SlurmConfig c = RealSlurm.config("slurm-token", RealSlurm.URL);
    TokenSource real = TokenSource.of(c);
    AtomicInteger minted = new AtomicInteger();
    AtomicInteger invalidated = new AtomicInteger();
    // The first token expired a minute ago; the cluster must refuse it.
    TokenSource expiring =
        new TokenSource() {
          private boolean stale = true;

          @Override
          public String token() {
            minted.incrementAndGet();
            if (stale) return expiredToken(c);
            return real.token();
          }

          @Override
          public void invalidate() {
            invalidated.incrementAndGet();
            stale = false;
          }
        };
    SlurmRestClient client = new SlurmRestClient(c, expiring);
    SlurmReply r = client.get("/partitions").require("partitions");
    assertThat(r.body().path("partitions").size()).isPositive();
    assertThat(invalidated.get()).isEqualTo(1);
    assertThat(minted.get()).isEqualTo(2);
  }

  private static String expiredToken(SlurmConfig c) {
    if (c.jwtKeyFile() == null) return "not-a-token";
    return new SignedToken(c.jwtKeyFile(), c.user(), java.time.Duration.ofSeconds(-60)).token();
  }
}
