package io.computility.server.market.ticket.notice;

import java.time.Instant;
import java.util.List;

/**
 * A notice or a news item. Published from {@code publishAt} (null: a draft) until {@code
 * withdrawnAt}; {@code audience} ALL or TENANTS (those in {@code tenantIds}). {@code readAt}: when
 * the user reading the list read it (null: unread, or an operator's listing).
 */
public record Notice(
    String id,
    Kind kind,
    String title,
    String body,
    boolean pinned,
    Audience audience,
    List<String> tenantIds,
    Instant publishAt,
    Instant withdrawnAt,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant readAt) {

  public Notice {
    tenantIds = List.copyOf(tenantIds);
  }

  /** NOTICE (公告) or NEWS (新闻). */
  public enum Kind {
    NOTICE,
    NEWS
  }

  /** Who sees it. */
  public enum Audience {
    ALL,
    TENANTS
  }

  /** Where it is in its life, at {@code now}. */
  public enum Status {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN
  }

  public Status status(Instant now) {
    if (withdrawnAt != null) return Status.WITHDRAWN;
    if (publishAt == null) return Status.DRAFT;
    return publishAt.isAfter(now) ? Status.SCHEDULED : Status.PUBLISHED;
  }

  /** Whether a user of {@code tenantId} sees it at {@code now}. */
  public boolean visibleTo(String tenantId, Instant now) {
    return status(now) == Status.PUBLISHED
        && (audience == Audience.ALL || tenantIds.contains(tenantId));
  }
}
