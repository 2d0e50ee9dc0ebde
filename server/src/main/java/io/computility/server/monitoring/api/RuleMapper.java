package io.computility.server.monitoring.api;

import io.computility.core.monitoring.AlertCondition;
import io.computility.core.monitoring.AlertRule;
import io.computility.core.monitoring.Comparison;
import io.computility.core.monitoring.RuleScope;
import io.computility.core.monitoring.Severity;
import io.computility.server.monitoring.alerts.RuleDefinition;
import io.computility.server.monitoring.api.dto.RuleDto;
import io.computility.server.shared.web.Check;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks a rule from the console and maps it both ways. */
final class RuleMapper {
  private RuleMapper() {}

  static RuleDefinition toDefinition(RuleDto d, String id, Instant now) {
    if (d == null) throw Check.bad("body", "is required");
    Severity severity = Params.severity(Check.required(d.severity(), "severity"), "severity");
    RuleScope scope =
        new RuleScope(
            Params.sourceType(d.sourceType(), "sourceType"),
            Check.maxChars(Params.blankToNull(d.sourceId()), "sourceId", 128),
            labels(d.labels()));
    AlertRule rule =
        new AlertRule(
            ruleId(id),
            Check.text(d.name(), "name", 128),
            d.enabled() == null || d.enabled(),
            severity,
            scope,
            condition(d));
    return new RuleDefinition(
        rule,
        d.description() == null ? "" : Check.maxChars(d.description(), "description", 512),
        d.notifyInApp() == null || d.notifyInApp(),
        emails(d.emailTo()),
        now,
        now);
  }

  static RuleDto toDto(RuleDefinition def) {
    AlertRule r = def.rule();
    AlertCondition.Threshold t = r.condition() instanceof AlertCondition.Threshold x ? x : null;
    AlertCondition.EventMatch e = r.condition() instanceof AlertCondition.EventMatch x ? x : null;
    return new RuleDto(
        r.id(),
        r.name(),
        def.description(),
        r.enabled(),
        r.severity().name(),
        r.scope().sourceType() == null ? null : r.scope().sourceType().name(),
        r.scope().sourceId(),
        r.scope().labels(),
        t != null ? "THRESHOLD" : "EVENT",
        t == null ? null : t.metric(),
        t == null ? null : t.comparison().name(),
        t == null ? null : t.threshold(),
        t == null ? null : Durations.format(t.holdFor()),
        e == null ? null : e.kind(),
        e == null ? null : e.resolveKind(),
        def.notifyInApp(),
        def.emailTo(),
        def.createdAt().toString(),
        def.updatedAt().toString(),
        RuleDto.BUILTIN.contains(r.id()) ? "rule." + r.id() : null);
  }

  /** Rule ids appear in URL paths: letters, digits, '.', '_' and '-' only. */
  private static String ruleId(String id) {
    Check.id(id, "id");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw Check.bad("id", "may hold only letters, digits, '.', '_' and '-'");
    }
    return id;
  }

  private static AlertCondition condition(RuleDto d) {
    String kind = Check.required(d.kind(), "kind").strip().toUpperCase(Locale.ROOT);
    return switch (kind) {
      case "THRESHOLD" -> {
        double threshold = Check.present(d.threshold(), "threshold");
        if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
          throw Check.bad("threshold", "must be finite");
        }
        yield new AlertCondition.Threshold(
            Check.text(d.metric(), "metric", 128),
            comparison(Check.required(d.comparison(), "comparison")),
            threshold,
            Durations.parse(d.holdFor(), "holdFor"));
      }
      case "EVENT" ->
          new AlertCondition.EventMatch(
              Check.text(d.eventKind(), "eventKind", 64),
              Check.maxChars(Params.blankToNull(d.resolveKind()), "resolveKind", 64));
      default -> throw Check.bad("kind", "must be THRESHOLD or EVENT");
    };
  }

  private static Comparison comparison(String s) {
    for (Comparison c : Comparison.values()) {
      if (c.name().equalsIgnoreCase(s.strip()) || c.symbol().equals(s.strip())) return c;
    }
    throw Check.bad("comparison", "must be one of GT, GE, LT, LE, EQ, NE (or > >= < <= == !=)");
  }

  private static Map<String, String> labels(Map<String, String> labels) {
    if (labels == null) return Map.of();
    labels.forEach(
        (k, v) -> {
          Check.text(k, "labels", 128);
          Check.text(v, "labels." + k, 128);
        });
    return labels;
  }

  static List<String> emails(List<String> addresses) {
    if (addresses == null) return List.of();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      String f = "emailTo[" + i + "]";
      String a = Check.text(addresses.get(i), f, 254).strip();
      try {
        new InternetAddress(a, true).validate();
      } catch (AddressException e) {
        throw Check.bad(f, "is not an e-mail address");
      }
      if (!a.contains("@")) throw Check.bad(f, "is not an e-mail address");
      out.add(a);
    }
    return out;
  }
}
