package io.computility.core.billing;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link PricePlan} before it is stored or priced and lists every problem with its field
 * path: missing fields, a unit of another mode, a proration rule the mode or unit does not allow,
 * tiers that overlap or leave gaps, negative prices and prices in another currency. Never throws
 * for a bad plan; the server turns the problems into its 4xx answer.
 */
public final class PlanValidator {

  private PlanValidator() {}

  public static PlanDecision validate(PricePlan plan) {
    List<PlanProblem> out = new ArrayList<>();
    required(plan.id(), "id", out);
    required(plan.productId(), "productId", out);
    notBlank(plan.tenantId(), "tenantId", "the default plan", out);
    notBlank(plan.spec(), "spec", "every spec", out);
    if (plan.component() == null) {
      out.add(new PlanProblem("component", "is required"));
    }
    if (plan.currency() == null) {
      out.add(new PlanProblem("currency", "is required"));
    }
    if (plan.mode() == null || plan.unit() == null) {
      out.add(new PlanProblem(plan.mode() == null ? "mode" : "unit", "is required"));
    } else {
      checkUnit(plan, out);
      checkProration(plan, out);
    }
    if (plan.price() == null) {
      out.add(new PlanProblem("price", "is required"));
    } else {
      TierValidator.check(plan.price(), plan.currency(), "price", out);
    }
    return new PlanDecision(out);
  }

  private static void required(String value, String field, List<PlanProblem> out) {
    if (value == null || value.isBlank()) {
      out.add(new PlanProblem(field, "is required"));
    }
  }

  /** Null has a meaning (default plan, any spec); a blank string would silently be another key. */
  private static void notBlank(
      String value, String field, String nullMeans, List<PlanProblem> out) {
    if (value != null && value.isBlank()) {
      out.add(new PlanProblem(field, "must not be blank; leave it out for " + nullMeans));
    }
  }

  private static void checkUnit(PricePlan plan, List<PlanProblem> out) {
    if (plan.unit().mode() != plan.mode()) {
      out.add(
          new PlanProblem(
              "unit",
              "unit "
                  + plan.unit()
                  + " belongs to mode "
                  + plan.unit().mode()
                  + ", not "
                  + plan.mode()));
    }
    boolean tokens = plan.component() == Component.TOKENS;
    if (tokens != (plan.unit() == PriceUnit.K_TOKENS)) {
      out.add(
          new PlanProblem(
              "unit", "tokens are priced per K_TOKENS, and K_TOKENS only prices tokens"));
    }
    if (plan.component() == Component.CALLS && plan.unit() != PriceUnit.CALL) {
      out.add(new PlanProblem("unit", "calls are priced per CALL"));
    }
  }

  private static void checkProration(PricePlan plan, List<PlanProblem> out) {
    ProrationRule rule = plan.prorationRule();
    if (plan.mode() != BillingMode.SUBSCRIPTION) {
      if (rule != null) {
        out.add(
            new PlanProblem("prorationRule", "mode " + plan.mode() + " allows no proration rule"));
      }
    } else if (rule == null) {
      out.add(new PlanProblem("prorationRule", "is required for mode SUBSCRIPTION"));
    } else if (rule.unit() != plan.unit()) {
      out.add(
          new PlanProblem(
              "prorationRule",
              "rule "
                  + rule
                  + " divides a "
                  + rule.unit()
                  + " price, the plan is per "
                  + plan.unit()));
    }
    boolean fixed = rule != null && rule.fixedDaily();
    if (fixed && plan.dailyPrice() == null) {
      out.add(new PlanProblem("dailyPrice", "is required by rule " + rule));
    } else if (!fixed && plan.dailyPrice() != null) {
      out.add(new PlanProblem("dailyPrice", "is only allowed with a fixed-daily proration rule"));
    } else if (fixed) {
      TierValidator.check(plan.dailyPrice(), plan.currency(), "dailyPrice", out);
      if (plan.price() != null) {
        TierValidator.checkSameShape(plan.price(), plan.dailyPrice(), "dailyPrice", out);
      }
    }
  }
}
