package io.computility.server.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.IdentityChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The resolved caller per token hash, so that a request with a known token needs no query. Every
 * committed {@link IdentityChanged} on this server empties the cache at once (identity changes are
 * rare, and dropping everything needs no index from roles or users to tokens). Entries also expire
 * after {@code computility.security.auth-cache-ttl}: the bound on staleness for changes made
 * through another server instance.
 */
@Component
public class PrincipalCache {
  private static final Logger LOG = LoggerFactory.getLogger(PrincipalCache.class);

  /** A resolved caller and when its token expires (null: never). */
  public record Entry(AuthUser user, Instant expiresAt) {}

  private final Cache<String, Entry> cache;
  // Bumped on every change: a lookup that started before it must not store what it read.
  private final AtomicLong generation = new AtomicLong();

  public PrincipalCache(
      @Value("${computility.security.auth-cache-ttl:5s}") Duration ttl,
      @Value("${computility.security.auth-cache-size:100000}") long size) {
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
  }

  /**
   * The cached caller, or what {@code load} resolves (cached unless identities changed meanwhile).
   */
  public Entry get(String tokenHash, Supplier<Entry> load) {
    Entry hit = cache.getIfPresent(tokenHash);
    if (hit != null) return hit;
    long before = generation.get();
    Entry loaded = load.get();
    if (loaded != null && generation.get() == before) {
      cache.put(tokenHash, loaded);
      if (generation.get() != before) cache.invalidate(tokenHash);
    }
    return loaded;
  }

  public void forget(String tokenHash) {
    cache.invalidate(tokenHash);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void on(IdentityChanged e) {
    generation.incrementAndGet();
    cache.invalidateAll();
    LOG.debug("principal cache emptied: {}", e.what());
  }
}
