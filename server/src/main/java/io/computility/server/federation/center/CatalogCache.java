package io.computility.server.federation.center;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Specs, images and datasets as the scheduler reads them every cycle: loaded once and reloaded only
 * after a write, so a cycle costs no catalogue queries.
 */
@Component
public class CatalogCache {
  private final CatalogStore store;
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  /** One consistent catalogue. Datasets are keyed by "name:version" and by "name" (latest). */
  public record Snapshot(
      Map<String, ResourceSpec> specs, List<Image> images, Map<String, Dataset> datasets) {}

  public CatalogCache(CatalogStore store) {
    this.store = store;
  }

  public Snapshot get() {
    Snapshot s = snapshot;
    if (s != null) return s;
    synchronized (this) {
      if (snapshot != null) return snapshot;
      long before = generation.get();
      Snapshot loaded = load();
      // A write that invalidated during the load may be missing from it: use it, never keep it.
      if (generation.get() == before) snapshot = loaded;
      return loaded;
    }
  }

  public void invalidate() {
    generation.incrementAndGet();
    snapshot = null;
  }

  private Snapshot load() {
    Map<String, ResourceSpec> specs = new LinkedHashMap<>();
    for (ResourceSpec s : store.specs()) specs.put(s.resourceSpecId(), s);
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    for (Dataset d : store.datasets()) {
      datasets.put(d.dataName() + ":" + d.dataVersion(), d);
      datasets.put(d.dataName(), d); // ordered by version: the last one wins as "latest"
    }
    return new Snapshot(Map.copyOf(specs), List.copyOf(store.images()), Map.copyOf(datasets));
  }
}
