package io.computility.server.scheduling;

import io.computility.core.scheduling.ClusterView;
import io.computility.server.catalog.CatalogCache;
import io.computility.server.centers.CenterRegistry;
import io.computility.server.centers.RegisteredCenter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the unified resource view for one scheduling cycle from the registry and catalogue. */
@Component
public class ClusterViewFactory {
  private final CenterRegistry registry;
  private final CatalogCache catalog;
  private final Reservations reservations;

  public ClusterViewFactory(
      CenterRegistry registry, CatalogCache catalog, Reservations reservations) {
    this.registry = registry;
    this.catalog = catalog;
    this.reservations = reservations;
  }

  public io.computility.core.catalog.ResourceSpec spec(String id) {
    return catalog.get().specs().get(id);
  }

  public ClusterView build() {
    List<ClusterView.Entry> entries = new ArrayList<>();
    for (RegisteredCenter c : registry.all()) {
      entries.add(new ClusterView.Entry(c.description(), reservations.adjust(c.latest())));
    }
    CatalogCache.Snapshot s = catalog.get();
    return new ClusterView(entries, s.specs(), s.images(), s.datasets());
  }
}
