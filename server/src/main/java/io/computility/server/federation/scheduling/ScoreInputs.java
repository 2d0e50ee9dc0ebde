package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.server.shared.web.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checked strategy ids and scores of a JC-A.6 request (table A.6-2). */
record ScoreInputs(List<String> ids, List<Double> scores) {

  static ScoreInputs parse(List<String> ids, List<String> scores) {
    Check.nonEmpty(ids, "algorithmIds");
    Check.nonEmpty(scores, "algorithmScores");
    if (ids.size() != scores.size()) {
      throw Check.bad(
          "algorithmScores",
          "must have as many entries as algorithmIds (" + ids.size() + "), has " + scores.size());
    }
    Set<String> seen = new HashSet<>();
    List<Double> parsed = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = Check.text(ids.get(i).strip(), "algorithmIds[" + i + "]", Check.JC_CHARS);
      if (!seen.add(id)) throw Check.bad("algorithmIds[" + i + "]", "repeats '" + id + "'");
      parsed.add(score(scores.get(i), "algorithmScores[" + i + "]"));
    }
    return new ScoreInputs(ids.stream().map(String::strip).toList(), parsed);
  }

  void requireKnown(Set<String> known) {
    for (int i = 0; i < ids.size(); i++) {
      if (!known.contains(ids.get(i))) {
        throw Check.bad("algorithmIds[" + i + "]", "unknown strategy '" + ids.get(i) + "'");
      }
    }
  }

  static Set<String> strategyIds(PolicyService policies) {
    Set<String> ids = new HashSet<>();
    for (SchedulingStrategy s : policies.strategies()) ids.add(s.id());
    return ids;
  }

  private static double score(String raw, String field) {
    double v;
    try {
      v = Double.parseDouble(Check.required(raw, field).strip());
    } catch (NumberFormatException e) {
      throw Check.bad(field, "must be a number, was '" + raw + "'");
    }
    return Check.between(v, 0, 100, field);
  }
}
