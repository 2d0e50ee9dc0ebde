package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingPipeline;
import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.InvalidInputException;
import io.computility.server.shared.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Scheduling policies CRUD (NET-7.3b), strategies catalogue, and JC-A.5 / A.6 scoring. */
@Service
public class PolicyService {
  private final PolicyStore store;
  private final PolicyResolver resolver;
  private final SchedulingPipeline pipeline;
  private final StrategyScorer scorer;
  private final Clock clock;

  public PolicyService(
      PolicyStore store,
      PolicyResolver resolver,
      SchedulingPipeline pipeline,
      StrategyScorer scorer,
      Clock clock) {
    this.store = store;
    this.resolver = resolver;
    this.pipeline = pipeline;
    this.scorer = scorer;
    this.clock = clock;
  }

  public Collection<SchedulingStrategy> strategies() {
    return pipeline.strategies().all();
  }

  public List<SchedulingPolicy> list() {
    List<SchedulingPolicy> l = new ArrayList<>(resolver.policies().values());
    l.sort(Comparator.comparing(SchedulingPolicy::name));
    return l;
  }

  public Optional<SchedulingPolicy> find(String name) {
    return Optional.ofNullable(resolver.policies().get(name));
  }

  /** The policy used when a job names none. */
  public SchedulingPolicy defaultPolicy() {
    return resolver.resolve(null);
  }

  /** Creates; ConflictException if the name exists; InvalidPolicyException for bad weights. */
  public SchedulingPolicy create(SchedulingPolicy p) {
    p.validateAgainst(pipeline.strategies().ids());
    if (!store.insert(p, false, clock.instant())) {
      throw new ConflictException("name", "policy " + p.name() + " already exists");
    }
    resolver.invalidate();
    return p;
  }

  public SchedulingPolicy update(String name, SchedulingPolicy p) {
    if (!name.equals(p.name())) throw new InvalidInputException("name", "must match the path");
    p.validateAgainst(pipeline.strategies().ids());
    if (!store.update(p, clock.instant())) throw new NotFoundException("name", "no policy " + name);
    resolver.invalidate();
    return p;
  }

  /** The default policy cannot be deleted (ConflictException). */
  public void delete(String name) {
    if (name.equals(resolver.defaultName())) {
      throw new ConflictException("name", "the default policy cannot be deleted");
    }
    if (!store.delete(name)) throw new NotFoundException("name", "no policy " + name);
    resolver.invalidate();
  }

  /**
   * JC-A.5: the score (0..100) strategy {@code algorithmId} gives {@code centerId} now, for the
   * given job's first task when {@code jobId} is non-null, else for a neutral one-CPU demand.
   */
  public int strategyScore(String algorithmId, String centerId, String jobId) {
    if (!pipeline.strategies().contains(algorithmId)) {
      throw new NotFoundException("algorithmId", "unknown strategy " + algorithmId);
    }
    return (int) Math.round(scorer.score(pipeline.strategies().get(algorithmId), centerId, jobId));
  }

  /**
   * JC-A.6: the evaluation model's final score (formula 2) for the given strategy scores, with the
   * weights of {@code policyName} (default policy when null).
   */
  public int evaluate(
      String centerId, List<String> algorithmIds, List<Double> scores, String policyName) {
    scorer.requireCenter(centerId);
    if (algorithmIds.size() != scores.size()) {
      throw new InvalidInputException("algorithmScores", "must have one score per algorithmId");
    }
    SchedulingPolicy policy =
        policyName == null
            ? defaultPolicy()
            : find(policyName)
                .orElseThrow(() -> new NotFoundException("policy", "no policy " + policyName));
    // Formula 2 over the strategies given, with the policy's weights re-normalised to them;
    // strategies the policy does not weight count equally when none of them is weighted.
    var weights = policy.normalisedWeights();
    double weightSum = 0;
    for (String id : algorithmIds) weightSum += weights.getOrDefault(id, 0.0);
    double total = 0;
    for (int i = 0; i < algorithmIds.size(); i++) {
      String id = algorithmIds.get(i);
      if (!pipeline.strategies().contains(id)) {
        throw new InvalidInputException("algorithmIds[" + i + "]", "unknown strategy " + id);
      }
      double s = scores.get(i);
      if (s < 0 || s > 100)
        throw new InvalidInputException("algorithmScores[" + i + "]", "must be 0..100");
      double w = weightSum > 0 ? weights.getOrDefault(id, 0.0) / weightSum : 1.0 / scores.size();
      total += w * s;
    }
    return (int) Math.round(total);
  }
}
