package io.computility.core.monitoring;

import java.util.Map;

/**
 * Which sources a rule watches: a source type (null: any), a source id (null: any) and labels that
 * must all be present with equal values.
 */
public record RuleScope(SourceType sourceType, String sourceId, Map<String, String> labels) {

  public static final RuleScope ANY = new RuleScope(null, null, Map.of());

  public RuleScope {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public boolean matches(SourceType type, String id, Map<String, String> sourceLabels) {
    if (sourceType != null && sourceType != type) return false;
    if (sourceId != null && !sourceId.equals(id)) return false;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!e.getValue().equals(sourceLabels.get(e.getKey()))) return false;
    }
    return true;
  }
}
