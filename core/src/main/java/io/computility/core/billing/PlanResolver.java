package io.computility.core.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the plan that prices (tenant, product, component, spec, mode) — seed 003: "满足不同租户不同计费策略".
 * The most specific plan wins, in this order: the tenant's plan for the spec, the tenant's plan for
 * any spec, the default plan for the spec, the default plan for any spec. A tenant's own plan thus
 * overrides the default even when the default names the spec. Two plans at the same rank are a
 * configuration error the store must prevent (a unique key); the resolver refuses to guess.
 */
public final class PlanResolver {

  private final List<PricePlan> plans;

  public PlanResolver(Collection<PricePlan> plans) {
    this.plans = List.copyOf(plans);
  }

  public Optional<PricePlan> resolve(
      String tenantId, String productId, Component component, String spec, BillingMode mode) {
    for (int rank = 0; rank < 4; rank++) {
      List<PricePlan> hits = new ArrayList<>();
      for (PricePlan p : plans) {
        if (p.productId().equals(productId)
            && p.component() == component
            && p.mode() == mode
            && rank(p, tenantId, spec) == rank) {
          hits.add(p);
        }
      }
      if (hits.size() > 1) {
        throw new IllegalStateException(
            "ambiguous plans " + hits.stream().map(PricePlan::id).toList() + " at one rank");
      }
      if (hits.size() == 1) {
        return Optional.of(hits.get(0));
      }
    }
    return Optional.empty();
  }

  /** 0 = tenant + spec, 1 = tenant + any spec, 2 = default + spec, 3 = default + any, -1 = no. */
  private static int rank(PricePlan p, String tenantId, String spec) {
    int tenantRank;
    if (p.isDefault()) {
      tenantRank = 2;
    } else if (Objects.equals(p.tenantId(), tenantId)) {
      tenantRank = 0;
    } else {
      return -1;
    }
    if (p.spec() == null) {
      return tenantRank + 1;
    }
    return p.spec().equals(spec) ? tenantRank : -1;
  }
}
