package io.computility.server.identity.audit;

import io.computility.server.shared.web.Check;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;

/**
 * The query parameters of the operation and login logs, bound by Spring. Blank values filter
 * nothing; {@link #filter()} checks them and answers 400 naming the field.
 */
public record AuditParams(
    String actor,
    String action,
    @Parameter(description = "ISO-8601 instant") String since,
    @Parameter(description = "ISO-8601 instant") String until,
    @Parameter(description = "0-based page, default 0") Integer page,
    @Parameter(description = "page size, default 50") Integer size,
    @Parameter(description = "operations only: HUMAN, AGENT or MACHINE") String actorKind,
    @Parameter(description = "operations only: include machine heartbeats, default false")
        Boolean heartbeats) {

  int pageOrFirst() {
    return page == null ? 0 : page;
  }

  int sizeOrDefault() {
    return size == null ? 50 : size;
  }

  AuditChain.Filter filter() {
    Check.belowBytes(actor, "actor", Check.ID_BYTES);
    Check.belowBytes(action, "action", 256);
    Instant from = instant(since, "since");
    Instant to = instant(until, "until");
    if (from != null && to != null && !from.isBefore(to)) {
      throw Check.bad("until", "must be after since");
    }
    return new AuditChain.Filter(
        blank(actor) ? null : actor, blank(action) ? null : action.strip(), from, to);
  }

  /** The operations filter: also the actor kind, and machine heartbeats left out by default. */
  AuditChain.Filter operationsFilter() {
    AuditChain.Filter f = filter();
    return new AuditChain.Filter(
        f.actor(),
        f.action(),
        f.since(),
        f.until(),
        kind(actorKind),
        heartbeats != null && heartbeats);
  }

  private static AuditChain.ActorKind kind(String v) {
    if (blank(v)) return null;
    try {
      return AuditChain.ActorKind.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw io.computility.server.shared.web.InvalidInputException.notOneOf(
          "actorKind", java.util.List.of(AuditChain.ActorKind.values()), v);
    }
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static Instant instant(String v, String field) {
    if (blank(v)) return null;
    try {
      return Check.instant(Instant.parse(v.strip()), field);
    } catch (java.time.format.DateTimeParseException e) {
      throw Check.bad(field, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, was " + v);
    }
  }
}
