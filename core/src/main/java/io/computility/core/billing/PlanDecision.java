package io.computility.core.billing;

import java.util.List;

/** The validator's verdict: every problem found, none meaning the plan can be priced. */
public record PlanDecision(List<PlanProblem> problems) {

  public PlanDecision {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /** The fields named by the problems, in order (handy in tests and error messages). */
  public List<String> fields() {
    return problems.stream().map(PlanProblem::field).toList();
  }
}
