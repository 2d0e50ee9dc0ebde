package io.computility.server.monitoring.alerts;

import io.computility.core.monitoring.Severity;
import io.computility.core.monitoring.SourceType;
import java.time.Instant;
import java.util.List;

/**
 * Forwards every alert at least {@code minSeverity} (of one source type, or any when null) to extra
 * e-mail recipients, in addition to the rule's own (CMP-observe forwarding policies).
 */
public record ForwardingPolicy(
    long id,
    String name,
    boolean enabled,
    Severity minSeverity,
    SourceType sourceType,
    List<String> emailTo,
    Instant createdAt) {

  public ForwardingPolicy {
    emailTo = List.copyOf(emailTo);
  }

  public boolean applies(AlertRecord a) {
    return enabled
        && a.severity().atLeast(minSeverity)
        && (sourceType == null || sourceType == a.sourceType());
  }
}
