package io.computility.server.identity.audit;

import io.computility.server.shared.config.ComputilityProperties;
import io.computility.server.shared.loop.Periodic;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Signs the chain's head every {@code computility.security.audit.anchor-every} when it moved, and
 * once more when the server stops, so that rows deleted from the tail are detected. Rows appended
 * after the newest anchor are not covered until the next one: the interval bounds that window.
 */
@Component
public class AuditAnchoring extends Periodic {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(AuditAnchoring.class);
  private final AuditChain chain;
  private final AnchorStore store;
  private final AnchorSigner signer;
  private final Clock clock;
  private final AuditDrain drain;
  private long anchored = -1;

  public AuditAnchoring(
      AuditChain chain,
      AnchorStore store,
      AnchorSigner signer,
      Clock clock,
      ComputilityProperties props,
      AuditDrain drain) {
    super("audit-anchor", props.security().audit().anchorEvery());
    this.chain = chain;
    this.store = store;
    this.signer = signer;
    this.clock = clock;
    this.drain = drain;
  }

  @Override
  protected void runOnce() {
    anchorNow();
  }

  /** Anchors the current head unless it is anchored already; the anchor made, if any. */
  public synchronized Optional<AuditAnchor> anchorNow() {
    drain.drainNow(); // anchor what requests were answered for, not only what was appended
    if (anchored < 0) anchored = store.latestSeq();
    Optional<AuditChain.Head> head = chain.head();
    if (head.isEmpty() || head.get().seq() <= anchored) return Optional.empty();
    AuditAnchor a =
        signer.sign(
            head.get().seq(), head.get().hash(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    store.record(a);
    anchored = a.seq();
    return Optional.of(a);
  }

  @Override
  public void stop() {
    super.stop();
    try {
      anchorNow();
    } catch (RuntimeException e) {
      // the database may already be gone; the periodic anchors stand
      LOG.warn("no final audit anchor at stop: {}", e.toString());
    }
  }
}
