package io.computility.core.scheduling.config;

import io.computility.core.data.MigrationSourceSelector;
import io.computility.core.data.TransferPlanner;
import io.computility.core.resource.CardCatalogue;
import io.computility.core.scheduling.CandidateFilter;
import io.computility.core.scheduling.EvaluationModel;
import io.computility.core.scheduling.InvalidPolicyException;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.StrategyRegistry;
import io.computility.core.scheduling.filter.CenterAvailableFilter;
import io.computility.core.scheduling.filter.ImageFilter;
import io.computility.core.scheduling.filter.PinnedCentersFilter;
import io.computility.core.scheduling.filter.QosBoundsFilter;
import io.computility.core.scheduling.filter.SecurityGradeFilter;
import io.computility.core.scheduling.filter.SpecCapacityFilter;
import io.computility.core.scheduling.filter.SpecFreeFilter;
import io.computility.core.scheduling.filter.SpecOfferedFilter;
import io.computility.core.scheduling.strategy.DataAffinityStrategy;
import io.computility.core.scheduling.strategy.FcfsStrategy;
import io.computility.core.scheduling.strategy.HighestPerformanceStrategy;
import io.computility.core.scheduling.strategy.HighestSecurityStrategy;
import io.computility.core.scheduling.strategy.LeastLoadStrategy;
import io.computility.core.scheduling.strategy.LoadFairnessStrategy;
import io.computility.core.scheduling.strategy.LowestEnergyStrategy;
import io.computility.core.scheduling.strategy.LowestPriceStrategy;
import io.computility.core.scheduling.strategy.ManualStrategy;
import io.computility.core.scheduling.strategy.NetworkAwareStrategy;
import io.computility.core.scheduling.strategy.QosAwareStrategy;
import io.computility.core.scheduling.strategy.SpecFreeStrategy;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place the scheduler is assembled: the strategy registry, the ordered filters, the
 * pipeline and the named policies, each validated against the registry when loaded. The server, the
 * simulator and the benchmarks all build their pipeline here.
 */
public final class SchedulingComponents {

  private final StrategyRegistry registry;
  private final List<CandidateFilter> filters;
  private final SchedulingPipeline pipeline;
  private final Map<String, SchedulingPolicy> policies = new LinkedHashMap<>();

  private SchedulingComponents(
      CardCatalogue cards, TransferPlanner transfers, Collection<SchedulingPolicy> extra, int top) {
    registry = new StrategyRegistry(strategies(cards));
    filters = filters();
    pipeline =
        new SchedulingPipeline(filters, registry, EvaluationModel.WEIGHTED_SUM, transfers, top);
    for (SchedulingPolicy p : PolicyPresets.all()) add(p);
    for (SchedulingPolicy p : extra) add(p);
  }

  /** Every built-in strategy and preset, JC-6.3.2 migration defaults, top-3 score cards. */
  public static SchedulingComponents defaults(CardCatalogue cards) {
    return create(cards, MigrationSourceSelector.defaults(), List.of(), 3);
  }

  /**
   * @param policies operator-defined policies, added to (or replacing) the presets by name
   * @param explainTop best candidates kept per replica in score cards (0: none)
   */
  public static SchedulingComponents create(
      CardCatalogue cards,
      TransferPlanner transfers,
      Collection<SchedulingPolicy> policies,
      int explainTop) {
    return new SchedulingComponents(cards, transfers, policies, explainTop);
  }

  /** The eight strategies of JC-6.6.2 and the four more of JC-5 f, in a stable order. */
  public static List<SchedulingStrategy> strategies(CardCatalogue cards) {
    return List.of(
        new LeastLoadStrategy(),
        new SpecFreeStrategy(),
        new DataAffinityStrategy(),
        new LowestPriceStrategy(),
        new LowestEnergyStrategy(),
        new HighestPerformanceStrategy(cards),
        new HighestSecurityStrategy(),
        new LoadFairnessStrategy(),
        new ManualStrategy(),
        new FcfsStrategy(),
        new NetworkAwareStrategy(),
        new QosAwareStrategy());
  }

  /** Hard filters, cheapest and most selective first. */
  public static List<CandidateFilter> filters() {
    return List.of(
        new CenterAvailableFilter(),
        new SecurityGradeFilter(),
        new PinnedCentersFilter(),
        new SpecOfferedFilter(),
        new SpecCapacityFilter(),
        new SpecFreeFilter(),
        new ImageFilter(),
        new QosBoundsFilter());
  }

  public StrategyRegistry registry() {
    return registry;
  }

  public List<CandidateFilter> filterChain() {
    return filters;
  }

  public SchedulingPipeline pipeline() {
    return pipeline;
  }

  public Map<String, SchedulingPolicy> policies() {
    return java.util.Collections.unmodifiableMap(policies);
  }

  public SchedulingPolicy defaultPolicy() {
    return policies.get(PolicyPresets.DEFAULT);
  }

  /** The named policy; null or blank names the default. */
  public SchedulingPolicy policy(String name) {
    if (name == null || name.isBlank()) return defaultPolicy();
    SchedulingPolicy p = policies.get(name);
    if (p == null) throw new InvalidPolicyException("policy", "unknown policy " + name);
    return p;
  }

  /** Checks a policy against the registry; returns it for chaining. */
  public SchedulingPolicy validate(SchedulingPolicy policy) {
    return policy.validateAgainst(registry.ids());
  }

  private void add(SchedulingPolicy p) {
    policies.put(p.name(), validate(p));
  }
}
