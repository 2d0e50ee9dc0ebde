package io.computility.server.monitoring.api;

import io.computility.core.monitoring.Severity;
import io.computility.server.monitoring.alerts.AlertRecord;
import io.computility.server.monitoring.alerts.ForwardingPolicy;
import io.computility.server.monitoring.alerts.Notification;
import io.computility.server.monitoring.alerts.Silence;
import io.computility.server.monitoring.api.dto.AlertDto;
import io.computility.server.monitoring.api.dto.ForwardingDto;
import io.computility.server.monitoring.api.dto.NotificationDto;
import io.computility.server.monitoring.api.dto.SilenceDto;
import java.time.Instant;

/** Alerts, silences, forwarding policies and notifications on the wire. */
final class AlertMapper {
  private AlertMapper() {}

  /** Display colours by severity (CMP-observe "colour by severity"). */
  static String colour(Severity s) {
    return switch (s) {
      case INFO -> "#1a73e8";
      case WARNING -> "#f9ab00";
      case CRITICAL -> "#d93025";
    };
  }

  static AlertDto alert(AlertRecord a) {
    return new AlertDto(
        a.id(),
        a.ruleId(),
        a.ruleName(),
        a.severity().name(),
        colour(a.severity()),
        a.sourceType().name(),
        a.sourceId(),
        a.state().name(),
        a.value(),
        a.message(),
        a.silenced(),
        str(a.startedAt()),
        str(a.resolvedAt()),
        a.resolveMessage(),
        str(a.acknowledgedAt()),
        a.acknowledgedBy());
  }

  static SilenceDto silence(Silence s) {
    return new SilenceDto(
        s.id(),
        s.ruleId(),
        s.sourceType() == null ? null : s.sourceType().name(),
        s.sourceId(),
        str(s.startsAt()),
        str(s.endsAt()),
        s.reason(),
        str(s.createdAt()));
  }

  static ForwardingDto forwarding(ForwardingPolicy p) {
    return new ForwardingDto(
        p.id(),
        p.name(),
        p.enabled(),
        p.minSeverity().name(),
        p.sourceType() == null ? null : p.sourceType().name(),
        p.emailTo(),
        str(p.createdAt()));
  }

  static NotificationDto notification(Notification n) {
    return new NotificationDto(
        n.id(),
        n.alertId(),
        n.severity().name(),
        colour(n.severity()),
        n.title(),
        n.body(),
        str(n.createdAt()),
        str(n.readAt()),
        n.readAt() != null,
        n.code(),
        n.params(),
        n.link(),
        n.recipientId() != null);
  }

  static String str(Instant i) {
    return i == null ? null : i.toString();
  }
}
