package io.computility.adapter.slurm;

import java.time.Duration;
import java.time.Instant;

/** A token minted on demand and renewed at half its lifetime or when refused. */
abstract class MintedToken implements TokenSource {
  protected final Duration lifetime;
  private String current;
  private Instant renewAt = Instant.MIN;

  MintedToken(Duration lifetime) {
    this.lifetime = lifetime == null ? Duration.ofHours(1) : lifetime;
  }

  protected abstract String mint();

  @Override
  public synchronized String token() {
    Instant now = Instant.now();
    if (current == null || now.isAfter(renewAt)) {
      current = mint();
      renewAt = now.plus(lifetime.dividedBy(2));
    }
    return current;
  }

  @Override
  public synchronized void invalidate() {
    current = null;
  }
}
