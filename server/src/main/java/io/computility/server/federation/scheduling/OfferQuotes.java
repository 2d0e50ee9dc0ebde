package io.computility.server.federation.scheduling;

import io.computility.core.catalog.ResourceSpec;
import io.computility.core.data.MigrationSourceSelector;
import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.TaskSpec;
import io.computility.core.resource.Resources;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.EvaluationModel;
import io.computility.core.scheduling.Placement;
import io.computility.core.scheduling.ReplicaRequest;
import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.ScoreCard;
import io.computility.core.scheduling.config.SchedulingComponents;
import io.computility.server.federation.center.CatalogCache;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.identity.tenancy.SharedResources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Quotes a demand (NET-8.4a: the scheduling layer answers a published demand with offers) with the
 * scheduler's own filters and weighted strategies: for every resource spec the caller sees that
 * holds the demand, a probe job of one replica runs through the same pipeline a job does (the same
 * filter chain and strategy registry, the policy resolved as for jobs, the cluster view with the
 * reservations of dispatches in flight); every center that passes is an offer, scored as the
 * scheduler ranks it. A center keeps its cheapest spec. Nothing is reserved.
 */
@Component
@NamedInterface("quotes")
public class OfferQuotes {
  private static final int ALL = 1_000;
  private final ClusterViewFactory views;
  private final CatalogCache catalog;
  private final PolicyResolver policies;
  private final SharedResources shared;
  private final SchedulingPipeline pipeline;

  OfferQuotes(
      ClusterViewFactory views,
      CatalogCache catalog,
      PolicyResolver policies,
      SharedResources shared,
      SchedulingComponents components) {
    this.views = views;
    this.catalog = catalog;
    this.policies = policies;
    this.shared = shared;
    // the same filters and strategies as the scheduling pipeline, keeping every candidate's score
    this.pipeline =
        new SchedulingPipeline(
            components.filterChain(),
            components.registry(),
            EvaluationModel.WEIGHTED_SUM,
            MigrationSourceSelector.defaults(),
            ALL);
  }

  /** True when the policy exists (null: the default). */
  public boolean policyExists(String name) {
    return name == null || policies.exists(name);
  }

  /** The offers for {@code r}, best score first. */
  public List<QuotedOffer> quote(QuoteRequest r, AuthUser caller) {
    Predicate<String> centerSeen = shared.visibleTo(caller, SharedResources.CENTER);
    Predicate<String> specSeen = shared.visibleTo(caller, ResourceScopes.SPEC);
    Map<String, QuotedOffer> best = new HashMap<>();
    for (ResourceSpec spec : catalog.get().specs().values()) {
      if (!specSeen.test(spec.resourceSpecId()) || !holds(spec.resources(), r)) continue;
      ClusterView view = views.build();
      Placement p =
          pipeline.schedule(
              probe(spec, r),
              List.of(new ReplicaRequest(0, 0, Set.of())),
              view,
              policies.resolve(r.policy()));
      if (p.kind() != Placement.Kind.PLACED || p.scoreCards().isEmpty()) continue;
      for (ScoreCard.CenterScores s : p.scoreCards().get(0).ranking()) {
        int c = view.indexOf(s.centerId());
        if (c < 0 || !centerSeen.test(s.centerId())) continue;
        if (r.region() != null && !r.region().equalsIgnoreCase(view.region(c))) continue;
        if (r.gpuType() != null && !cardMatches(view, c, spec, r.gpuType())) continue;
        if (view.freeCopies(spec)[c] + 1 < r.quantity()) continue; // one copy reserved by the probe
        QuotedOffer o = offer(view, c, spec, r, s.finalScore());
        best.merge(
            o.centerId(), o, (a, b) -> a.totalPrice().compareTo(b.totalPrice()) <= 0 ? a : b);
      }
    }
    List<QuotedOffer> out = new ArrayList<>(best.values());
    out.sort(
        Comparator.comparingDouble(QuotedOffer::score)
            .reversed()
            .thenComparing(QuotedOffer::centerId));
    return out;
  }

  private static boolean holds(Resources s, QuoteRequest r) {
    long cards = s.gpu() + s.npu() + s.mlu();
    if (r.gpu() == 0 && cards > 0) return false; // a CPU demand is not sold accelerators
    return s.cpu() >= r.cpu() && s.memoryMb() >= r.memoryMb() && cards >= r.gpu();
  }

  private static boolean cardMatches(ClusterView view, int c, ResourceSpec spec, String type) {
    String t = type.toLowerCase();
    String model = view.profile(c) == null ? null : view.profile(c).cardModel();
    if (model != null && model.toLowerCase().contains(t)) return true;
    return spec.resourceSpecName().toLowerCase().contains(t)
        || spec.resourceQuantity().keySet().stream().anyMatch(k -> k.toLowerCase().contains(t));
  }

  private static Job probe(ResourceSpec spec, QuoteRequest r) {
    TaskSpec t = new TaskSpec(0, "quote", "", null, spec.resourceSpecId(), 1);
    JobRequirements req =
        new JobRequirements(
            r.policy(), false, List.of(), 0, null, r.region(), 0, 0, r.hours() * 3600, null, 0, 0);
    return new Job("quote", "quote", "", "", "", List.of(t), req, Instant.now());
  }

  private static QuotedOffer offer(
      ClusterView view, int c, ResourceSpec spec, QuoteRequest r, double score) {
    BigDecimal hourly = null;
    if (view.profile(c) != null)
      hourly = view.profile(c).pricePerSpecHour().get(spec.resourceSpecId());
    if (hourly == null) hourly = spec.price() == null ? BigDecimal.ZERO : spec.price();
    BigDecimal units = BigDecimal.valueOf(r.quantity()).multiply(BigDecimal.valueOf(r.hours()));
    BigDecimal kwh =
        BigDecimal.valueOf(view.execPowerWatts(c))
            .multiply(units)
            .divide(BigDecimal.valueOf(1000), 4, RoundingMode.HALF_UP);
    return new QuotedOffer(
        view.id(c),
        view.region(c),
        spec.resourceSpecId(),
        spec.resources(),
        hourly,
        hourly.multiply(units).setScale(4, RoundingMode.HALF_UP),
        kwh,
        view.performanceFactor(c),
        Math.round(score * 100) / 100.0);
  }
}
