package io.computility.core.billing;

/**
 * One reason a plan cannot be used, with the path of the field at fault in the plan's shape (e.g.
 * {@code price.tiers[1].from}), so the server can name that field in its 4xx answer.
 */
public record PlanProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
