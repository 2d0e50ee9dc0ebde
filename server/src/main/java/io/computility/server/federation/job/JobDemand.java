package io.computility.server.federation.job;

import io.computility.core.catalog.ResourceSpec;
import io.computility.server.federation.center.CatalogService;
import io.computility.server.identity.AuthUser;
import io.computility.server.identity.tenancy.Quota;
import io.computility.server.identity.tenancy.QuotaGuard;
import io.computility.server.identity.tenancy.QuotaUsage;
import io.computility.server.identity.tenancy.ResourceScopes;
import io.computility.server.identity.tenancy.SharedResources;
import io.computility.server.shared.web.InvalidInputException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a submitted job asks of its owner's quotas: every replica of every task takes its spec's
 * resources. A task naming a spec the caller does not see is refused as if the spec did not exist.
 */
@Component
public class JobDemand {
  private final CatalogService catalog;
  private final SharedResources shared;
  private final QuotaGuard quotas;

  public JobDemand(CatalogService catalog, SharedResources shared, QuotaGuard quotas) {
    this.catalog = catalog;
    this.shared = shared;
    this.quotas = quotas;
  }

  /** The job's demand; unknown specs count nothing here (the job service refuses them). */
  public Quota of(NewJob job, AuthUser caller) {
    Quota total = Quota.ZERO;
    for (int i = 0; i < job.tasks().size(); i++) {
      NewJob.NewTask t = job.tasks().get(i);
      Optional<ResourceSpec> spec = catalog.spec(t.resourceSpecId());
      if (spec.isEmpty()) continue;
      if (!shared.visible(caller, ResourceScopes.SPEC, t.resourceSpecId())) {
        throw new InvalidInputException(
            "tasks[" + i + "].resourceSpecId", "unknown resource spec " + t.resourceSpecId());
      }
      total = total.plus(QuotaUsage.replicas(spec.get().resources(), t.replicaNumber()));
    }
    return total;
  }

  /** Inside the submitting transaction: 409 naming quota.&lt;resource&gt; when it does not fit. */
  public void admit(AuthUser caller, Quota demand) {
    quotas.admit(caller.tenantId(), caller.orgId(), demand);
  }
}
