package io.computility.server.federation.job;

import io.computility.core.job.JobRequirements;
import io.computility.server.federation.center.CatalogService;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.shared.web.InvalidInputException;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Keeps a tenant's jobs off centers restricted to other tenants, through the scheduler's own
 * pinned-centers filter (one scheduling path): a job pinning a center its submitter does not see is
 * refused as naming an unknown center; a job of a tenant kept off some centers is pinned, at
 * submission, to the centers it sees. Jobs of tenants no restriction excludes are left as they are.
 */
@Component
public class CenterPins {
  private final CatalogService catalog;
  private final SharedResources shared;

  public CenterPins(CatalogService catalog, SharedResources shared) {
    this.catalog = catalog;
    this.shared = shared;
  }

  public NewJob apply(NewJob job, AuthUser caller) {
    if (caller.seesAllTenants()) return job;
    Predicate<String> seen = shared.visibleTo(caller, SharedResources.CENTER);
    JobRequirements r = job.requirements();
    List<String> pinned = r.pinnedCenters();
    for (int i = 0; i < pinned.size(); i++) {
      if (!seen.test(pinned.get(i))) {
        throw new InvalidInputException(
            "pinnedCenters[" + i + "]", "unknown center '" + pinned.get(i) + "'");
      }
    }
    if (!pinned.isEmpty()) return job;
    List<String> all = catalog.centers().stream().map(c -> c.center().aiCenterId()).toList();
    List<String> visible = all.stream().filter(seen).toList();
    if (visible.size() == all.size()) return job;
    if (visible.isEmpty()) {
      throw new InvalidInputException("pinnedCenters", "no center is open to your tenant");
    }
    JobRequirements pinnedToVisible =
        new JobRequirements(
            r.policy(),
            r.allOrNothing(),
            visible,
            r.minSecurityGrade(),
            r.dataset(),
            r.originRegion(),
            r.maxLatencyMs(),
            r.minBandwidthMbps(),
            r.expectedDurationSeconds(),
            r.statePolicy(),
            r.maxRetries(),
            r.priority(),
            r.escalate());
    return new NewJob(job.name(), job.desc(), job.userName(), job.tasks(), pinnedToVisible);
  }
}
