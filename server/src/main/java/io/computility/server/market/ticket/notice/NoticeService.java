package io.computility.server.market.ticket.notice;

import io.computility.server.identity.AuthUser;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import io.computility.server.shared.web.PageData;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, scheduling, pinning, withdrawing and reading notices. */
@Service
public class NoticeService {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final NoticeStore store;
  private final Clock clock;

  public NoticeService(NoticeStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  @Transactional
  public Notice create(AuthUser u, NoticeDraft d) {
    checkTenants(d);
    Instant now = clock.instant();
    byte[] b = new byte[6];
    RANDOM.nextBytes(b);
    Notice n =
        new Notice(
            "nt-" + HexFormat.of().formatHex(b),
            d.kind(),
            d.title(),
            d.body(),
            d.pinned(),
            d.audience(),
            d.tenantIds(),
            d.publishAt(),
            null,
            u.userId(),
            now,
            now,
            null);
    store.insert(n);
    return store.find(n.id()).orElseThrow();
  }

  /** Rewrites a notice; a withdrawn one comes back when given a publish time. */
  @Transactional
  public Notice update(String id, NoticeDraft d) {
    checkTenants(d);
    Notice n = find(id);
    store.update(
        new Notice(
            n.id(),
            d.kind(),
            d.title(),
            d.body(),
            d.pinned(),
            d.audience(),
            d.tenantIds(),
            d.publishAt(),
            d.publishAt() == null ? n.withdrawnAt() : null,
            n.createdBy(),
            n.createdAt(),
            clock.instant(),
            null));
    return find(id);
  }

  @Transactional
  public Notice publishNow(String id) {
    Notice n = find(id);
    Instant now = clock.instant();
    store.update(with(n, n.pinned(), now, null, now));
    return find(id);
  }

  @Transactional
  public Notice withdraw(String id) {
    Notice n = find(id);
    Instant now = clock.instant();
    store.update(with(n, n.pinned(), n.publishAt(), now, now));
    return find(id);
  }

  @Transactional
  public Notice pin(String id, boolean pinned) {
    Notice n = find(id);
    store.update(with(n, pinned, n.publishAt(), n.withdrawnAt(), clock.instant()));
    return find(id);
  }

  public PageData<Notice> all(int page, int size) {
    return store.all(page, size);
  }

  public PageData<Notice> visible(AuthUser u, Notice.Kind kind, int page, int size) {
    return store.visible(u.userId(), u.tenantId(), kind, clock.instant(), page, size);
  }

  public long unread(AuthUser u) {
    return store.unread(u.userId(), u.tenantId(), clock.instant());
  }

  /** One notice: operators (notice:write) see any, users only the published ones for them. */
  public Notice read(AuthUser u, String id, boolean operator) {
    Notice n = find(id);
    if (!operator && !n.visibleTo(u.tenantId(), clock.instant())) throw missing(id);
    return n;
  }

  @Transactional
  public void markRead(AuthUser u, String id) {
    Notice n = find(id);
    if (!n.visibleTo(u.tenantId(), clock.instant())) throw missing(id);
    store.markRead(id, u.userId(), clock.instant());
  }

  private Notice find(String id) {
    return store.find(id).orElseThrow(() -> missing(id));
  }

  private static NotFoundException missing(String id) {
    return new NotFoundException("id", "no notice " + id);
  }

  private void checkTenants(NoticeDraft d) {
    if (d.audience() != Notice.Audience.TENANTS) return;
    if (d.tenantIds().isEmpty()) throw InvalidInputException.required("tenant_ids");
    List<String> known = store.knownTenants(d.tenantIds());
    for (int i = 0; i < d.tenantIds().size(); i++) {
      if (!known.contains(d.tenantIds().get(i))) {
        throw InvalidInputException.unknownReference(
            "tenant_ids[" + i + "]", "tenant", d.tenantIds().get(i));
      }
    }
  }

  private static Notice with(
      Notice n, boolean pinned, Instant publishAt, Instant withdrawnAt, Instant at) {
    return new Notice(
        n.id(),
        n.kind(),
        n.title(),
        n.body(),
        pinned,
        n.audience(),
        n.tenantIds(),
        publishAt,
        withdrawnAt,
        n.createdBy(),
        n.createdAt(),
        at,
        null);
  }
}
