package io.computility.server.federation.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.core.catalog.Dataset;
import io.computility.core.catalog.Image;
import io.computility.core.catalog.ResourceSpec;
import io.computility.core.resource.Resources;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogCacheRaceTest {

  /** A store in memory whose first read of the specs waits until released. */
  static final class SlowStore extends CatalogStore {
    final List<ResourceSpec> specs = new CopyOnWriteArrayList<>();
    final CountDownLatch reading = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean first = true;

    SlowStore() {
      super(null, null);
    }

    @Override
    public List<ResourceSpec> specs() {
      List<ResourceSpec> seen = List.copyOf(specs);
      if (first) {
        first = false;
        reading.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return seen;
    }

    @Override
    public List<Image> images() {
      return List.of();
    }

    @Override
    public List<Dataset> datasets() {
      return List.of();
    }
  }

  @Test
  @DisplayName(
      "ISSUE-13 a write during a concurrent reload is not lost from the catalog cache (the"
          + " NoSuchElementException of saveSpec)")
  void writeDuringReloadIsSeen() throws Exception {
    SlowStore store = new SlowStore();
    CatalogCache cache = new CatalogCache(store);
    // the scheduler's cycle starts a reload that read the table before the write
    CompletableFuture<CatalogCache.Snapshot> cycle = CompletableFuture.supplyAsync(cache::get);
    assertThat(store.reading.await(10, TimeUnit.SECONDS)).isTrue();
    // a request writes a spec and invalidates, then the stale reload finishes
    store.specs.add(
        new ResourceSpec(
            "s1",
            "S",
            Map.of("cpu", "1"),
            Resources.ZERO,
            "batch",
            BigDecimal.ONE,
            List.of(),
            Instant.EPOCH,
            Instant.EPOCH));
    cache.invalidate();
    store.release.countDown();
    assertThat(cycle.get(10, TimeUnit.SECONDS).specs()).doesNotContainKey("s1");
    assertThat(cache.get().specs()).containsKey("s1");
  }
}
