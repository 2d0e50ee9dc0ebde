package io.computility.server.federation.job;

import io.computility.core.catalog.Image;
import io.computility.core.job.JobRequirements;
import io.computility.server.federation.center.CatalogCache;
import io.computility.server.federation.center.CenterStore;
import io.computility.server.shared.web.InvalidInputException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks that everything a submitted job names exists, naming the field when it does not. */
@Component
class JobReferences {
  private final CatalogCache catalog;
  private final PolicyNames policies;
  private final CenterStore centers;

  JobReferences(CatalogCache catalog, PolicyNames policies, CenterStore centers) {
    this.catalog = catalog;
    this.policies = policies;
    this.centers = centers;
  }

  void check(NewJob job) {
    CatalogCache.Snapshot s = catalog.get();
    Set<String> images = new HashSet<>();
    for (Image i : s.images()) {
      images.add(i.imageId());
      images.add(i.name());
    }
    for (int t = 0; t < job.tasks().size(); t++) {
      NewJob.NewTask task = job.tasks().get(t);
      if (!s.specs().containsKey(task.resourceSpecId())) {
        throw new InvalidInputException(
            "tasks[" + t + "].resourceSpecId", "unknown resource spec " + task.resourceSpecId());
      }
      if (!images.contains(task.imageId())) {
        throw new InvalidInputException(
            "tasks[" + t + "].imageId", "unknown image " + task.imageId());
      }
    }
    JobRequirements r = job.requirements();
    if (r.dataset() != null && !s.datasets().containsKey(r.dataset())) {
      throw new InvalidInputException("dataset", "unknown dataset " + r.dataset());
    }
    if (r.policy() != null && !policies.exists(r.policy())) {
      throw new InvalidInputException("policy", "unknown scheduling policy " + r.policy());
    }
    if (!r.pinnedCenters().isEmpty()) {
      Set<String> known = new HashSet<>();
      centers.all().forEach(c -> known.add(c.aiCenterId()));
      for (int i = 0; i < r.pinnedCenters().size(); i++) {
        if (!known.contains(r.pinnedCenters().get(i))) {
          throw new InvalidInputException(
              "pinnedCenters[" + i + "]", "unknown center " + r.pinnedCenters().get(i));
        }
      }
    }
    if (r.maxRetries() < 0) throw new InvalidInputException("maxRetries", "must be >= 0");
  }
}
