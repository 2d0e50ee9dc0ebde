package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.SchedulingPolicy;
import io.computility.core.scheduling.SchedulingStrategy;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Scheduling policies CRUD (NET-7.3b), strategies catalogue, and JC-A.5 / A.6 scoring. */
public interface PolicyService {

  Collection<SchedulingStrategy> strategies();

  List<SchedulingPolicy> list();

  Optional<SchedulingPolicy> find(String name);

  /** The policy used when a job names none. */
  SchedulingPolicy defaultPolicy();

  /** Creates; ConflictException if the name exists; InvalidPolicyException for bad weights. */
  SchedulingPolicy create(SchedulingPolicy policy);

  SchedulingPolicy update(String name, SchedulingPolicy policy);

  /** The default policy cannot be deleted (ConflictException). */
  void delete(String name);

  /**
   * JC-A.5: the score (0..100) strategy {@code algorithmId} gives {@code centerId} now, for the
   * given job's first task when {@code jobId} is non-null, else for a neutral one-CPU demand.
   */
  int strategyScore(String algorithmId, String centerId, String jobId);

  /**
   * JC-A.6: the evaluation model's final score (formula 2) for the given strategy scores, with the
   * weights of {@code policyName} (default policy when null).
   */
  int evaluate(String centerId, List<String> algorithmIds, List<Double> scores, String policyName);
}
