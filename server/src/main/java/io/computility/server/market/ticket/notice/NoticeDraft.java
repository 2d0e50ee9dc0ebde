package io.computility.server.market.ticket.notice;

import java.time.Instant;
import java.util.List;

/** What an operator writes (checked by the API layer); {@code publishAt} null keeps a draft. */
public record NoticeDraft(
    Notice.Kind kind,
    String title,
    String body,
    boolean pinned,
    Notice.Audience audience,
    List<String> tenantIds,
    Instant publishAt) {}
