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
    WeightedStrategies weighted = WeightedStrategies.of(policy, strategies);
    Dataset dataset = null;
    if (job.requirements().dataset() != null) {
      dataset = view.dataset(job.requirements().dataset());
      if (dataset == null)
        return Placement.reject("dataset " + job.requirements().dataset() + " unknown");
    }
    int n = view.size();
    Scratch scratch = new Scratch(n, weighted.size());
    int[] placed = new int[pending.size()];
    int placedCount = 0;
    List<Assignment> assignments = new ArrayList<>(pending.size());
    List<ScoreCard> cards = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (ReplicaRequest req : pending) {
      TaskSpec task = job.tasks().get(req.taskIndex());
      ResourceSpec spec = view.spec(task.resourceSpecId());
      if (spec == null)
        return Placement.reject("tasks[" + req.taskIndex() + "].resourceSpecId unknown");
      TaskDemand demand =
          new TaskDemand(job, task, req.replicaIndex(), spec, dataset, placed, placedCount);
      Outcome o = candidates(demand, view, req, scratch);
      if (o.count == 0) {
        String why = "task " + req.taskIndex() + " replica " + req.replicaIndex() + ": " + o.reason;
        if (!o.transientOnly) {
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
      int best = rank(demand, view, weighted, scratch, o.count);
      int center = scratch.candidates[best];
      view.reserve(center, spec.resources());
      placed[placedCount++] = center;
      TransferPlan plan = dataset == null ? null : transfers.plan(dataset, center, view);
      assignments.add(
          new Assignment(
              req.taskIndex(), req.replicaIndex(), view.id(center), scratch.finals[best], plan));
      if (explainTop > 0) {
        cards.add(Explainer.card(req, view, weighted, scratch, o.count, explainTop));
      }
    }
    if (assignments.isEmpty()) return Placement.queue(String.join("; ", unplaced));
    return Placement.place(assignments, unplaced, cards);
  }

  private Outcome candidates(TaskDemand d, ClusterView view, ReplicaRequest req, Scratch s) {
    Outcome o = filter(d, view, req, s, true);
    if (o.count == 0 && !req.avoidCenters().isEmpty()) o = filter(d, view, req, s, false);
    return o;
  }

  private Outcome filter(
      TaskDemand d, ClusterView view, ReplicaRequest req, Scratch s, boolean avoid) {
    int count = 0;
    String lastReason = "no center is registered";
    for (int c = 0; c < view.size(); c++) {
      if (avoid && req.avoidCenters().contains(view.id(c))) {
        lastReason = "earlier attempts failed on " + view.id(c);
        continue;
      }
      String reason = null;
      for (int f = 0; f < filters.size() && reason == null; f++) {
        reason = filters.get(f).reject(d, view, c);
      }
      if (reason == null) s.candidates[count++] = c;
      else lastReason = reason;
    }
    return new Outcome(count, lastReason, count > 0 || anyTransient(d, view));
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
    for (int i = 0; i < w.size(); i++) {
      w.strategy(i).score(d, view, s.candidates, count, s.scores[i]);
    }
    int best = 0;
    double[] column = new double[w.size()];
    for (int k = 0; k < count; k++) {
      for (int i = 0; i < w.size(); i++) column[i] = s.scores[i][k];
      s.finals[k] = model.evaluate(w.weights(), column);
      // Ties go to the center registered first, which keeps decisions deterministic.
      if (s.finals[k] > s.finals[best]) best = k;
    }
    return best;
  }

  private static void undo(List<Assignment> done, Job job, ClusterView view) {
    for (Assignment a : done) {
      ResourceSpec spec = view.spec(job.tasks().get(a.taskIndex()).resourceSpecId());
      view.release(view.indexOf(a.centerId()), spec.resources());
    }
  }

  private record Outcome(int count, String reason, boolean transientOnly) {}
}
