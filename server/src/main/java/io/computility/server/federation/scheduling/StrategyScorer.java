package io.computility.server.federation.scheduling;

import io.computility.core.catalog.ResourceSpec;
import io.computility.core.center.CenterStatus;
import io.computility.core.job.Job;
import io.computility.core.job.JobRequirements;
import io.computility.core.job.TaskSpec;
import io.computility.core.resource.Resources;
import io.computility.core.scheduling.ClusterView;
import io.computility.core.scheduling.SchedulingStrategy;
import io.computility.core.scheduling.TaskDemand;
import io.computility.server.federation.job.JobReader;
import io.computility.server.shared.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scores one center with one strategy now (JC-A.5): the strategy sees every available center as a
 * candidate, exactly as in a scheduling cycle, so relative normalisations match the pipeline's.
 */
@Component
public class StrategyScorer {
  private static final ResourceSpec NEUTRAL =
      new ResourceSpec(
          "neutral",
          "one CPU",
          Map.of("cpu", "1"),
          new Resources(1, 0, 0, 0, 0, 0, 0),
          "batch",
          BigDecimal.ZERO,
          List.of(),
          Instant.EPOCH,
          Instant.EPOCH);

  private final ClusterViewFactory views;
  private final JobReader jobs;

  public StrategyScorer(ClusterViewFactory views, JobReader jobs) {
    this.views = views;
    this.jobs = jobs;
  }

  public void requireCenter(String centerId) {
    if (views.build().indexOf(centerId) < 0) {
      throw new NotFoundException("centerId", "no center " + centerId);
    }
  }

  public double score(SchedulingStrategy strategy, String centerId, String jobId) {
    ClusterView view = views.build();
    int target = view.indexOf(centerId);
    if (target < 0) throw new NotFoundException("centerId", "no center " + centerId);
    TaskDemand demand = demand(view, jobId);
    int[] candidates = new int[view.size()];
    int count = 0;
    for (int c = 0; c < view.size(); c++) {
      if (view.status(c) == CenterStatus.AVAILABLE) candidates[count++] = c;
    }
    double[] out = new double[Math.max(1, count)];
    strategy.score(demand, view, candidates, count, out);
    for (int k = 0; k < count; k++) if (candidates[k] == target) return out[k];
    return 0; // an unavailable center cannot be chosen
  }

  private TaskDemand demand(ClusterView view, String jobId) {
    if (jobId == null) {
      TaskSpec t = new TaskSpec(0, "probe", "", "", NEUTRAL.resourceSpecId(), 1);
      Job j =
          new Job(
              "probe", "probe", "", "", "", List.of(t), JobRequirements.defaults(), Instant.EPOCH);
      return new TaskDemand(j, t, 0, NEUTRAL, null, new int[0], 0);
    }
    Job job =
        jobs.find(jobId).orElseThrow(() -> new NotFoundException("jobId", "no job " + jobId)).job();
    TaskSpec t = job.tasks().get(0);
    ResourceSpec spec = view.spec(t.resourceSpecId());
    return new TaskDemand(
        job,
        t,
        0,
        spec == null ? NEUTRAL : spec,
        view.dataset(job.requirements().dataset()),
        new int[0],
        0);
  }
}
