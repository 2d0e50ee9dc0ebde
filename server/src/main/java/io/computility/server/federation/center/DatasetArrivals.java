package io.computility.server.federation.center;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.DatasetLocation;
import io.computility.core.data.TransferPlan;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records that a dataset copy reached a center (JC-6.3.2, figure 3): the center becomes one of the
 * dataset's locations, so later jobs find the data there and may copy from it.
 */
@Component
public class DatasetArrivals {
  private final CatalogCache cache;
  private final CatalogStore store;
  private final Clock clock;

  public DatasetArrivals(CatalogCache cache, CatalogStore store, Clock clock) {
    this.cache = cache;
    this.store = store;
    this.clock = clock;
  }

  public synchronized void arrived(TransferPlan plan) {
    Dataset d = cache.get().datasets().get(plan.dataset());
    if (d == null || d.storedIn(plan.targetCenter())) return;
    List<DatasetLocation> locations = new ArrayList<>(d.location());
    double rate =
        d.location().stream()
            .mapToDouble(DatasetLocation::downloadRateLimitMbps)
            .max()
            .orElse(1000);
    locations.add(
        new DatasetLocation(
            "copy://" + plan.targetCenter() + "/" + plan.dataset(),
            "r",
            plan.targetCenter(),
            1.0,
            rate,
            4,
            0,
            plan.targetCenter(),
            plan.estimatedSeconds()));
    store.saveDataset(
        new Dataset(
            d.dataName(),
            d.dataVersion(),
            d.sizeMb(),
            d.createdUser(),
            locations,
            d.createdAt(),
            clock.instant()),
        false);
    cache.invalidate();
  }
}
