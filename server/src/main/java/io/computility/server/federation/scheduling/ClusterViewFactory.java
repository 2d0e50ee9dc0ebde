package io.computility.server.federation.scheduling;

import io.computility.core.scheduling.ClusterView;
import io.computility.server.federation.center.CatalogCache;
import io.computility.server.federation.center.CenterRegistry;
import io.computility.server.federation.center.ParentTier;
import io.computility.server.federation.center.RegisteredCenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** This tier's own centers. */
  public ClusterView build() {
    return view(false);
  }

  /**
   * The parent tier alone, for jobs this tier cannot place that may escalate (NET-5); empty when
   * this is the top tier.
   */
  public Optional<ClusterView> buildEscalation() {
    ClusterView v = view(true);
    return v.size() == 0 ? Optional.empty() : Optional.of(v);
  }

  private ClusterView view(boolean parent) {
    List<ClusterView.Entry> entries = new ArrayList<>();
    for (RegisteredCenter c : registry.all()) {
      if (ParentTier.TYPE.equals(c.adapterType()) != parent) continue;
      entries.add(new ClusterView.Entry(c.description(), reservations.adjust(c.latest())));
    }
    CatalogCache.Snapshot s = catalog.get();
    return new ClusterView(entries, s.specs(), s.images(), s.datasets());
  }
}
