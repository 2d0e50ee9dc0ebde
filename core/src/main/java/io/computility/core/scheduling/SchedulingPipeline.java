package io.computility.core.scheduling;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.data.TransferPlan;
import io.computility.core.data.TransferPlanner;
import io.computility.core.job.Job;
import io.computility.core.job.TaskSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * JC-6.5 pipeline for one job: for each pending replica, filter the centers, let every weighted
 * strategy score the survivors, combine the scores with the evaluation model and bind the replica
 * to the best center. The same code runs in the server, the simulator and the benchmarks.
 */
public final class SchedulingPipeline {

  private final List<CandidateFilter> filters;
  private final StrategyRegistry strategies;
  private final EvaluationModel model;
  private final TransferPlanner transfers;
  private final int explainTop;
  private volatile ResolvedPolicy lastPolicy;

  /**
   * @param explainTop how many best candidates to keep per replica in the score cards (0: none)
   */
  public SchedulingPipeline(
      List<CandidateFilter> filters,
      StrategyRegistry strategies,
      EvaluationModel model,
      TransferPlanner transfers,
      int explainTop) {
    this.filters = List.copyOf(filters);
    this.strategies = strategies;
    this.model = model;
    this.transfers = transfers;
    this.explainTop = explainTop;
  }

  public StrategyRegistry strategies() {
    return strategies;
  }

  public Placement schedule(
      Job job, List<ReplicaRequest> pending, ClusterView view, SchedulingPolicy policy) {
    WeightedStrategies weighted = resolve(policy);
    Dataset dataset = null;
    if (job.requirements().dataset() != null) {
      dataset = view.dataset(job.requirements().dataset());
      if (dataset == null)
        return Placement.reject("dataset " + job.requirements().dataset() + " unknown");
    }
    Scratch scratch = view.scratch(weighted.size());
    int[] placed = new int[pending.size()];
    int placedCount = 0;
    List<Assignment> assignments = new ArrayList<>(pending.size());
    List<ScoreCard> cards = explainTop > 0 ? new ArrayList<>() : List.of();
    List<String> unplaced = new ArrayList<>();
    for (ReplicaRequest req : pending) {
      TaskSpec task = job.tasks().get(req.taskIndex());
      ResourceSpec spec = view.spec(task.resourceSpecId());
      if (spec == null)
        return Placement.reject("tasks[" + req.taskIndex() + "].resourceSpecId unknown");
      TaskDemand demand =
          new TaskDemand(job, task, req.replicaIndex(), spec, dataset, placed, placedCount);
      int count = candidates(demand, view, req, scratch);
      if (count == 0) {
        String why =
            "task "
                + req.taskIndex()
                + " replica "
                + req.replicaIndex()
                + ": "
                + lastReason(demand, view);
        if (!anyTransient(demand, view)) {
          undo(assignments, job, view);
          return Placement.reject(why);
        }
        if (job.requirements().allOrNothing()) {
          undo(assignments, job, view);
          return Placement.queue(why);
        }
        unplaced.add(why);
        continue;
      }
      int best = rank(demand, view, weighted, scratch, count);
      int center = scratch.candidates[best];
      view.reserve(center, spec.resources());
      placed[placedCount++] = center;
      TransferPlan plan = dataset == null ? null : transfers.plan(dataset, center, view);
      assignments.add(
          new Assignment(
              req.taskIndex(), req.replicaIndex(), view.id(center), scratch.finals[best], plan));
      if (explainTop > 0) {
        cards.add(Explainer.card(req, view, weighted, scratch, count, explainTop));
      }
    }
    if (assignments.isEmpty()) return Placement.queue(String.join("; ", unplaced));
    return Placement.place(assignments, unplaced, cards);
  }

  /** The policy resolved against the registry; the last one is kept, as cycles reuse policies. */
  private WeightedStrategies resolve(SchedulingPolicy policy) {
    ResolvedPolicy last = lastPolicy;
    if (last != null && last.policy == policy) return last.weighted;
    WeightedStrategies w = WeightedStrategies.of(policy, strategies);
    lastPolicy = new ResolvedPolicy(policy, w);
    return w;
  }

  /**
   * Fills the scratch candidates with the centers that pass every filter; returns their number.
   * Centers the replica should avoid (failover) are left out first, then let back in when nothing
   * else passes.
   */
  private int candidates(TaskDemand d, ClusterView view, ReplicaRequest req, Scratch s) {
    if (req.avoidCenters().isEmpty()) return filter(d, view, s, false);
    for (String id : req.avoidCenters()) {
      int c = view.indexOf(id);
      if (c >= 0) s.avoided[c] = true;
    }
    int count = filter(d, view, s, true);
    for (String id : req.avoidCenters()) {
      int c = view.indexOf(id);
      if (c >= 0) s.avoided[c] = false;
    }
    return count > 0 ? count : filter(d, view, s, false);
  }

  private int filter(TaskDemand d, ClusterView view, Scratch s, boolean avoid) {
    int count = 0;
    int n = view.size();
    int[] cand = s.candidates;
    for (int c = 0; c < n; c++) {
      if (!avoid || !s.avoided[c]) cand[count++] = c;
    }
    for (int f = 0; f < filters.size() && count > 0; f++) {
      count = filters.get(f).retain(d, view, cand, count);
    }
    return count;
  }

  /** Why the last center was turned down; only computed when no center passed. */
  private String lastReason(TaskDemand d, ClusterView view) {
    String last = "no center is registered";
    for (int c = 0; c < view.size(); c++) {
      for (CandidateFilter f : filters) {
        String reason = f.reject(d, view, c);
        if (reason != null) {
          last = reason;
          break;
        }
      }
    }
    return last;
  }

  /** A replica waits (rather than being rejected) when some center fails only transient checks. */
  private boolean anyTransient(TaskDemand d, ClusterView view) {
    for (int c = 0; c < view.size(); c++) {
      boolean permanentFail = false;
      for (CandidateFilter f : filters) {
        if (!f.transientRejection() && f.reject(d, view, c) != null) {
          permanentFail = true;
          break;
        }
      }
      if (!permanentFail) return true;
    }
    return false;
  }

  /** Scores the candidates with every weighted strategy; returns the index of the best one. */
  private int rank(TaskDemand d, ClusterView view, WeightedStrategies w, Scratch s, int count) {
    int strategyCount = w.size();
    for (int i = 0; i < strategyCount; i++) {
      w.strategy(i).score(d, view, s.candidates, count, s.scores[i]);
    }
    double[] finals = s.finals;
    if (model == EvaluationModel.WEIGHTED_SUM) {
      // Formula 2 column by column: the same additions in the same order as the model, but in
      // loops the JIT can vectorise.
      double[] weights = w.weights();
      java.util.Arrays.fill(finals, 0, count, 0.0);
      for (int i = 0; i < strategyCount; i++) {
        double wi = weights[i];
        double[] si = s.scores[i];
        for (int k = 0; k < count; k++) finals[k] += wi * si[k];
      }
    } else {
      double[] column = new double[strategyCount];
      for (int k = 0; k < count; k++) {
        for (int i = 0; i < strategyCount; i++) column[i] = s.scores[i][k];
        finals[k] = model.evaluate(w.weights(), column);
      }
    }
    int best = 0;
    for (int k = 1; k < count; k++) {
      // Ties go to the center registered first, which keeps decisions deterministic.
      if (finals[k] > finals[best]) best = k;
    }
    return best;
  }

  private static void undo(List<Assignment> done, Job job, ClusterView view) {
    for (Assignment a : done) {
      ResourceSpec spec = view.spec(job.tasks().get(a.taskIndex()).resourceSpecId());
      view.release(view.indexOf(a.centerId()), spec.resources());
    }
  }

  private record ResolvedPolicy(SchedulingPolicy policy, WeightedStrategies weighted) {}
}
